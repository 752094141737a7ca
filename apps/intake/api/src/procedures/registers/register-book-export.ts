import type { Database } from '@lienthong/db';
import { mapResult, type DomainError, type Result } from '@lienthong/kernel';
import { selectOutgoingRegisterForExport } from './outgoing-register-entries.js';
import { toOutgoingRegisterEntryDto } from './outgoing-register-entry.dto.js';
import {
  INCOMING_REGISTER_BOOK,
  OUTGOING_REGISTER_BOOK,
  registerFileName,
  type RegisterBook,
} from './register-book.js';
import { writeRegisterCsv } from './register-csv.js';
import { selectRegisterForExport } from './register-entries.js';
import { toRegisterEntryDto, type RegisterDirection } from './register-entry.dto.js';
import { writeRegisterXlsx } from './register-xlsx.js';

/**
 * One book's lines, read for an export file, with the file writers bound to that book: the procedures write either
 * book the same way without knowing the type of its lines.
 */
export type RegisterBookExport = {
  /** How many lines (entries) the book holds. */
  readonly rows: number;
  fileName(orgId: string, year: number, extension: 'csv' | 'xlsx'): string;
  csv(): string;
  xlsx(workbook: { unitName: string; year: number; createdAt: Date }): Promise<Buffer>;
};

function bookExport<Entry>(book: RegisterBook<Entry>, entries: readonly Entry[]): RegisterBookExport {
  return {
    rows: entries.length,
    fileName: (orgId, year, extension) => registerFileName(book, orgId, year, extension),
    csv: () => writeRegisterCsv(book, entries),
    xlsx: (workbook) => writeRegisterXlsx(book, { ...workbook, entries }),
  };
}

/**
 * The whole of `orgId`'s book of `year` in `direction` (the ordinary incoming register by số đến, or the ordinary
 * outgoing one by số đi), or REGISTER_EXPORT_TOO_LARGE when it is too large for one file.
 */
export async function selectBookForExport(
  db: Database,
  direction: RegisterDirection,
  query: { orgId: string; year: number },
): Promise<Result<RegisterBookExport, DomainError>> {
  if (direction === 'outgoing') {
    return mapResult(await selectOutgoingRegisterForExport(db, query), (rows) =>
      bookExport(OUTGOING_REGISTER_BOOK, rows.map(toOutgoingRegisterEntryDto)),
    );
  }
  return mapResult(await selectRegisterForExport(db, query), (rows) =>
    bookExport(INCOMING_REGISTER_BOOK, rows.map(toRegisterEntryDto)),
  );
}
