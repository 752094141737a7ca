import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodePng, type RawImage } from './png.js';

/** The chunks of a PNG: type and body. */
function chunks(png: Buffer): { type: string; body: Buffer }[] {
  const out: { type: string; body: Buffer }[] = [];
  let pos = 8;
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    out.push({ type: png.toString('latin1', pos + 4, pos + 8), body: png.subarray(pos + 8, pos + 8 + length) });
    pos += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  const grey: RawImage = {
    width: 3,
    height: 2,
    channels: 1,
    bitDepth: 8,
    data: Uint8Array.of(0, 128, 255, 10, 20, 30),
  };

  it('writes the signature, a header for the colour type, and rows each behind a filter byte 0', () => {
    const png = encodePng(grey);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [header, data, end] = chunks(png);
    expect(header?.type).toBe('IHDR');
    expect([header?.body.readUInt32BE(0), header?.body.readUInt32BE(4), header?.body[8], header?.body[9]]).toEqual([
      3, 2, 8, 0,
    ]);
    expect(data?.type).toBe('IDAT');
    expect([...inflateSync(data?.body ?? Buffer.alloc(0))]).toEqual([0, 0, 128, 255, 0, 10, 20, 30]);
    expect(end?.type).toBe('IEND');
  });

  it('writes an indexed image with its palette, which a PNG reader accepts', async () => {
    const indexed: RawImage = {
      width: 8,
      height: 1,
      channels: 1,
      bitDepth: 1,
      data: Uint8Array.of(0b10100000),
      palette: Uint8Array.of(255, 255, 255, 0, 0, 0),
    };
    const png = encodePng(indexed);
    expect(chunks(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const doc = await PDFDocument.create();
    const embedded = await doc.embedPng(png);
    expect([embedded.width, embedded.height]).toEqual([8, 1]);
  });

  it('is read back by pdf-lib for grey and RGB images (CRCs and zlib data are valid)', async () => {
    const doc = await PDFDocument.create();
    expect((await doc.embedPng(encodePng(grey))).width).toBe(3);
    const rgb: RawImage = { width: 1, height: 1, channels: 3, bitDepth: 8, data: Uint8Array.of(1, 2, 3) };
    expect((await doc.embedPng(encodePng(rgb))).height).toBe(1);
  });

  it('refuses data shorter than its rows', () => {
    expect(() => encodePng({ ...grey, data: new Uint8Array(5) })).toThrow(RangeError);
  });
});
