import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './save-blob.js';

describe('base64ToBytes', () => {
  it('decodes a workbook’s base64 into its bytes (an .xlsx starts with the ZIP signature PK\\3\\4)', () => {
    expect([...base64ToBytes('UEsDBBQ=')]).toEqual([0x50, 0x4b, 0x03, 0x04, 0x14]);
  });

  it('keeps every byte value, including those above 127', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    const base64 = btoa(String.fromCharCode(...bytes));
    expect([...base64ToBytes(base64)]).toEqual([...bytes]);
  });

  it('ignores line breaks that some encoders insert', () => {
    expect([...base64ToBytes('UEsD\nBBQ=')]).toEqual([0x50, 0x4b, 0x03, 0x04, 0x14]);
  });
});
