import { createdAt, orgId } from '@lienthong/db';
import { date, primaryKey, text } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * The terms (nhiệm kỳ) of a Party committee: its registers number per term, not per year (HD 36-HD/VPTW §1.3.1).
 * Dates are Vietnam calendar dates, both inclusive; the current term has no end.
 */
export const partyTerms = intakeSchema.table(
  'party_terms',
  {
    orgId: orgId(),
    key: text('key').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.key] })],
);

export type PartyTermRow = typeof partyTerms.$inferSelect;
