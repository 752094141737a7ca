import { describe, expect, it } from 'vitest';
import { calendarError } from './errors.js';

/** Placeholder names, a language suffix dropped: `{monthVi}` and `{monthEn}` are the same detail in two languages. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]?.replace(/(Vi|En)$/, ''));

describe('calendarError', () => {
  it('gives every code a kind and both messages', () => {
    for (const code of calendarError.codes) {
      const error = calendarError(code, { id: 'x' });
      expect(error.kind).toBeTruthy();
      expect(error.messageVi).not.toBe('');
      expect(error.messageEn).not.toBe('');
    }
  });

  it('shows in Vietnamese every detail the English message shows', () => {
    // English may leave out a detail written only in Vietnamese (SCHEDULE_INVALID's zod issue text).
    for (const code of calendarError.codes) {
      const { vi, en } = calendarError.catalog[code];
      expect(placeholders(vi), code).toEqual(expect.arrayContaining(placeholders(en)));
    }
  });
});
