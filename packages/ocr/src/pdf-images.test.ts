import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { imageForOcr } from './pdf-images.js';
import { readPageContent } from './pdf-page.js';

type Dict = Record<string, unknown>;

/** The first image of a one-page PDF holding one image XObject with `dict` and stream bytes `data`, read back. */
async function imageOf(dict: Dict, data: Uint8Array) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([100, 100]);
  // pdf-lib's context.obj takes plain literals; our dictionaries are such literals.
  const stream = doc.context.stream(data, { Type: 'XObject', Subtype: 'Image', ...dict } as Parameters<
    typeof doc.context.stream
  >[1]);
  const name = page.node.newXObject('Im', doc.context.register(stream));
  const content = doc.context.stream(new TextEncoder().encode(`q 100 0 0 100 0 0 cm /${name.decodeText()} Do Q`));
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  const loaded = await PDFDocument.load(await doc.save());
  const [image] = readPageContent(loaded, 0).images;
  if (!image) throw new Error('the test PDF has no image');
  return imageForOcr(loaded.context, image);
}

/** Decodes the PNGs this package writes (filter 0 on every row): header fields, palette and unfiltered rows. */
function readPng(bytes: Uint8Array) {
  const png = Buffer.from(bytes);
  let pos = 8;
  const idat: Buffer[] = [];
  let header = Buffer.alloc(0);
  let palette: number[] | undefined;
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'PLTE') palette = [...body];
    if (type === 'IDAT') idat.push(body);
    pos += 12 + length;
  }
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8] as number;
  const colourType = header[9] as number;
  const channels = colourType === 2 ? 3 : 1;
  const stride = Math.ceil((width * channels * bitDepth) / 8);
  const raw = inflateSync(Buffer.concat(idat));
  const rows: number[][] = [];
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (stride + 1)]).toBe(0);
    rows.push([...raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))]);
  }
  return { width, height, bitDepth, colourType, palette, rows };
}

function pngOf(result: Awaited<ReturnType<typeof imageOf>>) {
  if ('unsupported' in result) throw new Error(`unexpected: ${result.unsupported}`);
  expect(result.type).toBe('png');
  return readPng(result.bytes);
}

const grey = { Width: 3, Height: 2, ColorSpace: 'DeviceGray', BitsPerComponent: 8 };
const greyPixels = Uint8Array.of(0, 128, 255, 10, 20, 30);

describe('imageForOcr', () => {
  it('wraps 8-bit grey FlateDecode samples as a grey PNG, unchanged', async () => {
    const png = pngOf(await imageOf({ ...grey, Filter: 'FlateDecode' }, deflateSync(greyPixels)));
    expect(png).toMatchObject({
      width: 3,
      height: 2,
      bitDepth: 8,
      colourType: 0,
      rows: [
        [0, 128, 255],
        [10, 20, 30],
      ],
    });
  });

  it('undoes PNG predictors (Predictor 12 = Up) before wrapping', async () => {
    const predicted = Uint8Array.of(2, 0, 128, 255, 2, 10, 148, 31);
    const png = pngOf(
      await imageOf(
        { ...grey, Filter: 'FlateDecode', DecodeParms: { Predictor: 12, Colors: 1, BitsPerComponent: 8, Columns: 3 } },
        deflateSync(predicted),
      ),
    );
    expect(png.rows).toEqual([
      [0, 128, 255],
      [10, 20, 30],
    ]);
  });

  it('keeps 1-bit black-and-white scans at 1 bit, and inverts them when /Decode is [1 0]', async () => {
    const dict = { Width: 8, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 1, Filter: 'FlateDecode' };
    expect(pngOf(await imageOf(dict, deflateSync(Uint8Array.of(0b11110000))))).toMatchObject({
      bitDepth: 1,
      rows: [[0xf0]],
    });
    const inverted = pngOf(await imageOf({ ...dict, Decode: [1, 0] }, deflateSync(Uint8Array.of(0b11110000))));
    expect(inverted).toMatchObject({ bitDepth: 8, rows: [[0, 0, 0, 0, 255, 255, 255, 255]] });
  });

  it('writes RGB as RGB, converts CMYK to RGB, and gives indexed colour a full palette', async () => {
    const rgb = pngOf(
      await imageOf({ Width: 1, Height: 1, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }, Uint8Array.of(1, 2, 3)),
    );
    expect(rgb).toMatchObject({ colourType: 2, rows: [[1, 2, 3]] });
    const cmyk = pngOf(
      await imageOf(
        { Width: 1, Height: 1, ColorSpace: 'DeviceCMYK', BitsPerComponent: 8 },
        Uint8Array.of(0, 255, 255, 0),
      ),
    );
    expect(cmyk.rows).toEqual([[255, 0, 0]]);
    const indexed = pngOf(
      await imageOf(
        {
          Width: 2,
          Height: 1,
          ColorSpace: ['Indexed', 'DeviceRGB', 1, PDFHexString.of('FF000000FF00')],
          BitsPerComponent: 8,
        },
        Uint8Array.of(1, 0),
      ),
    );
    expect(indexed.colourType).toBe(3);
    expect(indexed.palette?.slice(0, 6)).toEqual([255, 0, 0, 0, 255, 0]);
    expect(indexed.palette).toHaveLength(3 * 256);
    expect(indexed.rows).toEqual([[1, 0]]);
  });

  it('passes DCT (JPEG) data through as it is stored', async () => {
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9);
    expect(await imageOf({ ...grey, Filter: 'DCTDecode' }, jpeg)).toEqual({ bytes: jpeg, type: 'jpeg' });
  });

  it('names the codec it cannot decode: JBIG2, CCITT fax, JPEG 2000', async () => {
    for (const filter of ['JBIG2Decode', 'CCITTFaxDecode', 'JPXDecode'])
      expect(await imageOf({ ...grey, Filter: filter }, Uint8Array.of(1, 2, 3))).toEqual({ unsupported: filter });
  });

  it('pads short data with white instead of reading past it', async () => {
    const png = pngOf(await imageOf({ ...grey, Filter: 'FlateDecode' }, deflateSync(Uint8Array.of(7, 8))));
    expect(png.rows).toEqual([
      [7, 8, 255],
      [255, 255, 255],
    ]);
  });
});
