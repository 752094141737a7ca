import { date, integer, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * The last number a register gave out in a scope (a calendar year, or a Party term). Updated in the same transaction
 * as the document it numbers, under a row lock, so numbers are gapless and unique (architecture §7).
 */
export const registerCounters = intakeSchema.table(
  'register_counters',
  {
    registerId: uuid('register_id').notNull(),
    scope: text('scope').notNull(),
    lastNumber: integer('last_number').notNull(),
    lastIssuedOn: date('last_issued_on', { mode: 'string' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.registerId, table.scope] })],
);
