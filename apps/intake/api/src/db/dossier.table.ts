import { createdAt, orgId, uuidPk } from '@lienthong/db';
import { WORKING_UNITS } from '@lienthong/workflows';
import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Dossiers (hồ sơ thủ tục hành chính) received at a unit's one-stop desk: what the receipt (giấy tiếp nhận hồ sơ và
 * hẹn trả kết quả) says. Processing happens in `routing`, which gets all of it in `dossier.received`; this table is
 * the desk's own book and is never updated. Ids are UUID v7, so ordering by id is ordering by receipt.
 */
export const dossiers = intakeSchema.table(
  'dossiers',
  {
    id: uuidPk(),
    orgId: orgId(),
    /** `<OrganId>-<yyMMdd>-<NNNN>` (libs/workflows `dossierCode`). */
    code: text('code').notNull(),
    /** The Vietnam calendar day of receipt and the day's sequence of the unit (the code's last two parts). */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    sequence: integer('sequence').notNull(),
    /** The catalogue version the dossier was received under (`procedure_versions.id`), and its code, version, name. */
    procedureVersionId: uuid('procedure_version_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    procedureVersion: text('procedure_version').notNull(),
    procedureName: text('procedure_name').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number'),
    applicantPhone: text('applicant_phone'),
    applicantAddress: text('applicant_address'),
    note: text('note'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    receivedBy: text('received_by').notNull(),
    // The appointment (ngày hẹn trả) from `appointmentDate`: the day and the instant it ends, and how it was counted.
    appointmentBasis: text('appointment_basis', { enum: WORKING_UNITS }).notNull(),
    appointmentDate: date('appointment_date', { mode: 'string' }).notNull(),
    appointmentAt: timestamp('appointment_at', { withTimezone: true, mode: 'date' }).notNull(),
    countedFrom: date('counted_from', { mode: 'string' }).notNull(),
    clockStartAt: timestamp('clock_start_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Received after the cut-off or on a day off: counted from the next working day. */
    deferred: boolean('deferred').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('dossiers_code_key').on(table.code),
    uniqueIndex('dossiers_org_day_sequence_key').on(table.orgId, table.receivedOn, table.sequence),
    index('dossiers_org_id_idx').on(table.orgId, table.id.desc()),
    index('dossiers_search_idx').using('gin', sql`public.lt_unaccent(${dossierSearchText(table)}) public.gin_trgm_ops`),
  ],
);

/**
 * What a search of the desk's book reads: the code, the applicant's name and identity number. Queries must use this
 * very expression so that the trigram index serves them.
 */
export function dossierSearchText(table: {
  code: AnyPgColumn;
  applicantName: AnyPgColumn;
  applicantIdNumber: AnyPgColumn;
}): SQL {
  return sql`${table.code} || ' ' || ${table.applicantName} || ' ' || coalesce(${table.applicantIdNumber}, '')`;
}

export type DossierRow = typeof dossiers.$inferSelect;
