import { createdAt, orgId, uuidPk } from '@lienthong/db';
import { text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Registers (sổ đăng ký văn bản) of each unit: one per direction and series. A unit's ordinary incoming register
 * is created the first time its clerk registers a document.
 */
export const registers = intakeSchema.table(
  'registers',
  {
    id: uuidPk(),
    orgId: orgId(),
    direction: text('direction', { enum: ['incoming', 'outgoing'] }).notNull(),
    series: text('series').notNull(),
    side: text('side', { enum: ['state', 'party'] }).notNull(),
    name: text('name').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('registers_org_direction_series_key').on(table.orgId, table.direction, table.series)],
);

export type RegisterRow = typeof registers.$inferSelect;
