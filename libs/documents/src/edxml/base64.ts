/**
 * Standard base64 (RFC 4648 §4, with padding) over bytes, without Node's Buffer so that the library also runs in the
 * browser. `atob`/`btoa` work on "binary strings" and would need the same loops around them.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Maps a character code to its 6-bit value, or -1 for a character outside the alphabet. */
const VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** The alphabet as ASCII codes, so that encoding fills a byte array instead of concatenating strings. */
const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = 61; // '='

/** Encodes bytes as one line of padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const code = (value: number) => CODES[value & 63] as number;
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const triple = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = code(triple >> 18);
    out[o++] = code(triple >> 12);
    out[o++] = code(triple >> 6);
    out[o++] = code(triple);
  }
  if (i < bytes.length) {
    const hasSecond = i + 1 < bytes.length;
    const pair = ((bytes[i] as number) << 16) | (hasSecond ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = code(pair >> 18);
    out[o++] = code(pair >> 12);
    out[o++] = hasSecond ? code(pair >> 6) : PAD;
    out[o++] = PAD;
  }
  // Base64 is ASCII, which UTF-8 decodes one byte to one character.
  return new TextDecoder().decode(out);
}

/**
 * Decodes padded base64. White space anywhere is ignored (senders wrap lines at 76 characters); anything else outside
 * the alphabet, a length that is not a multiple of four, or misplaced padding makes the text invalid: returns `null`.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 4 !== 0) return null;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((clean.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const isLast = i + 4 === clean.length;
    const v0 = valueAt(clean, i);
    const v1 = valueAt(clean, i + 1);
    const v2 = isLast && padding === 2 ? 0 : valueAt(clean, i + 2);
    const v3 = isLast && padding >= 1 ? 0 : valueAt(clean, i + 3);
    if (v0 < 0 || v1 < 0 || v2 < 0 || v3 < 0) return null;
    const triple = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
    bytes[out++] = triple >> 16;
    if (out < bytes.length) bytes[out++] = (triple >> 8) & 255;
    if (out < bytes.length) bytes[out++] = triple & 255;
  }
  return bytes;
}

function valueAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (VALUES[code] as number) : -1;
}
