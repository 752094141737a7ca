import { describe, expect, it } from 'vitest';
import { documentsError } from './errors.js';

describe('documentsError', () => {
  it('gives every code a kind and both messages', () => {
    for (const code of documentsError.codes) {
      const error = documentsError(code, {});
      expect(error.kind).toBeTruthy();
      expect(error.messageVi).not.toBe('');
      expect(error.messageEn).not.toBe('');
    }
  });
});
