import { PDFArray, PDFBool, PDFHexString, PDFRawStream, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';
import { decodeStream, lookup, nameOf, numberOf } from './pdf-decode.js';
import type { PageImage } from './pdf-page.js';
import { encodePng, rowBytes, type RawImage } from './png.js';

/** An image ready for tesseract: JPEG bytes as stored, or a PNG we wrote from the raw samples. */
export type OcrImage = { bytes: Uint8Array; type: 'jpeg' | 'png' };

/** Why an image cannot be handed to the WebAssembly reader: its codec or colour space, named for the message. */
export type UnsupportedImage = { unsupported: string };

/** Larger images are refused rather than decoded: 60 million pixels is A3 at 600 dpi. */
const MAX_PIXELS = 60_000_000;

type ColorSpace =
  | { kind: 'grey'; inverted: boolean }
  | { kind: 'rgb' }
  | { kind: 'cmyk' }
  | { kind: 'indexed'; palette: Uint8Array; hival: number }
  | { kind: 'unsupported'; name: string };

function bytesOf(context: PDFContext, value: PDFObject | undefined): Uint8Array | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.asBytes();
  if (value instanceof PDFRawStream) {
    try {
      return decodeStream(context, value).data;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function resolveColorSpace(context: PDFContext, value: PDFObject | undefined, depth = 0): ColorSpace {
  const name = nameOf(value);
  if (name === 'DeviceGray' || name === 'CalGray' || name === 'G') return { kind: 'grey', inverted: false };
  if (name === 'DeviceRGB' || name === 'CalRGB' || name === 'RGB') return { kind: 'rgb' };
  if (name === 'DeviceCMYK' || name === 'CMYK') return { kind: 'cmyk' };
  if (!(value instanceof PDFArray) || depth > 3) return { kind: 'unsupported', name: name ?? 'no colour space' };
  const family = nameOf(value.lookup(0));
  if (family === 'CalGray') return { kind: 'grey', inverted: false };
  if (family === 'CalRGB') return { kind: 'rgb' };
  if (family === 'ICCBased') {
    const profile = value.lookup(1);
    const components = profile instanceof PDFRawStream ? numberOf(lookup(profile.dict, 'N')) : undefined;
    if (components === 1) return { kind: 'grey', inverted: false };
    if (components === 3) return { kind: 'rgb' };
    if (components === 4) return { kind: 'cmyk' };
    const alternate = profile instanceof PDFRawStream ? lookup(profile.dict, 'Alternate') : undefined;
    return alternate ? resolveColorSpace(context, alternate, depth + 1) : { kind: 'unsupported', name: 'ICCBased' };
  }
  if (family === 'Separation' || family === 'DeviceN') {
    // One ink: 0 is no ink (white) and 1 full ink (dark), the reverse of grey.
    const names = value.lookup(1);
    return names instanceof PDFArray && names.size() > 1
      ? { kind: 'unsupported', name: family }
      : { kind: 'grey', inverted: true };
  }
  if (family === 'Indexed' || family === 'I') {
    const base = resolveColorSpace(context, value.lookup(1), depth + 1);
    const hival = numberOf(value.lookup(2)) ?? 255;
    const table = bytesOf(context, value.lookup(3));
    if (!table || base.kind === 'indexed' || base.kind === 'unsupported')
      return { kind: 'unsupported', name: 'Indexed' };
    const entries = hival + 1;
    const palette = new Uint8Array(entries * 3);
    for (let i = 0; i < entries; i += 1) {
      let rgb: [number, number, number];
      if (base.kind === 'grey') {
        const g = table[i] ?? 0;
        const v = base.inverted ? 255 - g : g;
        rgb = [v, v, v];
      } else if (base.kind === 'rgb') rgb = [table[3 * i] ?? 0, table[3 * i + 1] ?? 0, table[3 * i + 2] ?? 0];
      else rgb = cmykToRgb(table[4 * i] ?? 0, table[4 * i + 1] ?? 0, table[4 * i + 2] ?? 0, table[4 * i + 3] ?? 0);
      palette.set(rgb, 3 * i);
    }
    return { kind: 'indexed', palette, hival };
  }
  return { kind: 'unsupported', name: family ?? 'unknown colour space' };
}

function cmykToRgb(c: number, m: number, y: number, k: number): [number, number, number] {
  const white = 255 - k;
  return [
    Math.round(((255 - c) * white) / 255),
    Math.round(((255 - m) * white) / 255),
    Math.round(((255 - y) * white) / 255),
  ];
}

/** Reads sample `index` of `bits` bits from packed rows (PDF and PNG pack samples big-end first). */
function sample(data: Uint8Array, offset: number, index: number, bits: number): number {
  if (bits === 8) return data[offset + index] ?? 0;
  if (bits === 16) return data[offset + 2 * index] ?? 0;
  const bit = index * bits;
  const byte = data[offset + (bit >> 3)] ?? 0;
  const value = (byte >> (8 - bits - (bit & 7))) & ((1 << bits) - 1);
  return Math.round((value * 255) / ((1 << bits) - 1));
}

/** Converts `components` samples per pixel to 8-bit grey or RGB rows. */
function toEightBit(
  data: Uint8Array,
  width: number,
  height: number,
  components: number,
  bits: number,
  convert: (values: number[]) => number[],
  channels: 1 | 3,
): RawImage {
  const stride = Math.ceil((width * components * bits) / 8);
  const out = new Uint8Array(width * height * channels);
  const values: number[] = new Array<number>(components).fill(0);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (let c = 0; c < components; c += 1) values[c] = sample(data, y * stride, x * components + c, bits);
      out.set(convert(values), (y * width + x) * channels);
    }
  }
  return { width, height, channels, bitDepth: 8, data: out };
}

/**
 * Turns one image XObject into bytes tesseract reads: DCT (JPEG) as stored; raw samples (after Flate, LZW, … and
 * predictors) in grey, RGB, CMYK, ICC-based, Separation or Indexed colour, 1–16 bits, as a PNG we write. CCITT fax,
 * JBIG2 and JPEG 2000 images, and Lab or multi-ink colour, are `unsupported`: no decoder for them ships with npm here.
 */
export function imageForOcr(context: PDFContext, image: PageImage): OcrImage | UnsupportedImage {
  const { width, height } = image;
  if (width <= 0 || height <= 0) return { unsupported: 'empty image' };
  if (width * height > MAX_PIXELS) return { unsupported: `${width}×${height} pixels` };
  let decoded;
  try {
    decoded = decodeStream(context, image.stream);
  } catch (error) {
    return { unsupported: `corrupt data (${(error as Error).message})` };
  }
  if (decoded.codec) {
    return decoded.codec.name === 'DCTDecode'
      ? { bytes: decoded.data, type: 'jpeg' }
      : { unsupported: decoded.codec.name };
  }
  const dict = image.stream.dict;
  const isMask = lookup(dict, 'ImageMask') === PDFBool.True || lookup(dict, 'IM') === PDFBool.True;
  const bits = isMask ? 1 : (numberOf(lookup(dict, 'BitsPerComponent') ?? lookup(dict, 'BPC')) ?? 8);
  if (![1, 2, 4, 8, 16].includes(bits)) return { unsupported: `${bits}-bit samples` };
  const space: ColorSpace = isMask
    ? { kind: 'grey', inverted: false }
    : resolveColorSpace(context, lookup(dict, 'ColorSpace') ?? lookup(dict, 'CS'));
  if (space.kind === 'unsupported') return { unsupported: space.name };
  const decodeArray = lookup(dict, 'Decode') ?? lookup(dict, 'D');
  const flipped = decodeArray instanceof PDFArray && numberOf(decodeArray.lookup(0)) === 1;
  const components = space.kind === 'rgb' ? 3 : space.kind === 'cmyk' ? 4 : 1;
  const needed = Math.ceil((width * components * bits) / 8) * height;
  const data = new Uint8Array(needed).fill(space.kind === 'indexed' ? 0 : 0xff);
  data.set(decoded.data.subarray(0, needed));

  let raw: RawImage;
  if (space.kind === 'indexed') {
    if (bits === 16) return { unsupported: '16-bit indexed colour' };
    // PNG palettes need every index to exist: pad the palette to the full range of the bit depth.
    const palette = new Uint8Array(3 * (1 << bits));
    palette.set(space.palette.subarray(0, palette.length));
    raw = { width, height, channels: 1, bitDepth: bits as 1 | 2 | 4 | 8, data, palette };
  } else if (space.kind === 'grey' && bits <= 8 && !flipped && !space.inverted) {
    raw = { width, height, channels: 1, bitDepth: bits as 1 | 2 | 4 | 8, data };
  } else if (space.kind === 'grey') {
    const invert = flipped !== space.inverted;
    raw = toEightBit(data, width, height, 1, bits, ([g = 0]) => [invert ? 255 - g : g], 1);
  } else if (space.kind === 'rgb' && bits === 8 && !flipped) {
    raw = { width, height, channels: 3, bitDepth: 8, data };
  } else if (space.kind === 'rgb') {
    raw = toEightBit(data, width, height, 3, bits, (v) => (flipped ? v.map((x) => 255 - x) : v), 3);
  } else {
    raw = toEightBit(data, width, height, 4, bits, ([c = 0, m = 0, y = 0, k = 0]) => cmykToRgb(c, m, y, k), 3);
  }
  if (raw.data.length < rowBytes(raw) * height) return { unsupported: 'short image data' };
  return { bytes: encodePng(raw), type: 'png' };
}
