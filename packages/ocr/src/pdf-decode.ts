import { constants, inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';

/** Filters that only transport bytes; everything else (DCT, JPX, JBIG2, CCITTFax, Crypt) is an image codec. */
const TRANSPORT_FILTERS = new Set(['FlateDecode', 'LZWDecode', 'ASCII85Decode', 'ASCIIHexDecode', 'RunLengthDecode']);
const ABBREVIATIONS: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  A85: 'ASCII85Decode',
  AHx: 'ASCIIHexDecode',
  RL: 'RunLengthDecode',
  DCT: 'DCTDecode',
  CCF: 'CCITTFaxDecode',
};

/** One filter of a stream's chain, with its parameters. */
export type FilterStep = { name: string; parms: PDFDict | undefined };

/** A stream with its transport filters undone; `codec` is the image filter still to apply, if any. */
export type DecodedStream = { data: Uint8Array; codec: FilterStep | undefined };

/** The value behind `key`, references resolved. */
export function lookup(dict: PDFDict, key: string): PDFObject | undefined {
  return dict.lookup(PDFName.of(key));
}

export function numberOf(value: PDFObject | undefined): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

export function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

/** The filter chain of a stream dictionary, in the order they are to be undone. */
export function filterChain(dict: PDFDict): FilterStep[] {
  const filter = lookup(dict, 'Filter') ?? lookup(dict, 'F');
  const parms = lookup(dict, 'DecodeParms') ?? lookup(dict, 'DP');
  const names = filter instanceof PDFArray ? filter.asArray().map((_, i) => filter.lookup(i)) : [filter];
  const steps: FilterStep[] = [];
  names.forEach((entry, index) => {
    const name = nameOf(entry);
    if (name === undefined) return;
    const entryParms = parms instanceof PDFArray ? parms.lookup(index) : parms;
    steps.push({ name: ABBREVIATIONS[name] ?? name, parms: entryParms instanceof PDFDict ? entryParms : undefined });
  });
  return steps;
}

/** Undoes PNG (10–15) or TIFF (2) predictors; other values mean none. Rows that are cut short are dropped. */
export function unpredict(data: Uint8Array, parms: PDFDict | undefined): Uint8Array {
  const predictor = parms ? (numberOf(lookup(parms, 'Predictor')) ?? 1) : 1;
  if (!parms || predictor < 2) return data;
  const colors = numberOf(lookup(parms, 'Colors')) ?? 1;
  const bits = numberOf(lookup(parms, 'BitsPerComponent')) ?? 8;
  const columns = numberOf(lookup(parms, 'Columns')) ?? 1;
  const stride = Math.ceil((colors * bits * columns) / 8);
  const pixelBytes = Math.max(1, Math.ceil((colors * bits) / 8));
  if (predictor === 2) {
    if (bits !== 8) return data;
    const out = data.slice();
    for (let row = 0; row + stride <= out.length; row += stride)
      for (let i = pixelBytes; i < stride; i += 1)
        out[row + i] = ((out[row + i] as number) + (out[row + i - pixelBytes] as number)) & 0xff;
    return out;
  }
  const rows = Math.floor(data.length / (stride + 1));
  const out = new Uint8Array(rows * stride);
  for (let row = 0; row < rows; row += 1) {
    const type = data[row * (stride + 1)] as number;
    const source = row * (stride + 1) + 1;
    const target = row * stride;
    for (let i = 0; i < stride; i += 1) {
      const raw = data[source + i] as number;
      const left = i >= pixelBytes ? (out[target + i - pixelBytes] as number) : 0;
      const up = row > 0 ? (out[target - stride + i] as number) : 0;
      const upLeft = row > 0 && i >= pixelBytes ? (out[target - stride + i - pixelBytes] as number) : 0;
      let value: number;
      if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) {
        const estimate = left + up - upLeft;
        const pa = Math.abs(estimate - left);
        const pb = Math.abs(estimate - up);
        const pc = Math.abs(estimate - upLeft);
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else value = raw;
      out[target + i] = value & 0xff;
    }
  }
  return out;
}

function undoTransport(context: PDFContext, data: Uint8Array, step: FilterStep): Uint8Array {
  if (step.name === 'FlateDecode')
    // Z_SYNC_FLUSH: keep what a truncated stream (common in scanner output) still holds instead of failing.
    return unpredict(new Uint8Array(inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH })), step.parms);
  const single = PDFRawStream.of(
    context.obj({ Filter: PDFName.of(step.name), ...(step.parms ? { DecodeParms: step.parms } : {}) }),
    data,
  );
  const decoded = decodePDFRawStream(single).decode();
  return step.name === 'LZWDecode' ? unpredict(decoded, step.parms) : decoded;
}

/**
 * Undoes the transport filters of `stream` (Flate with predictors, LZW, ASCII85, ASCIIHex, RunLength) and stops at
 * the first image codec, which is returned for the caller to handle. Throws on corrupt data.
 */
export function decodeStream(context: PDFContext, stream: PDFRawStream): DecodedStream {
  let data = stream.contents;
  const chain = filterChain(stream.dict);
  for (const [index, step] of chain.entries()) {
    if (!TRANSPORT_FILTERS.has(step.name)) {
      // A codec must be the last filter; anything after it is a chain no reader here knows.
      const rest = chain.slice(index);
      return {
        data,
        codec: rest.length === 1 ? step : { name: rest.map((s) => s.name).join(' + '), parms: step.parms },
      };
    }
    data = undoTransport(context, data, step);
  }
  return { data, codec: undefined };
}
