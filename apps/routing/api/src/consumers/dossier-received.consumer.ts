import { eventHandler } from '@lienthong/events';
import { dossierTransition, receiveDossier, startClock, validateProcedure, type Dossier } from '@lienthong/workflows';
import { dossierReceived } from '@lienthong/workflows/events';
import type { RoutingDeps } from '../context.js';
import { dossiers, procedureSnapshots } from '../db/schema.js';
import { loadBusinessCalendar } from '../dossiers/business-calendar.js';
import { dossierColumns } from '../dossiers/dossier-columns.js';
import { appointmentFromJson, dossierToJson } from '../dossiers/stored-dossier.js';

/** The text the dossier search looks in: code, applicant name and id number. */
export function dossierSearchText(code: string, applicant: { name: string; idNumber?: string | undefined }): string {
  return [code, applicant.name, applicant.idNumber ?? ''].join(' ').trim();
}

/**
 * `dossier.received` → the dossier enters routing, started (`start`: the desk hands it to the unit that settles it)
 * and waiting for its first step. The procedure snapshot is validated again (`validateProcedure`; an invalid one is
 * refused, retried and dead-lettered with its message); the dossier is built by `receiveDossier`, but with the
 * appointment of the event: the receipt the citizen holds is authoritative, whatever this service's calendar says.
 * The procedure version is also noted once per unit (`procedure_snapshots`) for the reports.
 * Runs in the consumer's transaction with the inbox row; the dossier id is a second guard against a redelivery.
 */
export function dossierReceivedHandler(deps: Pick<RoutingDeps, 'clock'>) {
  return eventHandler(dossierReceived, async (tx, payload) => {
    const procedure = validateProcedure(payload.procedure);
    if (!procedure.ok) throw procedure.error;
    const calendar = await loadBusinessCalendar(tx);
    const receivedAt = new Date(payload.receivedAt);
    const appointment = appointmentFromJson(payload.appointment);
    const received = receiveDossier(
      { code: payload.code, procedure: procedure.value, unitId: payload.orgId, receivedAt, by: payload.receivedBy },
      calendar,
    );
    const kept: Dossier = { ...received, appointment, clock: startClock(appointment.startAt) };
    const started = dossierTransition(
      kept,
      { type: 'start' },
      { actor: { id: payload.receivedBy, roles: [], unitId: payload.orgId }, at: receivedAt },
      procedure.value,
    );
    if (!started.ok) throw started.error;
    const dossier = started.value.dossier;
    const now = deps.clock.now();
    await tx
      .insert(dossiers)
      .values({
        id: payload.dossierId,
        code: payload.code,
        orgId: payload.orgId,
        procedureCode: procedure.value.code,
        procedureVersion: procedure.value.version,
        procedureName: procedure.value.name,
        applicantName: payload.applicant.name,
        applicant: payload.applicant,
        searchText: dossierSearchText(payload.code, payload.applicant),
        receivedAt,
        receivedOn: appointment.receivedOn,
        appointmentDate: appointment.date,
        appointmentAt: appointment.instant,
        ...dossierColumns(dossier, procedure.value, calendar, now),
        dossier: dossierToJson(dossier),
        procedure: procedure.value,
        rowVersion: 1,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: dossiers.id });
    await tx
      .insert(procedureSnapshots)
      .values({
        orgId: payload.orgId,
        code: procedure.value.code,
        version: procedure.value.version,
        name: procedure.value.name,
        procedure: procedure.value,
        firstReceivedAt: receivedAt,
      })
      .onConflictDoNothing();
  });
}
