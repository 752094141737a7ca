import { orgId } from '@lienthong/db';
import { jsonb, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { routingSchema } from './routing-schema.js';

/**
 * The procedure versions a unit's dossiers follow, one row per (unit, code, version), written by the consumer of
 * `dossier.received` the first time a version arrives (versions are controlled documents: one version never
 * changes). Reports read names and records to keep here instead of in 100 000 dossier rows; each dossier keeps its
 * own snapshot too (`dossiers.procedure`), which is what its steps follow.
 */
export const procedureSnapshots = routingSchema.table(
  'procedure_snapshots',
  {
    orgId: orgId(),
    code: text('code').notNull(),
    version: text('version').notNull(),
    name: text('name').notNull(),
    procedure: jsonb('procedure').$type<Record<string, unknown>>().notNull(),
    firstReceivedAt: timestamp('first_received_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [primaryKey({ name: 'procedure_snapshots_pk', columns: [table.orgId, table.code, table.version] })],
);

export type ProcedureSnapshotRow = typeof procedureSnapshots.$inferSelect;
