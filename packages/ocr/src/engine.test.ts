import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcrEngine } from './engine.js';

// Every PDF here needs no OCR or fails before any: the wasm engine runs no child process and starts no worker.
const engine = createOcrEngine({ engine: 'wasm', maxPages: 3 });
afterAll(() => engine.close());

const LINES = [
  'Cong hoa xa hoi chu nghia Viet Nam - Doc lap - Tu do - Hanh phuc.',
  'Quyet dinh ve viec phe duyet ke hoach chuyen doi so nam 2026 cua tinh Thanh Hoa.',
  'Giao So Khoa hoc va Cong nghe chu tri, phoi hop voi cac so, ban, nganh thuc hien.',
  'Quyet dinh nay co hieu luc ke tu ngay ky.',
];

async function textPdf(pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i += 1) {
    const page = doc.addPage([595, 842]);
    LINES.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - 20 * index, size: 11, font }));
  }
  return doc.save();
}

/** A one-page PDF showing one 1000×1000 image stored with `filter` (its bytes are not valid data for it). */
async function scanPdf(filter: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const image = doc.context.stream(new Uint8Array(64), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: 1000,
    Height: 1000,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
    Filter: filter,
  });
  const name = page.node.newXObject('Scan', doc.context.register(image));
  const content = doc.context.stream(deflateSync(`q 595 0 0 842 0 0 cm /${name.decodeText()} Do Q`), {
    Filter: 'FlateDecode',
  });
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  return doc.save();
}

describe('createOcrEngine().readPdf', () => {
  it('takes the text layer of a born-digital PDF without OCR (engine "text-layer")', async () => {
    const progress: number[] = [];
    const result = await engine.readPdf(await textPdf(2), { onProgress: (p) => progress.push(p.fraction) });
    const page = LINES.join('\n');
    expect(result).toEqual({
      ok: true,
      value: { text: `${page}\n\n${page}`, pages: 2, engine: 'text-layer', textLayer: true, ocrPages: 0 },
    });
    expect(progress).toEqual([0, 0.5, 1]);
  });

  it('ignores a progress callback that throws', async () => {
    const result = await engine.readPdf(await textPdf(), {
      onProgress: () => {
        throw new Error('bookkeeping failed');
      },
    });
    expect(result.ok).toBe(true);
  });

  it('refuses a file that is not a PDF with OCR_NOT_A_PDF and a Vietnamese message', async () => {
    const result = await engine.readPdf(new TextEncoder().encode('Kính gửi: Sở Nội vụ'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('OCR_NOT_A_PDF');
    expect(result.error.kind).toBe('invalid');
    expect(result.error.messageVi).toBe('Tệp không phải PDF: không có phần đầu "%PDF-"');
  });

  it('refuses a PDF with no readable pages with OCR_DAMAGED', async () => {
    const result = await engine.readPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n%%EOF'));
    expect(result.ok ? undefined : result.error.code).toBe('OCR_DAMAGED');
  });

  it('refuses an encrypted PDF with OCR_ENCRYPTED', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.context.trailerInfo.Encrypt = doc.context.register(
      doc.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -4 }),
    );
    const result = await engine.readPdf(await doc.save({ useObjectStreams: false }));
    expect(result.ok ? undefined : result.error.code).toBe('OCR_ENCRYPTED');
  });

  it('refuses more pages than maxPages with OCR_TOO_MANY_PAGES, naming both numbers', async () => {
    const result = await engine.readPdf(await textPdf(4));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('OCR_TOO_MANY_PAGES');
    expect(result.error.details).toEqual({ pages: 4, maxPages: 3 });
    expect(result.error.messageVi).toBe('Tệp PDF có 4 trang, vượt giới hạn 3 trang được nhận dạng chữ tự động');
  });

  it('names the image codecs the wasm engine cannot decode (OCR_UNSUPPORTED_IMAGE)', async () => {
    for (const filter of ['JBIG2Decode', 'CCITTFaxDecode']) {
      const result = await engine.readPdf(await scanPdf(filter));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('OCR_UNSUPPORTED_IMAGE');
      expect(result.error.details).toEqual({ page: 1, filter });
      expect(result.error.messageVi).toContain('cần cài tesseract-ocr, tesseract-ocr-vie và poppler-utils');
    }
  });

  it('returns OCR_CANCELLED when the signal is already aborted', async () => {
    const result = await engine.readPdf(await textPdf(), { signal: AbortSignal.abort() });
    expect(result.ok ? undefined : result.error.code).toBe('OCR_CANCELLED');
  });

  it('resolves a forced engine without looking at the machine', async () => {
    expect(await engine.resolve()).toBe('wasm');
    expect(await createOcrEngine({ engine: 'native' }).resolve()).toBe('native');
  });
});
