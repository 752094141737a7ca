import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState, rgb } from 'pdf-lib';
import { encodePng } from '../png.js';
import type { PageSpec } from './official-texts.js';
import { loadFont, PageCanvas, seededRandom, type GreyPage } from './rasterize.js';

/** Where Debian's fonts-dejavu-core puts DejaVu Sans, which covers every Vietnamese letter. */
export const DEJAVU_SANS_PATH = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

const A4_POINTS = { width: 595.28, height: 841.89 } as const;
const MARGIN_POINTS = { left: 85, right: 57, top: 57 } as const;

/** How a page image is stored in the PDF, as scanners do. */
export type PageImageFormat =
  /** 8-bit DeviceGray, FlateDecode (grey scans). */
  | 'grey'
  /** 1-bit DeviceGray, FlateDecode (black-and-white scans without CCITT). */
  | 'bilevel'
  /** A PNG given to pdf-lib's `embedPng` (8-bit DeviceRGB, FlateDecode). */
  | 'png';

export type PageOptions = {
  /** TrueType bytes of a font with Vietnamese letters (default: DejaVu Sans from `DEJAVU_SANS_PATH`). */
  font?: Uint8Array;
  /** Body text size in points (default 13, as in Vietnamese official documents). */
  fontSizePt?: number;
};

export type ScanOptions = PageOptions & {
  /** Scan resolution (default 200 dpi). */
  dpi?: number;
  /** The sheet lies slightly crooked on the scanner (default 0.3°). */
  skewDegrees?: number;
  /** Dust and toner specks per million pixels (default 300). */
  specksPerMegapixel?: number;
  /** Paper tone, 0–255 (default 246, a slightly grey sheet). */
  paper?: number;
  /** Ink tone, 0–255 (default 0; a faded photocopy is about 90). */
  ink?: number;
  /** Seed of the specks, so a page is the same on every run (default 1). */
  seed?: number;
  image?: PageImageFormat;
};

/** A generated PDF and the text a perfect reader returns: lines joined by `\n`, pages by `\n\n`. */
export type GeneratedPdf = { pdf: Uint8Array; expectedText: string; pageTexts: string[] };

type PlacedLine = { text: string; x: number; y: number };

/** The font at `DEJAVU_SANS_PATH` when installed, else `undefined` (tests skip or fail on that, never guess). */
export async function findVietnameseFont(): Promise<Uint8Array | undefined> {
  return existsSync(DEJAVU_SANS_PATH) ? new Uint8Array(await readFile(DEJAVU_SANS_PATH)) : undefined;
}

async function fontBytes(options: PageOptions): Promise<Uint8Array> {
  const bytes = options.font ?? (await findVietnameseFont());
  if (!bytes)
    throw new Error(
      `Không có phông chữ tiếng Việt: cài fonts-dejavu-core (${DEJAVU_SANS_PATH}) hoặc truyền "font" / ` +
        `no Vietnamese font: install fonts-dejavu-core or pass "font"`,
    );
  return bytes;
}

/** Breaks `text` into lines no wider than `maxWidth` (in the unit of `measure`). */
function wrap(text: string, maxWidth: number, measure: (value: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Places the lines of `page` on an A4 sheet, in points from the top-left corner (baselines). */
function layOut(font: Font, page: PageSpec, sizePt: number): PlacedLine[] {
  const measure = (value: string) => (font.layout(value).advanceWidth * sizePt) / font.unitsPerEm;
  const textWidth = A4_POINTS.width - MARGIN_POINTS.left - MARGIN_POINTS.right;
  const lineHeight = sizePt * 1.45;
  const placed: PlacedLine[] = [];
  let y = MARGIN_POINTS.top + sizePt;
  for (const paragraph of page) {
    for (const line of wrap(paragraph.text, textWidth, measure)) {
      const x =
        paragraph.align === 'center' ? MARGIN_POINTS.left + (textWidth - measure(line)) / 2 : MARGIN_POINTS.left;
      placed.push({ text: line, x, y });
      y += lineHeight;
    }
    y += sizePt * 0.4;
  }
  if (y > A4_POINTS.height - MARGIN_POINTS.top) throw new Error('The page text does not fit on one A4 sheet');
  return placed;
}

function pageText(lines: readonly PlacedLine[]): string {
  return lines.map((line) => line.text).join('\n');
}

/** Renders one page as a scanner would see it: anti-aliased text, a slight skew, specks, a grey sheet. */
export function renderPage(font: Font, page: PageSpec, options: ScanOptions = {}): { image: GreyPage; text: string } {
  const dpi = options.dpi ?? 200;
  const sizePt = options.fontSizePt ?? 13;
  const pxPerPt = dpi / 72;
  const canvas = new PageCanvas(Math.round(A4_POINTS.width * pxPerPt), Math.round(A4_POINTS.height * pxPerPt), {
    paper: options.paper ?? 246,
    ink: options.ink ?? 0,
    skewDegrees: options.skewDegrees ?? 0.3,
  });
  const lines = layOut(font, page, sizePt);
  for (const line of lines) canvas.drawText(font, line.text, line.x * pxPerPt, line.y * pxPerPt, sizePt * pxPerPt);
  const megapixels = (canvas.page.width * canvas.page.height) / 1e6;
  canvas.speckle(Math.round(megapixels * (options.specksPerMegapixel ?? 300)), seededRandom(options.seed ?? 1));
  return { image: canvas.page, text: pageText(lines) };
}

/** Packs 8-bit grey into 1 bit per pixel (0 = black, as in PDF DeviceGray and PNG), threshold at mid-grey. */
function toBilevel(image: GreyPage): Uint8Array {
  const stride = Math.ceil(image.width / 8);
  const packed = new Uint8Array(stride * image.height).fill(0xff);
  for (let y = 0; y < image.height; y += 1)
    for (let x = 0; x < image.width; x += 1)
      if ((image.data[y * image.width + x] as number) < 128)
        packed[y * stride + (x >> 3)] = (packed[y * stride + (x >> 3)] as number) & ~(0x80 >> (x & 7));
  return packed;
}

/** Adds an A4 page to `doc` that shows `image` full size, with no text on it. */
async function addImagePage(doc: PDFDocument, image: GreyPage, format: PageImageFormat): Promise<void> {
  const page = doc.addPage([A4_POINTS.width, A4_POINTS.height]);
  if (format === 'png') {
    const embedded = await doc.embedPng(encodePng({ ...image, channels: 1, bitDepth: 8 }));
    page.drawImage(embedded, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });
    return;
  }
  const bilevel = format === 'bilevel';
  const stream = doc.context.flateStream(bilevel ? toBilevel(image) : image.data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: bilevel ? 1 : 8,
  });
  const name = page.node.newXObject('Scan', doc.context.register(stream));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(A4_POINTS.width, 0, 0, A4_POINTS.height, 0, 0),
    drawObject(name),
    popGraphicsState(),
  );
}

/**
 * A scanned-like PDF with no text layer: each page of `pages` is rendered in pure JavaScript (fontkit outlines,
 * our rasteriser) and stored as one page-sized image. Needs a Vietnamese TrueType font, nothing else.
 */
export async function buildScannedPdf(pages: readonly PageSpec[], options: ScanOptions = {}): Promise<GeneratedPdf> {
  const font = loadFont(await fontBytes(options));
  const doc = await PDFDocument.create();
  doc.setProducer('Liên Thông OCR test scanner');
  const pageTexts: string[] = [];
  for (const [index, page] of pages.entries()) {
    const { image, text } = renderPage(font, page, { ...options, seed: (options.seed ?? 1) + index });
    await addImagePage(doc, image, options.image ?? 'grey');
    pageTexts.push(text);
  }
  return { pdf: await doc.save(), expectedText: pageTexts.join('\n\n'), pageTexts };
}

/** A PDF whose pages show scanned images already encoded (JPEG or PNG bytes), one per page, A4. */
export async function buildPdfFromImages(
  images: readonly { bytes: Uint8Array; type: 'jpeg' | 'png' }[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const image of images) {
    const embedded = image.type === 'jpeg' ? await doc.embedJpg(image.bytes) : await doc.embedPng(image.bytes);
    doc
      .addPage([A4_POINTS.width, A4_POINTS.height])
      .drawImage(embedded, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });
  }
  return doc.save();
}

/** A born-digital PDF with a real text layer (the font embedded as a subset, with a ToUnicode map). */
export async function buildTextPdf(pages: readonly PageSpec[], options: PageOptions = {}): Promise<GeneratedPdf> {
  const bytes = await fontBytes(options);
  const font = loadFont(bytes);
  const sizePt = options.fontSizePt ?? 13;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embedded = await doc.embedFont(bytes, { subset: true });
  const pageTexts: string[] = [];
  for (const page of pages) {
    const lines = layOut(font, page, sizePt);
    const pdfPage = doc.addPage([A4_POINTS.width, A4_POINTS.height]);
    for (const line of lines)
      pdfPage.drawText(line.text, {
        x: line.x,
        y: A4_POINTS.height - line.y,
        size: sizePt,
        font: embedded,
        color: rgb(0, 0, 0),
      });
    pageTexts.push(pageText(lines));
  }
  return { pdf: await doc.save(), expectedText: pageTexts.join('\n\n'), pageTexts };
}
