import { describe, expect, it } from 'vitest';
import { calendarError } from './errors.js';

describe('calendarError', () => {
  it('gives every code a kind and both messages', () => {
    for (const code of calendarError.codes) {
      const error = calendarError(code, { id: 'x' });
      expect(error.kind).toBeTruthy();
      expect(error.messageVi).not.toBe('');
      expect(error.messageEn).not.toBe('');
    }
  });
});
