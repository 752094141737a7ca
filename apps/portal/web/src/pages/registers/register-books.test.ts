import { describe, expect, it } from 'vitest';
import {
  REGISTER_BOOKS,
  REGISTER_BOOK_TEXTS,
  parseRegisterBook,
  registersPath,
  registersQuery,
  registersViewOf,
} from './register-books.js';

describe('parseRegisterBook', () => {
  it('reads the book named in the address', () => {
    expect(parseRegisterBook('outgoing')).toBe('outgoing');
    expect(parseRegisterBook(' outgoing ')).toBe('outgoing');
    expect(parseRegisterBook('incoming')).toBe('incoming');
  });

  it('falls back to the incoming book, as intake’s `direction` does', () => {
    for (const value of ['', 'Outgoing', 'di', 'den', null, undefined])
      expect(parseRegisterBook(value)).toBe('incoming');
  });
});

describe('the registers page’s address', () => {
  it('reads the book and the year of a shared address, defaults for what it lacks or gets wrong', () => {
    expect(registersViewOf(new URLSearchParams('year=2025&book=outgoing'), 2026)).toEqual({
      year: 2025,
      book: 'outgoing',
    });
    expect(registersViewOf(new URLSearchParams('book=outgoing'), 2026)).toEqual({ year: 2026, book: 'outgoing' });
    expect(registersViewOf(new URLSearchParams('year=1999&book=sent'), 2026)).toEqual({
      year: 2026,
      book: 'incoming',
    });
    expect(registersViewOf(new URLSearchParams(''), 2026)).toEqual({ year: 2026, book: 'incoming' });
  });

  it('writes only what differs from this year’s incoming book', () => {
    expect(registersQuery({ year: 2026, book: 'incoming' }, 2026)).toBe('');
    expect(registersQuery({ year: 2026, book: 'outgoing' }, 2026)).toBe('book=outgoing');
    expect(registersQuery({ year: 2025, book: 'incoming' }, 2026)).toBe('year=2025');
    expect(registersQuery({ year: 2025, book: 'outgoing' }, 2026)).toBe('year=2025&book=outgoing');
    expect(registersPath({ year: 2026, book: 'incoming' }, 2026)).toBe('/registers');
    expect(registersPath({ year: 2025, book: 'outgoing' }, 2026)).toBe('/registers?year=2025&book=outgoing');
  });

  it('reads back every view it writes', () => {
    for (const book of REGISTER_BOOKS) {
      for (const year of [2000, 2025, 2026]) {
        const view = { year, book };
        expect(registersViewOf(new URLSearchParams(registersQuery(view, 2026)), 2026)).toEqual(view);
      }
    }
  });
});

describe('REGISTER_BOOK_TEXTS', () => {
  it('gives each book its own titles and counts texts', () => {
    const incoming = Object.values(REGISTER_BOOK_TEXTS.incoming).filter((key) => key !== null);
    const outgoing = Object.values(REGISTER_BOOK_TEXTS.outgoing).filter((key) => key !== null);
    expect(outgoing.filter((key) => incoming.includes(key))).toEqual([]);
  });
});
