import type { MessageKey } from '../../i18n/vi.js';
import { parseRegisterYear } from './register-year.js';

/**
 * The two register books of a unit (Decree 30/2020 Phụ lục IV), named as intake's `direction` names them: the
 * incoming book (sổ đăng ký văn bản đến, by số đến) and the outgoing one (sổ đăng ký văn bản đi, by số đi).
 */
export const REGISTER_BOOKS = ['incoming', 'outgoing'] as const;
export type RegisterBook = (typeof REGISTER_BOOKS)[number];

/** The book shown when the address names none, as intake's default `direction`. */
export const DEFAULT_REGISTER_BOOK: RegisterBook = 'incoming';

/** The book named in the address (`?book=outgoing`); the incoming book for a missing or unknown one. */
export function parseRegisterBook(value: string | null | undefined): RegisterBook {
  const trimmed = value?.trim() ?? '';
  return (REGISTER_BOOKS as readonly string[]).includes(trimmed) ? (trimmed as RegisterBook) : DEFAULT_REGISTER_BOOK;
}

/** What the registers page shows: a year's register of one book. */
export type RegistersView = { readonly year: number; readonly book: RegisterBook };

/** The view an address asks for: its year (this year when absent or invalid) and its book. */
export function registersViewOf(params: URLSearchParams, thisYear: number): RegistersView {
  return {
    year: parseRegisterYear(params.get('year')) ?? thisYear,
    book: parseRegisterBook(params.get('book')),
  };
}

/**
 * The address's query for a view, without `?`: the year unless it is this year, the book unless it is the incoming
 * one, so that the plain `/registers` stays the default view and a shared address keeps both choices.
 */
export function registersQuery(view: RegistersView, thisYear: number): string {
  const params = new URLSearchParams();
  if (view.year !== thisYear) params.set('year', String(view.year));
  if (view.book !== DEFAULT_REGISTER_BOOK) params.set('book', view.book);
  return params.toString();
}

/** `/registers?year=2025&book=outgoing`, or `/registers` for this year's incoming book. */
export function registersPath(view: RegistersView, thisYear: number): string {
  const query = registersQuery(view, thisYear);
  return query ? `/registers?${query}` : '/registers';
}

/** The texts that differ between the books; what both share (years, months, exports) keeps its own keys. */
export type RegisterBookTexts = {
  readonly title: MessageKey;
  readonly intro: MessageKey;
  readonly entriesTitle: MessageKey;
  readonly countsTitle: MessageKey;
  /** A line under the counts' heading saying what is counted, or null. */
  readonly countsIntro: MessageKey | null;
  readonly countsEmpty: MessageKey;
  readonly unitsTitle: MessageKey;
};

export const REGISTER_BOOK_TEXTS: Readonly<Record<RegisterBook, RegisterBookTexts>> = {
  incoming: {
    title: 'registers.title',
    intro: 'registers.intro',
    entriesTitle: 'registers.entriesTitle',
    countsTitle: 'registers.countsTitle',
    countsIntro: null,
    countsEmpty: 'registers.countsEmpty',
    unitsTitle: 'registers.unitsTitle',
  },
  outgoing: {
    title: 'registers.outgoing.title',
    intro: 'registers.outgoing.intro',
    entriesTitle: 'registers.outgoing.entriesTitle',
    countsTitle: 'registers.outgoing.countsTitle',
    countsIntro: 'registers.outgoing.countsIntro',
    countsEmpty: 'registers.outgoing.countsEmpty',
    unitsTitle: 'registers.outgoing.unitsTitle',
  },
};
