import { IsoDate } from '@lienthong/calendar';
import {
  DOSSIER_STATES,
  DOSSIER_TRANSITIONS,
  WORKING_UNITS,
  validateProcedure,
  type Appointment,
  type Dossier,
  type DossierHistoryEntry,
  type ProcedureDefinition,
} from '@lienthong/workflows';
import { z } from 'zod';

/**
 * The `Dossier` of `@lienthong/workflows` as it is kept in the `dossiers.dossier` jsonb column: the same object, its
 * dates written as ISO instants by JSON. Read back through this schema, so a row always yields a typed `Dossier` with
 * real `Date`s.
 */
const Instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

const HISTORY_COMMANDS: ReadonlySet<string> = new Set([
  ...DOSSIER_TRANSITIONS.map((rule) => rule.command),
  'receive',
  'issue-apology',
]);

const DueDateJson = z.object({ basis: z.enum(WORKING_UNITS), date: IsoDate, instant: Instant });

/** The appointment as `dossier.received` carries it (ISO text) and as the jsonb keeps it. */
export const AppointmentJson = DueDateJson.extend({
  receivedOn: IsoDate,
  countedFrom: IsoDate,
  startAt: Instant,
  deferred: z.boolean(),
});

const StoredDossier = z.object({
  code: z.string(),
  procedureCode: z.string(),
  procedureVersion: z.string(),
  unitId: z.string(),
  receivedAt: Instant,
  appointment: AppointmentJson,
  status: z.enum(DOSSIER_STATES),
  completedSteps: z.array(z.object({ stepId: z.string(), by: z.string(), at: Instant })),
  clock: z.object({
    startedAt: Instant,
    pauses: z.array(z.object({ pausedAt: Instant, resumedAt: Instant.nullable(), reason: z.string().optional() })),
  }),
  apologies: z.array(
    z.object({ issuedAt: Instant, by: z.string(), reason: z.string(), previousAppointment: IsoDate, newAppointment: IsoDate }),
  ),
  completedAt: Instant.nullable(),
  history: z.array(
    z.object({
      from: z.enum(DOSSIER_STATES).nullable(),
      to: z.enum(DOSSIER_STATES),
      command: z.custom<DossierHistoryEntry['command']>((value) => typeof value === 'string' && HISTORY_COMMANDS.has(value)),
      by: z.string(),
      at: Instant,
      note: z.string().optional(),
      stepId: z.string().optional(),
    }),
  ),
});

/** The jsonb value of a dossier (plain JSON: dates as ISO text). */
export function dossierToJson(dossier: Dossier): Record<string, unknown> {
  return JSON.parse(JSON.stringify(dossier)) as Record<string, unknown>;
}

/** A stored dossier back as the lib's value. Throws on a row this service did not write (a bug, not a user error). */
export function dossierFromJson(json: unknown): Dossier {
  const dossier: Dossier = StoredDossier.parse(json);
  return dossier;
}

/** The appointment of a `dossier.received` payload (ISO text) as the lib's value. */
export function appointmentFromJson(json: z.input<typeof AppointmentJson>): Appointment {
  return AppointmentJson.parse(json);
}

/** A stored procedure snapshot back as the lib's value; it was validated when the dossier arrived. */
export function procedureFromJson(json: unknown): ProcedureDefinition {
  const procedure = validateProcedure(json);
  if (!procedure.ok) throw procedure.error;
  return procedure.value;
}
