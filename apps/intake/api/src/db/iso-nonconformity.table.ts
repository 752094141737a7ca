import { createdAt, orgId, updatedAt, uuidPk } from '@lienthong/db';
import type { Nonconformity } from '@lienthong/workflows';
import { date, index, integer, jsonb, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Nonconformities (điểm không phù hợp) and their corrective actions (ISO 9001:2015 clause 10.2) of each unit, each
 * linked to a procedure of the unit's catalogue and possibly to the internal audit that found it. `nonconformity` is
 * the record as libs/workflows returns it after every operation; `rowVersion` guards against two people changing one
 * record at once.
 */
export const isoNonconformities = intakeSchema.table(
  'iso_nonconformities',
  {
    id: uuidPk(),
    orgId: orgId(),
    nonconformityId: text('nonconformity_id').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    procedureCode: text('procedure_code').notNull(),
    /** The `auditId` of the internal audit (same unit) that found it. */
    auditId: text('audit_id'),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    nonconformity: jsonb('nonconformity').$type<Nonconformity>().notNull(),
    openedBy: text('opened_by').notNull(),
    updatedBy: text('updated_by').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('iso_nonconformities_org_nc_key').on(table.orgId, table.nonconformityId),
    index('iso_nonconformities_org_status_idx').on(table.orgId, table.status, table.detectedOn),
    index('iso_nonconformities_org_procedure_idx').on(table.orgId, table.procedureCode),
  ],
);

export type IsoNonconformityRow = typeof isoNonconformities.$inferSelect;
