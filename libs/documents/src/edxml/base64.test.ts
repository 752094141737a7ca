import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('encodeBase64', () => {
  it.each([
    [bytes(), ''],
    [bytes(102), 'Zg=='],
    [bytes(102, 111), 'Zm8='],
    [bytes(102, 111, 111), 'Zm9v'],
    [bytes(102, 111, 111, 98, 97, 114), 'Zm9vYmFy'],
    [bytes(0xfb, 0xff, 0xbf), '+/+/'],
  ])('encodes the RFC 4648 vector %#', (input, expected) => {
    expect(encodeBase64(input)).toBe(expected);
  });
});

describe('decodeBase64', () => {
  it.each([
    ['', bytes()],
    ['Zg==', bytes(102)],
    ['Zm8=', bytes(102, 111)],
    ['Zm9vYmFy', bytes(102, 111, 111, 98, 97, 114)],
    ['+/+/', bytes(0xfb, 0xff, 0xbf)],
    ['Zm9v\r\nYmFy\n', bytes(102, 111, 111, 98, 97, 114)],
  ])('decodes %j', (input, expected) => {
    expect(decodeBase64(input)).toEqual(expected);
  });

  it.each([
    ['a length that is not a multiple of four', 'Zm9'],
    ['a character outside the alphabet', 'Zm9-'],
    ['a non-ASCII character', 'Zm9ữ'],
    ['padding in the middle', 'Zg==Zm9v'],
    ['three padding characters', 'Z==='],
    ['the URL-safe alphabet', '-_-_'],
  ])('refuses %s', (_case, input) => {
    expect(decodeBase64(input)).toBeNull();
  });

  it('round-trips every byte value at every length modulo three', () => {
    for (const length of [254, 255, 256]) {
      const input = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(decodeBase64(encodeBase64(input))).toEqual(input);
    }
  });
});
