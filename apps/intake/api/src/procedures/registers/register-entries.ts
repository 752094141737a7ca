import type { Database } from '@lienthong/db';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { incomingDocuments, registers } from '../../db/schema.js';
import { ORDINARY_SERIES } from '../../registers/take-incoming-number.js';
import { INCOMING_REGISTER_BOOK, type RegisterBook } from './register-book.js';
import { registerExportError } from './register-export-errors.js';
import type { NumberedIncomingRow } from './register-entry.dto.js';

const d = incomingDocuments;

/**
 * The documents of `orgId`'s ordinary incoming register in the scope of `year`, in số đến order, after `afterNumber`
 * when given, at most `limit` of them when given.
 */
export async function selectRegisterRows(
  db: Database,
  query: { orgId: string; year: number; afterNumber?: number | undefined; limit?: number | undefined },
): Promise<NumberedIncomingRow[]> {
  const select = db
    .select({ document: d })
    .from(d)
    .innerJoin(registers, eq(registers.id, d.registerId))
    .where(
      and(
        eq(d.orgId, query.orgId),
        eq(registers.orgId, query.orgId),
        eq(registers.direction, 'incoming'),
        eq(registers.series, ORDINARY_SERIES),
        eq(d.registerScope, String(query.year)),
        isNotNull(d.incomingNumber),
        query.afterNumber === undefined ? undefined : gt(d.incomingNumber, query.afterNumber),
      ),
    )
    .orderBy(asc(d.incomingNumber));
  const rows = await (query.limit === undefined ? select : select.limit(query.limit));
  return rows.map(({ document }) => {
    if (document.incomingNumber === null) throw new Error('a register row without a số đến passed the filter');
    return { ...document, incomingNumber: document.incomingNumber };
  });
}

/**
 * The most entries one export file holds. A commune receives or issues a few thousand documents a year and a
 * province's office a few tens of thousands; 100,000 lines make an XLSX of about 6 MB (8 MB in base64, since tRPC
 * answers in JSON) or a CSV of about 20 MB, built in a few seconds with some 150 MB of memory. Above that, the
 * register is read by pages (`registers.entries`, `registers.outgoingEntries`).
 */
export const MAX_EXPORT_ENTRIES = 100_000;

/**
 * The whole of `orgId`'s ordinary incoming register of `year` for an export file, in số đến order, or
 * REGISTER_EXPORT_TOO_LARGE when it holds more than `maxEntries` documents (reads at most one more to know).
 */
export async function selectRegisterForExport(
  db: Database,
  query: { orgId: string; year: number },
  maxEntries = MAX_EXPORT_ENTRIES,
): Promise<Result<NumberedIncomingRow[], DomainError>> {
  const rows = await selectRegisterRows(db, { ...query, limit: maxEntries + 1 });
  return capForExport(INCOMING_REGISTER_BOOK, rows, query.year, maxEntries);
}

/**
 * `rows` (read with a limit of `maxEntries + 1`) when they fit in one export file of `book`, else
 * REGISTER_EXPORT_TOO_LARGE.
 */
export function capForExport<Row, Entry>(
  book: RegisterBook<Entry>,
  rows: Row[],
  year: number,
  maxEntries: number,
): Result<Row[], DomainError> {
  if (rows.length > maxEntries) {
    return err(
      registerExportError('REGISTER_EXPORT_TOO_LARGE', {
        direction: book.direction,
        book: book.shortName,
        year,
        maxEntries,
      }),
    );
  }
  return ok(rows);
}
