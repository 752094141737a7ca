import { describe, expect, it } from 'vitest';
import { ocrError } from './errors.js';

describe('ocrError', () => {
  it('gives every code a kind and both messages', () => {
    for (const code of ocrError.codes) {
      const error = ocrError(code, { id: 'x' });
      expect(error.kind).toBeTruthy();
      expect(error.messageVi).not.toBe('');
      expect(error.messageEn).not.toBe('');
    }
  });
});
