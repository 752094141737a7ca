/** An operand of a content-stream operator. Dictionaries, booleans and null are kept as `null` (not needed here). */
export type Operand = number | Uint8Array | { name: string } | Operand[] | null;

/** One operator with its operands; an inline image (BI … ID … EI) comes as the single operator `EI`. */
export type Operation = { op: string; operands: Operand[] };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

const isRegular = (byte: number) => !WHITESPACE.has(byte) && !DELIMITERS.has(byte);

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/**
 * Reads the operators of a PDF content stream (ISO 32000-1 §7.8.2), leniently: a malformed token is skipped, never
 * thrown on, because a page that cannot be fully parsed should still give what it can.
 */
export function* parseContent(bytes: Uint8Array): Generator<Operation> {
  let pos = 0;
  const stack: Operand[][] = [[]];
  const top = () => stack[stack.length - 1] as Operand[];

  const readLiteral = (): Uint8Array => {
    const out: number[] = [];
    let depth = 1;
    pos += 1;
    while (pos < bytes.length) {
      const byte = bytes[pos] as number;
      pos += 1;
      if (byte === 0x5c) {
        const next = bytes[pos] as number;
        pos += 1;
        const escapes: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (escapes[next] !== undefined) out.push(escapes[next] as number);
        else if (next >= 0x30 && next <= 0x37) {
          let value = next - 0x30;
          for (let i = 0; i < 2 && (bytes[pos] as number) >= 0x30 && (bytes[pos] as number) <= 0x37; i += 1) {
            value = value * 8 + ((bytes[pos] as number) - 0x30);
            pos += 1;
          }
          out.push(value & 0xff);
        } else if (next === 0x0d) {
          if (bytes[pos] === 0x0a) pos += 1;
        } else if (next !== 0x0a) out.push(next);
      } else if (byte === 0x28) {
        depth += 1;
        out.push(byte);
      } else if (byte === 0x29) {
        depth -= 1;
        if (depth === 0) break;
        out.push(byte);
      } else out.push(byte);
    }
    return Uint8Array.from(out);
  };

  const readHex = (): Uint8Array => {
    const digits: number[] = [];
    pos += 1;
    while (pos < bytes.length && bytes[pos] !== 0x3e) {
      const value = hexValue(bytes[pos] as number);
      if (value >= 0) digits.push(value);
      pos += 1;
    }
    pos += 1;
    if (digits.length % 2 === 1) digits.push(0);
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i += 1) out[i] = ((digits[2 * i] as number) << 4) | (digits[2 * i + 1] as number);
    return out;
  };

  const readRegular = (): string => {
    const start = pos;
    while (pos < bytes.length && isRegular(bytes[pos] as number)) pos += 1;
    return Buffer.from(bytes.subarray(start, pos)).toString('latin1');
  };

  /** Skips the data of an inline image: from after `ID` to the `EI` that stands alone. */
  const skipInlineImage = () => {
    pos += 1;
    while (pos < bytes.length - 1) {
      if (
        bytes[pos] === 0x45 &&
        bytes[pos + 1] === 0x49 &&
        WHITESPACE.has(bytes[pos - 1] as number) &&
        (pos + 2 >= bytes.length || WHITESPACE.has(bytes[pos + 2] as number))
      ) {
        pos += 2;
        return;
      }
      pos += 1;
    }
    pos = bytes.length;
  };

  while (pos < bytes.length) {
    const byte = bytes[pos] as number;
    if (WHITESPACE.has(byte)) {
      pos += 1;
    } else if (byte === 0x25) {
      while (pos < bytes.length && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos += 1;
    } else if (byte === 0x28) {
      top().push(readLiteral());
    } else if (byte === 0x3c && bytes[pos + 1] === 0x3c) {
      // A dictionary (marked-content properties, inline image parameters): kept as one opaque operand.
      pos += 2;
      stack.push([]);
    } else if (byte === 0x3e && bytes[pos + 1] === 0x3e) {
      pos += 2;
      if (stack.length > 1) stack.pop();
      top().push(null);
    } else if (byte === 0x3c) {
      top().push(readHex());
    } else if (byte === 0x5b) {
      pos += 1;
      stack.push([]);
    } else if (byte === 0x5d) {
      pos += 1;
      if (stack.length > 1) {
        const items = stack.pop() as Operand[];
        top().push(items);
      }
    } else if (byte === 0x2f) {
      pos += 1;
      top().push({ name: readRegular() });
    } else if (byte === 0x7b || byte === 0x7d || byte === 0x29 || byte === 0x3e) {
      pos += 1;
    } else {
      const word = readRegular();
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) top().push(Number(word));
      else if (word === 'true' || word === 'false' || word === 'null') top().push(null);
      else if (stack.length > 1) {
        // An operator inside an array or dictionary: malformed; drop the open containers.
        stack.length = 1;
        top().length = 0;
      } else if (word === 'ID') {
        skipInlineImage();
        top().length = 0;
        yield { op: 'EI', operands: [] };
      } else if (word === 'BI') {
        top().length = 0;
      } else {
        const operands = top().splice(0);
        yield { op: word, operands };
      }
    }
  }
}
