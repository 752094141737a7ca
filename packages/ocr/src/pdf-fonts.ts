import { PDFArray, PDFDict, PDFRawStream, type PDFContext } from 'pdf-lib';
import { parseContent, type Operand } from './pdf-content.js';
import { decodeStream, lookup, nameOf, numberOf } from './pdf-decode.js';

/** A shown string as text, and how far it moves the pen in thousandths of an em (`undefined`: unknown). */
export type ShownText = { text: string; advance: number | undefined };

/** Reads the bytes of a shown string, as the font's ToUnicode map (or its simple encoding) and widths say. */
export type ShownTextDecoder = (bytes: Uint8Array) => ShownText;

type CodeSpace = { length: number; low: number; high: number };

/** Windows-1252 code points 0x80–0x9F, which differ from Latin-1. */
const WIN_ANSI_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

const toNumber = (bytes: Uint8Array): number => bytes.reduce((value, byte) => value * 256 + byte, 0);

/** UTF-16BE (what ToUnicode maps give), surrogate pairs included. */
function utf16be(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2)
    out += String.fromCharCode(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  return out;
}

/** Adds `offset` to the last code unit of a UTF-16BE destination (bfrange with a single destination). */
function shifted(destination: Uint8Array, offset: number): string {
  const copy = destination.slice();
  let carry = offset;
  for (let i = copy.length - 1; i >= 0 && carry > 0; i -= 1) {
    const sum = (copy[i] as number) + carry;
    copy[i] = sum & 0xff;
    carry = sum >> 8;
  }
  return utf16be(copy);
}

/** Reads a ToUnicode CMap (ISO 32000-1 §9.10.3): its code space and its bfchar/bfrange entries. */
export function parseToUnicode(bytes: Uint8Array): { map: Map<number, string>; codeSpace: CodeSpace[] } {
  const map = new Map<number, string>();
  const codeSpace: CodeSpace[] = [];
  for (const { op, operands } of parseContent(bytes)) {
    const strings = operands.filter((operand): operand is Uint8Array => operand instanceof Uint8Array);
    if (op === 'endcodespacerange') {
      for (let i = 0; i + 1 < strings.length; i += 2) {
        const low = strings[i] as Uint8Array;
        codeSpace.push({ length: low.length, low: toNumber(low), high: toNumber(strings[i + 1] as Uint8Array) });
      }
    } else if (op === 'endbfchar') {
      for (let i = 0; i + 1 < strings.length; i += 2)
        map.set(toNumber(strings[i] as Uint8Array), utf16be(strings[i + 1] as Uint8Array));
    } else if (op === 'endbfrange') {
      // Operands come as low, high, then a string or an array of strings; walk them in that order.
      let i = 0;
      while (i + 2 < operands.length) {
        const low = operands[i];
        const high = operands[i + 1];
        const destination: Operand = operands[i + 2] ?? null;
        i += 3;
        if (!(low instanceof Uint8Array) || !(high instanceof Uint8Array)) continue;
        const first = toNumber(low);
        const last = Math.min(toNumber(high), first + 0xffff);
        for (let code = first; code <= last; code += 1) {
          if (destination instanceof Uint8Array) map.set(code, shifted(destination, code - first));
          else if (Array.isArray(destination)) {
            const item = destination[code - first];
            if (item instanceof Uint8Array) map.set(code, utf16be(item));
          }
        }
      }
    }
  }
  return { map, codeSpace };
}

function simpleMapping(font: PDFDict): (code: number) => string {
  const differences = new Map<number, string>();
  const encoding = lookup(font, 'Encoding');
  const list = encoding instanceof PDFDict ? lookup(encoding, 'Differences') : undefined;
  if (list instanceof PDFArray) {
    let code = 0;
    for (const item of list.asArray().map((_, i) => list.lookup(i))) {
      const number = numberOf(item);
      if (number !== undefined) code = number;
      else {
        const glyph = nameOf(item);
        const unicode = glyph && /^uni([0-9A-F]{4})$/.exec(glyph);
        if (unicode) differences.set(code, String.fromCharCode(parseInt(unicode[1] as string, 16)));
        else if (glyph && glyph.length === 1) differences.set(code, glyph);
        code += 1;
      }
    }
  }
  return (code) => differences.get(code) ?? String.fromCharCode(WIN_ANSI_HIGH[code] ?? code);
}

/**
 * Glyph widths by code, in thousandths of an em: /Widths of a simple font, /W and /DW of an Identity-encoded composite
 * font. `undefined` when the font does not say (the standard 14 fonts, other CMaps).
 */
function widthsOf(font: PDFDict, composite: boolean): ((code: number) => number | undefined) | undefined {
  if (!composite) {
    const widths = lookup(font, 'Widths');
    const first = numberOf(lookup(font, 'FirstChar')) ?? 0;
    if (!(widths instanceof PDFArray)) return undefined;
    const descriptor = lookup(font, 'FontDescriptor');
    const missing = descriptor instanceof PDFDict ? numberOf(lookup(descriptor, 'MissingWidth')) : undefined;
    return (code) => numberOf(widths.lookup(code - first)) ?? missing;
  }
  const encoding = nameOf(lookup(font, 'Encoding'));
  const descendants = lookup(font, 'DescendantFonts');
  const cidFont = descendants instanceof PDFArray ? descendants.lookup(0) : undefined;
  if ((encoding !== 'Identity-H' && encoding !== 'Identity-V') || !(cidFont instanceof PDFDict)) return undefined;
  const fallback = numberOf(lookup(cidFont, 'DW')) ?? 1000;
  const table = new Map<number, number>();
  const w = lookup(cidFont, 'W');
  if (w instanceof PDFArray) {
    const items = w.asArray().map((_, i) => w.lookup(i));
    for (let i = 0; i < items.length; ) {
      const first = numberOf(items[i]);
      const next = items[i + 1];
      if (first === undefined) break;
      if (next instanceof PDFArray) {
        next.asArray().forEach((_, j) => {
          const width = numberOf(next.lookup(j));
          if (width !== undefined) table.set(first + j, width);
        });
        i += 2;
      } else {
        const last = numberOf(next);
        const width = numberOf(items[i + 2]);
        if (last === undefined || width === undefined) break;
        for (let code = first; code <= Math.min(last, first + 0xffff); code += 1) table.set(code, width);
        i += 3;
      }
    }
  }
  return (code) => table.get(code) ?? fallback;
}

/** Splits shown bytes into character codes by the code space ranges (one byte each when there are none). */
function splitCodes(bytes: Uint8Array, codeSpace: CodeSpace[], fallbackLength: number): number[] {
  const lengths = [...new Set(codeSpace.map((space) => space.length))].sort((a, b) => a - b);
  if (lengths.length === 0) lengths.push(fallbackLength);
  const codes: number[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    let length = lengths[lengths.length - 1] as number;
    for (const candidate of lengths) {
      const code = toNumber(bytes.subarray(pos, pos + candidate));
      if (codeSpace.some((space) => space.length === candidate && code >= space.low && code <= space.high)) {
        length = candidate;
        break;
      }
    }
    codes.push(toNumber(bytes.subarray(pos, pos + length)));
    pos += length;
  }
  return codes;
}

/**
 * How to read the strings shown with `font`: text by its ToUnicode map when it has one (every font pdf-lib, Word,
 * LibreOffice or Chromium embeds does), else as WinAnsi bytes for simple fonts. A composite font without ToUnicode
 * gives no text: its codes are glyph ids, and guessing would put garbage into the search index. The advance (sum of
 * glyph widths) tells a word gap from the next glyph's position; it is `undefined` when the font has no widths.
 */
export function fontDecoder(context: PDFContext, font: PDFDict): ShownTextDecoder {
  const toUnicode = lookup(font, 'ToUnicode');
  const composite = nameOf(lookup(font, 'Subtype')) === 'Type0';
  const width = widthsOf(font, composite);
  let codeSpace: CodeSpace[] = [];
  let toText: (code: number) => string = composite ? () => '' : simpleMapping(font);
  if (toUnicode instanceof PDFRawStream) {
    try {
      const parsed = parseToUnicode(decodeStream(context, toUnicode).data);
      codeSpace = parsed.codeSpace;
      toText = (code) => parsed.map.get(code) ?? '';
    } catch {
      // A broken ToUnicode map: keep what the font type allows.
    }
  }
  return (bytes) => {
    const codes = splitCodes(bytes, codeSpace, composite ? 2 : 1);
    let text = '';
    let advance: number | undefined = 0;
    for (const code of codes) {
      text += toText(code);
      const glyph = width?.(code);
      advance = advance === undefined || glyph === undefined ? undefined : advance + glyph;
    }
    return { text, advance };
  };
}
