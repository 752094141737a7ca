import { createdAt, orgId, updatedAt, uuidPk } from '@lienthong/db';
import type { InternalAudit } from '@lienthong/workflows';
import { date, index, integer, jsonb, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Internal audits (đánh giá nội bộ, ISO 9001:2015 clause 9.2) of each unit. `audit` is the record as
 * `validateInternalAudit` (libs/workflows) returns it; the columns beside it exist to be listed and searched.
 * `auditId` is the record's own id (`DGNB-2026-01`), unique in the unit.
 */
export const isoAudits = intakeSchema.table(
  'iso_audits',
  {
    id: uuidPk(),
    orgId: orgId(),
    auditId: text('audit_id').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    procedureCodes: text('procedure_codes').array().notNull(),
    audit: jsonb('audit').$type<InternalAudit>().notNull(),
    recordedBy: text('recorded_by').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('iso_audits_org_audit_key').on(table.orgId, table.auditId),
    index('iso_audits_org_started_idx').on(table.orgId, table.startedOn),
    index('iso_audits_procedure_codes_idx').using('gin', table.procedureCodes),
  ],
);

export type IsoAuditRow = typeof isoAudits.$inferSelect;
