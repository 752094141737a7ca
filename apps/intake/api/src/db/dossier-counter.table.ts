import { orgId } from '@lienthong/db';
import { date, integer, primaryKey } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * The last sequence number a unit's one-stop desk gave a dossier on a day (Vietnam calendar day), the `NNNN` of the
 * dossier code. Updated in the receipt's transaction under a row lock, so sequences are gapless and unique per unit
 * and day; a receipt that rolls back gives its number back.
 */
export const dossierCounters = intakeSchema.table(
  'dossier_counters',
  {
    orgId: orgId(),
    day: date('day', { mode: 'string' }).notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.day] })],
);
