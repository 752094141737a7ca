import type { RegisterBook } from './register-books.js';

/** Query keys of the registers page, under intake's `['intake', 'registers']` tree; the counts are per book. */
export const registersKeys = {
  entries: (year: number) => ['intake', 'registers', 'entries', year] as const,
  outgoingEntries: (year: number) => ['intake', 'registers', 'outgoingEntries', year] as const,
  monthlyCounts: (year: number, book: RegisterBook = 'incoming') =>
    ['intake', 'registers', 'monthlyCounts', book, year] as const,
  monthlyCountsByUnit: (year: number, book: RegisterBook = 'incoming') =>
    ['intake', 'registers', 'monthlyCountsByUnit', book, year] as const,
};
