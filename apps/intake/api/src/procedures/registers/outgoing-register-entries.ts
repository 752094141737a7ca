import type { Database } from '@lienthong/db';
import type { DomainError, Result } from '@lienthong/kernel';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { outgoingDocuments, registers } from '../../db/schema.js';
import { ORDINARY_SERIES } from '../../registers/take-incoming-number.js';
import type { NumberedOutgoingRow } from './outgoing-register-entry.dto.js';
import { OUTGOING_REGISTER_BOOK } from './register-book.js';
import { capForExport, MAX_EXPORT_ENTRIES } from './register-entries.js';

const d = outgoingDocuments;

/**
 * The documents of `orgId`'s ordinary outgoing register in the scope of `year`, in số đi order, after `afterNumber`
 * when given, at most `limit` of them when given: every document that took a number there, whatever happened to it
 * afterwards (a recalled or replaced document keeps its line, with a note).
 *
 * Only the ordinary series: secret documents (`secret`), copies (`copy`) and each kind of legal normative document
 * (`legal-<kind>`) are numbered in series of their own (Decree 30/2020 Điều 15), so each is a separate book with its
 * own 1, 2, 3…; mixing them here would repeat numbers and put secret documents in the book everyone with the
 * register roles reads. A Party unit's books are per committee term, not per year, and are not read here.
 */
export async function selectOutgoingRegisterRows(
  db: Database,
  query: { orgId: string; year: number; afterNumber?: number | undefined; limit?: number | undefined },
): Promise<NumberedOutgoingRow[]> {
  const select = db
    .select({ document: d })
    .from(d)
    .innerJoin(registers, eq(registers.id, d.registerId))
    .where(
      and(
        eq(d.orgId, query.orgId),
        eq(registers.orgId, query.orgId),
        eq(registers.direction, 'outgoing'),
        eq(registers.series, ORDINARY_SERIES),
        eq(d.registerScope, String(query.year)),
        isNotNull(d.outgoingNumber),
        query.afterNumber === undefined ? undefined : gt(d.outgoingNumber, query.afterNumber),
      ),
    )
    .orderBy(asc(d.outgoingNumber));
  const rows = await (query.limit === undefined ? select : select.limit(query.limit));
  return rows.map(({ document }) => {
    const { outgoingNumber, numberSymbol, issuedDate } = document;
    // Issue writes the three in one UPDATE, so a numbered row has all of them.
    if (outgoingNumber === null || numberSymbol === null || issuedDate === null) {
      throw new Error(`the numbered outgoing document ${document.id} lacks its number, symbol or date`);
    }
    return { ...document, outgoingNumber, numberSymbol, issuedDate };
  });
}

/**
 * The whole of `orgId`'s ordinary outgoing register of `year` for an export file, in số đi order, or
 * REGISTER_EXPORT_TOO_LARGE when it holds more than `maxEntries` documents (reads at most one more to know).
 */
export async function selectOutgoingRegisterForExport(
  db: Database,
  query: { orgId: string; year: number },
  maxEntries = MAX_EXPORT_ENTRIES,
): Promise<Result<NumberedOutgoingRow[], DomainError>> {
  const rows = await selectOutgoingRegisterRows(db, { ...query, limit: maxEntries + 1 });
  return capForExport(OUTGOING_REGISTER_BOOK, rows, query.year, maxEntries);
}
