import { describe, expect, it } from 'vitest';
import { storageError } from './errors.js';

describe('storageError', () => {
  it('gives every code a kind and both messages with their placeholders filled', () => {
    const details = { maxBytes: 1, contentType: 'x', allowed: 'y', label: 'PDF', sha256: 'a', actual: 'b', value: 'c' };
    Object.assign(details, { target: 'http://s3/files', operation: 'GET', reason: 'HTTP 503' });
    for (const code of storageError.codes) {
      const error = storageError(code, details);
      expect(error.kind).toBeTruthy();
      expect(error.messageVi).not.toMatch(/\{\w+\}/);
      expect(error.messageEn).not.toMatch(/\{\w+\}/);
    }
    expect(storageError.codes).toEqual([
      'STORAGE_TOO_LARGE',
      'STORAGE_TYPE_NOT_ALLOWED',
      'STORAGE_TYPE_MISMATCH',
      'STORAGE_NOT_FOUND',
      'STORAGE_CORRUPTED',
      'STORAGE_HASH_INVALID',
      'STORAGE_UNAVAILABLE',
    ]);
  });

  it('says in Vietnamese that a file is not a PDF', () => {
    const error = storageError('STORAGE_TYPE_MISMATCH', { contentType: 'application/pdf', label: 'PDF' });
    expect(error.messageVi).toContain('tệp không phải PDF');
    expect(error.messageEn).toContain('not a PDF');
  });
});
