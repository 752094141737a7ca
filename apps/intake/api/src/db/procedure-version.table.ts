import { createdAt, orgId, uuidPk } from '@lienthong/db';
import type { ProcedureDefinition } from '@lienthong/workflows';
import { date, jsonb, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Where a version stands in the catalogue: imported but not yet in force (`draft`), made effective (`effective`, in
 * force from `effectiveFrom`, possibly later than today), or ended by a successor (`superseded`, in force until
 * `effectiveTo`).
 */
export const PROCEDURE_VERSION_STATES = ['draft', 'effective', 'superseded'] as const;
export type ProcedureVersionState = (typeof PROCEDURE_VERSION_STATES)[number];

/**
 * The procedures catalogue (quy trình ISO 9001, controlled documents of clause 7.5) of each unit: one row per version.
 * `definition` is the version as `procedureToJson` writes it (libs/workflows), kept in step with the columns beside it,
 * which exist to be searched and listed. Rows are never deleted: a dossier refers to the version it was received under.
 */
export const procedureVersions = intakeSchema.table(
  'procedure_versions',
  {
    id: uuidPk(),
    /** The unit whose catalogue this is (its one-stop desk receives dossiers under it). */
    orgId: orgId(),
    code: text('code').notNull(),
    version: text('version').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: PROCEDURE_VERSION_STATES }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** The last day in force (inclusive), set when a successor is made effective. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    supersededBy: text('superseded_by'),
    definition: jsonb('definition').$type<ProcedureDefinition>().notNull(),
    importedBy: text('imported_by').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
    madeEffectiveBy: text('made_effective_by'),
    madeEffectiveAt: timestamp('made_effective_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('procedure_versions_org_code_version_key').on(table.orgId, table.code, table.version)],
);

export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
