import { describe, expect, it } from 'vitest';
import { edxmlError } from './edxml-errors.js';

describe('edxmlError', () => {
  it('gives every code the EDXML_ prefix, the kind invalid and both messages', () => {
    for (const code of edxmlError.codes) {
      const descriptor = edxmlError.catalog[code];
      expect(code).toMatch(/^EDXML_[A-Z_]+$/);
      expect(descriptor.kind).toBe('invalid');
      expect(descriptor.vi.length).toBeGreaterThan(0);
      expect(descriptor.en.length).toBeGreaterThan(0);
    }
  });

  it('fills placeholders in Vietnamese and English', () => {
    const error = edxmlError('EDXML_TOO_DEEP', { limit: 32 });

    expect(error.messageVi).toBe('Gói edXML lồng nhau quá 32 cấp phần tử');
    expect(error.messageEn).toBe('The edXML package nests elements more than 32 levels deep');
  });
});
