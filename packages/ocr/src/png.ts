import { crc32, deflateSync } from 'node:zlib';

/** Raw samples of one image, rows top to bottom, each row packed to whole bytes (PNG and PDF agree on that). */
export type RawImage = {
  width: number;
  height: number;
  /** 1 = grey, 3 = RGB, or 1 with `palette` = indexed colour. */
  channels: 1 | 3;
  /** Bits per sample: 1, 2, 4 or 8 (RGB only 8). */
  bitDepth: 1 | 2 | 4 | 8;
  /** `height` rows of `ceil(width × channels × bitDepth / 8)` bytes each, no filter bytes. */
  data: Uint8Array;
  /** RGB triples; makes the image indexed (PNG colour type 3). */
  palette?: Uint8Array;
};

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** Bytes per row of `image` (without the PNG filter byte). */
export function rowBytes(image: Pick<RawImage, 'width' | 'channels' | 'bitDepth'>): number {
  return Math.ceil((image.width * image.channels * image.bitDepth) / 8);
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body, crc32(head.subarray(4, 8))) >>> 0, 0);
  return Buffer.concat([head, body, tail]);
}

/**
 * Encodes raw samples as a PNG (filter 0 on every row, zlib level 6), the format tesseract reads everywhere.
 * Throws when `data` is shorter than the rows it must hold: that is a bug of the caller, not bad input.
 */
export function encodePng(image: RawImage): Buffer {
  const stride = rowBytes(image);
  if (image.data.length < stride * image.height)
    throw new RangeError(`PNG data holds ${image.data.length} bytes, ${stride * image.height} needed`);
  const filtered = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y += 1)
    filtered.set(image.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = image.bitDepth;
  header[9] = image.palette ? 3 : image.channels === 3 ? 2 : 0;
  const chunks = [Buffer.from(SIGNATURE), chunk('IHDR', header)];
  if (image.palette) chunks.push(chunk('PLTE', image.palette));
  chunks.push(chunk('IDAT', deflateSync(filtered)), chunk('IEND', new Uint8Array(0)));
  return Buffer.concat(chunks);
}
