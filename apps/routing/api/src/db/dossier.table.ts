import { createdAt, orgId, updatedAt, uuidPk, vnTrigramIndex } from '@lienthong/db';
import { COMPLETION_CLASSES, DOSSIER_STATES } from '@lienthong/workflows';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { routingSchema } from './routing-schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A dossier (hồ sơ thủ tục hành chính) routing moves through its procedure's steps, built from `dossier.received`.
 * `dossier` is the `Dossier` value of `@lienthong/workflows` (its history, clock, steps and apology letters) and
 * `procedure` the version it follows, as received; every other column is derived from those two by
 * `dossierColumns` on each write, so lists, work queues and reports read indexed columns and never the JSON.
 * One row per dossier id: a redelivered event never creates a second one.
 */
export const dossiers = routingSchema.table(
  'dossiers',
  {
    /** The dossier id of the event (intake's). */
    id: uuidPk(),
    code: text('code').notNull(),
    /** The receiving unit; every query is scoped to it. It is also the dossier's `unitId` for the lib's reports. */
    orgId: orgId(),
    procedureCode: text('procedure_code').notNull(),
    procedureVersion: text('procedure_version').notNull(),
    procedureName: text('procedure_name').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicant: jsonb('applicant').$type<{ name: string; idNumber?: string; phone?: string }>().notNull(),
    /** Code, applicant name and id number, searched accent-insensitively. */
    searchText: text('search_text').notNull(),
    status: text('status', { enum: DOSSIER_STATES }).notNull(),
    /** The next step to complete while the dossier is open (`nextStep`); null once every step is done or it ended. */
    currentStepId: text('current_step_id'),
    currentStepName: text('current_step_name'),
    currentStepRole: text('current_step_role'),
    currentStepUnit: text('current_step_unit'),
    /** That step's deadline moved by the clock's pauses (an open pause counted up to the time of the write). */
    currentStepDueAt: instant('current_step_due_at'),
    receivedAt: instant('received_at').notNull(),
    /** The day of receipt in Vietnam (`appointment.receivedOn`): the report's period and month. */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** The appointment printed on the receipt, as the event carried it. */
    appointmentDate: date('appointment_date', { mode: 'string' }).notNull(),
    appointmentAt: instant('appointment_at').notNull(),
    /** The appointment moved by the clock's pauses (`dueWithPauses`), which lateness is measured against. */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueAt: instant('due_at').notNull(),
    /**
     * The first instant at which a result would be late (`classifyCompletion` gives 'qua-han' from it on): the
     * next day's 00:00 in Vietnam for a limit in days, the due instant + 1 ms for one in hours. Null when the dossier
     * ended, or while a request for papers keeps the deadline moving (the clock is stopped).
     */
    overdueAt: instant('overdue_at'),
    /** The day the citizen now holds: the last apology letter's, else `dueDate` (`currentAppointment`). */
    currentAppointmentDate: date('current_appointment_date', { mode: 'string' }).notNull(),
    completedAt: instant('completed_at'),
    /** `classifyDossier` when returned or refused, decided at that moment; null while open and when withdrawn. */
    classification: text('classification', { enum: COMPLETION_CLASSES }),
    hasApology: boolean('has_apology').notNull(),
    dossier: jsonb('dossier').$type<Record<string, unknown>>().notNull(),
    procedure: jsonb('procedure').$type<Record<string, unknown>>().notNull(),
    /** Bumped on every write; a write that finds another version changed nothing. */
    rowVersion: integer('row_version').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('dossiers_org_code_key').on(table.orgId, table.code),
    index('dossiers_org_id_idx').on(table.orgId, table.id.desc()),
    index('dossiers_org_status_idx').on(table.orgId, table.status, table.id.desc()),
    index('dossiers_org_procedure_idx').on(table.orgId, table.procedureCode, table.procedureVersion),
    // Another unit's dossiers waiting for a step of the caller's unit (`mySteps`, `completeStep`).
    index('dossiers_step_unit_idx').on(table.currentStepUnit).where(sql`${table.currentStepUnit} is not null`),
    index('dossiers_open_overdue_idx').on(table.orgId, table.overdueAt).where(sql`${table.completedAt} is null`),
    // Every column the on-time report reads, so that it is answered from the index alone (index-only scan).
    index('dossiers_report_idx').on(
      table.orgId,
      table.receivedOn,
      table.procedureCode,
      table.status,
      table.classification,
      table.overdueAt,
      table.receivedAt,
    ),
    vnTrigramIndex('dossiers_search_idx', table.searchText),
  ],
);

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossierRow = typeof dossiers.$inferInsert;
