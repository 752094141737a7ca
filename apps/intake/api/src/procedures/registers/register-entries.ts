import type { Database } from '@lienthong/db';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { incomingDocuments, registers } from '../../db/schema.js';
import { ORDINARY_SERIES } from '../../registers/take-incoming-number.js';
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
