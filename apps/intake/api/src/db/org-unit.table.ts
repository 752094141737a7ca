import { date, index, text } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * This service's copy of the organisation directory (units with validity intervals, `libs/organization`), seeded by
 * the host. Registrations are accepted only for a unit that exists and is valid on the day of registration.
 */
export const orgUnits = intakeSchema.table(
  'org_units',
  {
    id: text('id').primaryKey(),
    code: text('code'),
    name: text('name').notNull(),
    side: text('side').notNull(),
    level: text('level').notNull(),
    kind: text('kind').notNull(),
    parentId: text('parent_id'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (table) => [index('org_units_parent_id_idx').on(table.parentId)],
);

export type OrgUnitRow = typeof orgUnits.$inferSelect;
