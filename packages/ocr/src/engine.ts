import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { PDFDocument } from 'pdf-lib';
import { DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { ocrError, type OcrErrorCode } from './errors.js';
import { imageForOcr } from './pdf-images.js';
import { readPageContent, type PageContent } from './pdf-page.js';
import { detectNativeTools, extractTextLayer, recognizeFile, renderPage, type NativeTools } from './native.js';
import type { ProcessOutcome } from './run-process.js';
import { createWasmReader, type WasmFailure, type WasmReader } from './wasm.js';

/** Which reader does the OCR: `native` = Debian's tesseract + poppler, `wasm` = tesseract.js from npm. */
export type OcrEngineKind = 'native' | 'wasm';

export type OcrEngineOptions = {
  /** `auto` (default): native when tesseract with Vietnamese data, pdftoppm and pdftotext run here, else wasm. */
  engine?: 'auto' | OcrEngineKind;
  /** Longest any single step may take: one program run, the wasm engine's start, one page's reading (default 120 s). */
  timeoutMs?: number;
  /** Longer PDFs are refused with `OCR_TOO_MANY_PAGES` (default 200). */
  maxPages?: number;
  /** tesseract's data folder, for a `vie.traineddata` outside the default one (native engine only). */
  tessdataDir?: string;
  /** Folder of `vie.traineddata.gz` for tesseract.js (default: `4.0.0_best_int` of `@tesseract.js-data/vie`). */
  wasmLangPath?: string;
};

/** Progress of one read: `page` pages of `pages` are done; `fraction` (0–1) also counts the page being read. */
export type OcrProgress = { page: number; pages: number; fraction: number };

export type ReadPdfOptions = {
  /** Called as pages are done (and, with wasm, while a page is read). A throwing callback is ignored. */
  onProgress?(progress: OcrProgress): void;
  /** Aborting it stops the read (children killed, wasm worker stopped) with `OCR_CANCELLED`. */
  signal?: AbortSignal;
};

/** The text of a PDF and where it came from. */
export type OcrResult = {
  /** The pages' text, NFC, pages separated by a blank line. */
  text: string;
  /** Page count of the PDF. */
  pages: number;
  /** `text-layer` when no page needed OCR; otherwise the engine that read the scanned pages. */
  engine: 'text-layer' | OcrEngineKind;
  /** True when some of the text came from the PDF's own text layer. */
  textLayer: boolean;
  /** How many pages were read by OCR. */
  ocrPages: number;
};

export type OcrEngine = {
  /** Reads a PDF: text layer first, OCR for scanned pages. Never rejects: every failure is an `OCR_*` error. */
  readPdf(bytes: Uint8Array, options?: ReadPdfOptions): Promise<Result<OcrResult, DomainError<OcrErrorCode>>>;
  /** The engine `auto` resolved to on this machine (runs the detection once). */
  resolve(): Promise<OcrEngineKind>;
  /** Stops the wasm worker thread if one runs. The engine stays usable. */
  close(): Promise<void>;
};

/**
 * A page whose text layer has at least this many letters is taken as born-digital (or already OCRed) and is not read
 * again. Fewer letters on a page that draws a scan-sized image usually mean a scan with a stamp on top (the text of a
 * digital-signature stamp is about 60–150 letters), so such a page is OCRed and its stamp text kept as well.
 */
export const MIN_TEXT_LAYER_LETTERS = 200;

const DETECT_TIMEOUT_MS = 15_000;

/** Prefix of the temporary folder of one native read (the PDF and one page image at a time), always removed. */
export const TEMP_PREFIX = 'lienthong-ocr-read-';

/** Images with fewer pixels (logos, signatures, bullets) do not make a page "scanned". */
const SCAN_PIXELS = 250_000;

/** Pages are rendered for tesseract at their scan's own resolution, within these bounds (300 when unknown). */
const RENDER_DPI = { min: 150, max: 400, fallback: 300 } as const;

type Step = { en: string; vi: string };
type Failure = DomainError<OcrErrorCode>;

const countLetters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
/** Latin ligatures some producers show as one glyph (ﬁ in "ﬁle"); search wants the letters. */
const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };
const normalise = (text: string) =>
  text
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * The resolution the page was scanned at, estimated from its largest image as if that image covered the page. Rendering
 * at that resolution gives tesseract the scanner's own pixels: upsampling a dusty 150 dpi scan to 300 dpi turned
 * specks into blots read as punctuation (accuracy 0.914 against 0.993 at 150 dpi on the same page).
 */
function scanDpi(content: PageContent, size: { width: number; height: number }): number {
  const largest = content.images.reduce((most, image) => Math.max(most, image.width * image.height), 0);
  const squareInches = (size.width / 72) * (size.height / 72);
  if (largest === 0 || !(squareInches > 0)) return RENDER_DPI.fallback;
  const dpi = Math.round(Math.sqrt(largest / squareInches));
  return Math.min(RENDER_DPI.max, Math.max(RENDER_DPI.min, dpi));
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (ISO 32000-1 annex H.3 tolerance that readers apply).
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function failure(
  outcome: { reason: 'missing' | 'timeout' | 'cancelled' | 'failed'; message: string },
  engine: string,
  page: number | string,
  step: Step,
  timeoutMs: number,
): Failure {
  if (outcome.reason === 'timeout') return ocrError('OCR_TIMEOUT', { timeoutMs, step: step.en, stepVi: step.vi, page });
  if (outcome.reason === 'cancelled') return ocrError('OCR_CANCELLED', { page });
  if (outcome.reason === 'missing') return ocrError('OCR_ENGINE_UNAVAILABLE', { engine, reason: outcome.message });
  return ocrError('OCR_ENGINE_FAILED', { engine, page, reason: outcome.message });
}

/**
 * Creates the reader of scanned Vietnamese PDFs. With `engine: 'native'` every read needs tesseract (with `vie`),
 * pdftoppm and pdftotext; with `wasm` nothing outside npm is used at all (text layer read in JavaScript, page images
 * taken out of the PDF with pdf-lib); `auto` picks native when it can run.
 */
export function createOcrEngine(options: OcrEngineOptions = {}): OcrEngine {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const nativeOptions = { tessdataDir: options.tessdataDir, timeoutMs };
  // Detection has its own limit: a tiny `timeoutMs` must show up as OCR_TIMEOUT on a step, not as a missing engine.
  const detectOptions = { tessdataDir: options.tessdataDir, timeoutMs: DETECT_TIMEOUT_MS };
  let detection: Promise<NativeTools> | undefined;
  let wasm: WasmReader | undefined;

  // A found engine is remembered; a missing one is looked for again on the next read (it may be installed meanwhile,
  // or the look-up may have been slowed past its limit), which costs three short program runs.
  const native = () => {
    const current = (detection ??= detectNativeTools(detectOptions));
    void current.then((tools) => {
      if (!tools.available && detection === current) detection = undefined;
    });
    return current;
  };
  const wasmReader = () => (wasm ??= createWasmReader(options.wasmLangPath ? { langPath: options.wasmLangPath } : {}));

  async function resolve(): Promise<OcrEngineKind> {
    if (options.engine === 'native' || options.engine === 'wasm') return options.engine;
    return (await native()).available ? 'native' : 'wasm';
  }

  async function readPdf(
    bytes: Uint8Array,
    call: ReadPdfOptions = {},
  ): Promise<Result<OcrResult, DomainError<OcrErrorCode>>> {
    const { signal } = call;
    if (signal?.aborted) return err(ocrError('OCR_CANCELLED'));
    if (!hasPdfHeader(bytes)) return err(ocrError('OCR_NOT_A_PDF'));

    let doc: PDFDocument;
    try {
      doc = await PDFDocument.load(bytes, {
        ignoreEncryption: true,
        updateMetadata: false,
        throwOnInvalidObject: false,
      });
    } catch (error) {
      return err(ocrError('OCR_DAMAGED', { reason: (error as Error).message.slice(0, 300) }));
    }
    if (doc.isEncrypted) return err(ocrError('OCR_ENCRYPTED'));
    let pages: number;
    try {
      pages = doc.getPageCount();
    } catch (error) {
      return err(ocrError('OCR_DAMAGED', { reason: (error as Error).message.slice(0, 300) }));
    }
    if (pages === 0) return err(ocrError('OCR_DAMAGED', { reason: 'the PDF has no pages' }));
    if (pages > maxPages) return err(ocrError('OCR_TOO_MANY_PAGES', { pages, maxPages }));

    const kind = await resolve();
    if (kind === 'native') {
      const tools = await native();
      if (!tools.available) return err(ocrError('OCR_ENGINE_UNAVAILABLE', { engine: 'native', reason: tools.reason }));
    }

    const contents: PageContent[] = [];
    for (let index = 0; index < pages; index += 1) {
      try {
        contents.push(readPageContent(doc, index));
      } catch (error) {
        return err(ocrError('OCR_DAMAGED', { reason: `page ${index + 1}: ${(error as Error).message.slice(0, 300)}` }));
      }
    }

    const report = (page: number, within: number) => {
      try {
        call.onProgress?.({ page, pages, fraction: Math.min(1, (page + within) / pages) });
      } catch {
        // The caller's bookkeeping must not break the read.
      }
    };
    report(0, 0);

    const work = kind === 'native' ? readNative : readWasm;
    try {
      return await work(bytes, doc, contents, { ...call, report });
    } catch (error) {
      // A bug of ours or of a library: still an error on this document, not a crash of the caller.
      return err(ocrError('OCR_ENGINE_FAILED', { engine: kind, page: '?', reason: (error as Error).message }));
    }
  }

  type Call = ReadPdfOptions & { report(page: number, within: number): void };

  function needsOcr(content: PageContent, layerText: string): boolean {
    const scanned = content.images.reduce((sum, image) => sum + image.width * image.height, 0) >= SCAN_PIXELS;
    return (scanned || content.inlineImages > 0) && countLetters(layerText) < MIN_TEXT_LAYER_LETTERS;
  }

  function finish(pageTexts: string[], layerTexts: string[], ocrPages: number, kind: OcrEngineKind): OcrResult {
    return {
      text: pageTexts
        .map(normalise)
        .filter((text) => text !== '')
        .join('\n\n'),
      pages: pageTexts.length,
      engine: ocrPages > 0 ? kind : 'text-layer',
      textLayer: layerTexts.some((text) => countLetters(text) > 0),
      ocrPages,
    };
  }

  /** The page's text: what OCR read, then any text-layer text (a stamp) that came with the scan. */
  const combine = (ocrText: string, layerText: string) =>
    countLetters(layerText) > 0 ? `${ocrText.trim()}\n${layerText}` : ocrText;

  async function readNative(
    bytes: Uint8Array,
    doc: PDFDocument,
    contents: PageContent[],
    call: Call,
  ): Promise<Result<OcrResult, Failure>> {
    const dir = await mkdtemp(join(tmpdir(), TEMP_PREFIX));
    try {
      const pdfPath = join(dir, 'input.pdf');
      await writeFile(pdfPath, bytes);
      const run = { ...nativeOptions, signal: call.signal };
      const layer = await extractTextLayer(pdfPath, run);
      const step = { en: 'reading the text layer', vi: 'đọc lớp chữ của tệp' };
      if (!layer.ok) return err(failure(layer, 'native', '-', step, timeoutMs));
      const layerTexts = contents.map((_, index) => (layer.pages[index] ?? '').trim());
      const pageTexts: string[] = [];
      let ocrPages = 0;
      for (const [index, content] of contents.entries()) {
        const page = index + 1;
        const layerText = layerTexts[index] ?? '';
        if (call.signal?.aborted) return err(ocrError('OCR_CANCELLED', { page }));
        if (!needsOcr(content, layerText)) {
          pageTexts.push(layerText);
        } else {
          const rendered = await renderPage(pdfPath, page, scanDpi(content, doc.getPage(index).getSize()), dir, run);
          if (!rendered.ok)
            return err(
              failure(
                rendered,
                'native',
                page,
                { en: `rendering page ${page}`, vi: `chuyển trang ${page} thành ảnh` },
                timeoutMs,
              ),
            );
          const read: { ok: true; text: string } | Extract<ProcessOutcome, { ok: false }> = await recognizeFile(
            rendered.path,
            run,
          );
          await rm(rendered.path, { force: true });
          if (!read.ok)
            return err(
              failure(
                read,
                'native',
                page,
                { en: `reading page ${page}`, vi: `nhận dạng chữ trang ${page}` },
                timeoutMs,
              ),
            );
          pageTexts.push(combine(read.text, layerText));
          ocrPages += 1;
        }
        call.report(page, 0);
      }
      return ok(finish(pageTexts, layerTexts, ocrPages, 'native'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async function readWasm(
    _bytes: Uint8Array,
    doc: PDFDocument,
    contents: PageContent[],
    call: Call,
  ): Promise<Result<OcrResult, Failure>> {
    const layerTexts = contents.map((content) => content.text);
    const pageTexts: string[] = [];
    let ocrPages = 0;
    for (const [index, content] of contents.entries()) {
      const page = index + 1;
      const layerText = layerTexts[index] ?? '';
      if (call.signal?.aborted) return err(ocrError('OCR_CANCELLED', { page }));
      if (!needsOcr(content, layerText)) {
        pageTexts.push(layerText);
        call.report(page, 0);
        continue;
      }
      const images = content.images.filter((image) => image.width * image.height >= SCAN_PIXELS / 10);
      if (images.length === 0) return err(ocrError('OCR_UNSUPPORTED_IMAGE', { page, filter: 'inline image' }));
      const texts: string[] = [];
      for (const [position, image] of images.entries()) {
        const prepared = imageForOcr(doc.context, image);
        if ('unsupported' in prepared)
          return err(ocrError('OCR_UNSUPPORTED_IMAGE', { page, filter: prepared.unsupported }));
        const read = await wasmReader().recognize(prepared.bytes, {
          timeoutMs,
          signal: call.signal,
          onProgress: (fraction) => call.report(index, (position + fraction) / images.length),
        });
        if (!read.ok) return err(wasmFailure(read, page));
        texts.push(read.text);
      }
      pageTexts.push(combine(texts.join('\n'), layerText));
      ocrPages += 1;
      call.report(page, 0);
    }
    return ok(finish(pageTexts, layerTexts, ocrPages, 'wasm'));
  }

  function wasmFailure(read: WasmFailure, page: number): Failure {
    const step =
      read.step === 'start'
        ? { en: 'starting the WebAssembly OCR engine', vi: 'khởi động bộ nhận dạng chữ WebAssembly' }
        : { en: `reading page ${page}`, vi: `nhận dạng chữ trang ${page}` };
    return failure(read, 'wasm', page, step, timeoutMs);
  }

  return {
    readPdf,
    resolve,
    async close() {
      await wasm?.close();
    },
  };
}
