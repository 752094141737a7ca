import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseToUnicode } from './pdf-fonts.js';
import { readPageContent } from './pdf-page.js';

/**
 * A one-page PDF (Helvetica as /F1) whose content stream is what `build` returns; `build` may add resources to the
 * page first. Saved and loaded again, as the engine sees PDFs.
 */
async function pdfWithContent(build: (doc: PDFDocument, page: PDFPage) => string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  const content = build(doc, page);
  const stream = doc.context.stream(deflateSync(Buffer.from(content, 'latin1')), { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return PDFDocument.load(await doc.save());
}

describe('readPageContent', () => {
  it('reads text drawn by pdf-lib with a standard font, line by line, WinAnsi accents included', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('Quyet dinh so 12', { x: 50, y: 800, size: 12, font });
    page.drawText('Café  crème', { x: 50, y: 780, size: 12, font });
    const loaded = await PDFDocument.load(await doc.save());
    expect(readPageContent(loaded, 0)).toEqual({ text: 'Quyet dinh so 12\nCafé crème', images: [], inlineImages: 0 });
  });

  it('breaks lines on moves down, T* and quote operators, spaces words on wide TJ gaps, joins strings shown without a move', async () => {
    const doc = await pdfWithContent(
      () =>
        "BT /F1 12 Tf 72 700 Td (Hello) Tj [(Wor) -20 (ld)] TJ 0 -14 Td (second) Tj T* (third) Tj [(a) -300 (b)] TJ (next) ' ET",
    );
    expect(readPageContent(doc, 0).text).toBe('HelloWorld\nsecond\nthirda b\nnext');
  });

  it('tells word gaps from glyph-by-glyph positioning by the font widths (as Chromium writes text)', async () => {
    const doc = await pdfWithContent((setUp, page) => {
      const font = setUp.context.register(
        setUp.context.obj({
          Type: 'Font',
          Subtype: 'Type1',
          BaseFont: 'Helvetica',
          FirstChar: 32,
          LastChar: 126,
          Widths: new Array<number>(95).fill(500),
        }),
      );
      page.node.setFontDictionary(PDFName.of('F2'), font);
      // Each glyph is 5 units wide at 10 pt: moves of 5 continue the word, a move of 8 leaves a gap.
      return 'BT /F2 10 Tf 1 0 0 1 72 700 Tm (H) Tj 5 0 Td (i) Tj 5 0 Td (t) Tj 8 0 Td (o) Tj 1 0 0 1 102 700 Tm (k) Tj ET';
    });
    expect(readPageContent(doc, 0).text).toBe('Hit o k');
  });

  it('lists the images a page draws, through Form XObjects, once each, and counts inline images', async () => {
    const doc = await pdfWithContent((setUp, page) => {
      const image = setUp.context.register(
        setUp.context.stream(new Uint8Array(6), {
          Type: 'XObject',
          Subtype: 'Image',
          Width: 3,
          Height: 2,
          ColorSpace: 'DeviceGray',
          BitsPerComponent: 8,
        }),
      );
      const form = setUp.context.register(
        setUp.context.stream(new TextEncoder().encode('q 3 0 0 2 0 0 cm /Im Do Q'), {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, 3, 2],
          Resources: { XObject: { Im: image } },
        }),
      );
      const name = page.node.newXObject('Form', form);
      return `q /${name.decodeText()} Do Q q /${name.decodeText()} Do Q BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI`;
    });
    const content = readPageContent(doc, 0);
    expect(content.images.map((image) => [image.width, image.height])).toEqual([[3, 2]]);
    expect(content.inlineImages).toBe(1);
    expect(content.text).toBe('');
  });
});

describe('parseToUnicode', () => {
  it('reads code space, bfchar and both kinds of bfrange (shifted destination and array)', () => {
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange',
      '2 beginbfchar <0003> <0020> <0004> <00C9> endbfchar',
      '2 beginbfrange <0010> <0012> <1EA0> <0020> <0021> [<0041> <D835DC00>] endbfrange',
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const { map, codeSpace } = parseToUnicode(new TextEncoder().encode(cmap));
    expect(codeSpace).toEqual([{ length: 2, low: 0, high: 0xffff }]);
    expect(Object.fromEntries(map)).toEqual({
      3: ' ',
      4: 'É',
      16: 'Ạ',
      17: 'ạ',
      18: 'Ả',
      32: 'A',
      33: '𝐀',
    });
  });
});
