import { PDFArray, PDFDict, PDFRawStream, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { parseContent, type Operand } from './pdf-content.js';
import { decodeStream, lookup, nameOf, numberOf } from './pdf-decode.js';
import { fontDecoder, type ShownTextDecoder } from './pdf-fonts.js';

/** An image XObject a page draws. */
export type PageImage = { stream: PDFRawStream; width: number; height: number };

/** What one page holds, read without rendering it. */
export type PageContent = {
  /** The text of its text layer, in content order, lines broken where the text moves down. */
  text: string;
  /** The image XObjects it draws (each once), Form XObjects followed. */
  images: PageImage[];
  /** Inline images (BI … EI): small by the standard, and not extracted. */
  inlineImages: number;
};

const MAX_FORM_DEPTH = 8;
/** In a TJ array, a move left of more than this (thousandths of an em) is a space between words. */
const TJ_SPACE = 200;

type WalkState = {
  context: PDFContext;
  text: string[];
  images: PageImage[];
  seen: Set<PDFObject>;
  inlineImages: number;
  decoders: Map<PDFDict, ShownTextDecoder>;
};

function contentBytes(context: PDFContext, contents: PDFObject | undefined): Uint8Array {
  const streams = contents instanceof PDFArray ? contents.asArray().map((_, i) => contents.lookup(i)) : [contents];
  const parts: Uint8Array[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    try {
      const decoded = decodeStream(context, stream);
      if (!decoded.codec) parts.push(decoded.data, Uint8Array.of(0x0a));
    } catch {
      // A corrupt content stream: the page keeps whatever the other streams hold.
    }
  }
  return Buffer.concat(parts);
}

function walk(state: WalkState, bytes: Uint8Array, resources: PDFDict | undefined, depth: number): void {
  const fonts = resources ? lookup(resources, 'Font') : undefined;
  const xObjects = resources ? lookup(resources, 'XObject') : undefined;
  let decoder: ShownTextDecoder = () => ({ text: '', advance: undefined });
  // The text line matrix, kept as scale and translation (rotation and the current transformation matrix are ignored:
  // enough to tell lines and words apart), the font size, and how far text moved the pen since the line began.
  let line = { a: 1, d: 1, e: 0, f: 0 };
  let fontSize = 1;
  let advance: number | undefined = 0;
  let shownF: number | undefined;
  // The next string starts a new word: the pen jumped, or this is the first text of a Form XObject.
  let gap = true;
  const push = (text: string) => {
    const last = state.text[state.text.length - 1];
    if (last !== undefined) {
      const lineBreak = Math.max(0.5, 0.4 * fontSize * Math.abs(line.d));
      if (shownF !== undefined && Math.abs(line.f - shownF) > lineBreak) state.text.push('\n');
      else if (gap) state.text.push(' ');
    }
    state.text.push(text);
  };
  const show = (operand: Operand | undefined) => {
    if (!(operand instanceof Uint8Array)) return;
    const shown = decoder(operand);
    advance =
      advance === undefined || shown.advance === undefined ? undefined : advance + (shown.advance / 1000) * fontSize;
    if (shown.text === '') return;
    push(shown.text);
    shownF = line.f;
    gap = false;
  };
  /** A jump of the pen along the line by `distance` (text space) from where text left it: a word gap or not. */
  const jump = (distance: number | undefined) => {
    gap ||= distance === undefined || distance > 0.15 * fontSize || distance < -fontSize;
  };
  const moveLine = (tx: number, ty: number) => {
    if (ty === 0) jump(advance === undefined ? undefined : tx - advance);
    line = { ...line, e: line.e + line.a * tx, f: line.f + line.d * ty };
    advance = 0;
  };

  for (const { op, operands } of parseContent(bytes)) {
    switch (op) {
      case 'BT':
        line = { a: 1, d: 1, e: 0, f: 0 };
        advance = 0;
        gap = true;
        break;
      case 'Tf': {
        const name = operands[0];
        fontSize = typeof operands[1] === 'number' && operands[1] !== 0 ? Math.abs(operands[1]) : fontSize;
        const font =
          fonts instanceof PDFDict && name && typeof name === 'object' && 'name' in name
            ? lookup(fonts, name.name)
            : undefined;
        if (font instanceof PDFDict) {
          let cached = state.decoders.get(font);
          if (!cached) {
            cached = fontDecoder(state.context, font);
            state.decoders.set(font, cached);
          }
          decoder = cached;
        } else decoder = () => ({ text: '', advance: undefined });
        break;
      }
      case 'Td':
      case 'TD':
        moveLine(typeof operands[0] === 'number' ? operands[0] : 0, typeof operands[1] === 'number' ? operands[1] : 0);
        break;
      case 'Tm': {
        const [a, , , d, e, f] = operands;
        if (typeof a !== 'number' || typeof d !== 'number' || typeof e !== 'number' || typeof f !== 'number') break;
        // Where the pen is now, in the space Tm's numbers are in, against where Tm puts it.
        if (Math.abs(f - line.f) < 0.5 && a !== 0)
          jump(advance === undefined ? undefined : (e - (line.e + line.a * advance)) / a);
        else gap = true;
        line = { a: a === 0 ? 1 : a, d: d === 0 ? 1 : d, e, f };
        advance = 0;
        break;
      }
      case 'T*':
        moveLine(0, -fontSize);
        break;
      case 'Tj':
        show(operands[0]);
        break;
      case "'":
        moveLine(0, -fontSize);
        show(operands[0]);
        break;
      case '"':
        moveLine(0, -fontSize);
        show(operands[2]);
        break;
      case 'TJ': {
        const items = operands[0];
        if (!Array.isArray(items)) break;
        for (const item of items) {
          if (typeof item === 'number') {
            // A number moves the pen left by item/1000 em; a large move right is a word gap.
            if (advance !== undefined) advance -= (item / 1000) * fontSize;
            if (item < -TJ_SPACE) gap = true;
          } else show(item);
        }
        break;
      }
      case 'EI':
        state.inlineImages += 1;
        break;
      case 'Do': {
        const name = operands[0];
        if (!(xObjects instanceof PDFDict) || !name || typeof name !== 'object' || !('name' in name)) break;
        const xObject = lookup(xObjects, name.name);
        if (!(xObject instanceof PDFRawStream) || state.seen.has(xObject)) break;
        state.seen.add(xObject);
        const subtype = nameOf(lookup(xObject.dict, 'Subtype'));
        if (subtype === 'Image') {
          state.images.push({
            stream: xObject,
            width: numberOf(lookup(xObject.dict, 'Width')) ?? 0,
            height: numberOf(lookup(xObject.dict, 'Height')) ?? 0,
          });
        } else if (subtype === 'Form' && depth < MAX_FORM_DEPTH) {
          const formResources = lookup(xObject.dict, 'Resources');
          walk(
            state,
            contentBytes(state.context, xObject),
            formResources instanceof PDFDict ? formResources : resources,
            depth + 1,
          );
        }
        break;
      }
      default:
        break;
    }
  }
}

/** Reads the text layer and the images of page `index` (0-based) of `doc`. Never throws on malformed content. */
export function readPageContent(doc: PDFDocument, index: number): PageContent {
  const node = doc.getPage(index).node;
  const state: WalkState = {
    context: doc.context,
    text: [],
    images: [],
    seen: new Set(),
    inlineImages: 0,
    decoders: new Map(),
  };
  walk(state, contentBytes(doc.context, node.Contents()), node.Resources(), 0);
  const text = state.text
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return { text, images: state.images, inlineImages: state.inlineImages };
}
