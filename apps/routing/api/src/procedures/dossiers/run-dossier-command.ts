import { requireOrgId, type Principal } from '@lienthong/auth';
import type { BusinessCalendar } from '@lienthong/calendar';
import { withTransaction } from '@lienthong/db';
import type { DomainError, Result } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import type { Dossier, DossierActor, ProcedureDefinition } from '@lienthong/workflows';
import type { RoutingContext } from '../../context.js';
import type { DossierRow } from '../../db/dossier.table.js';
import { loadBusinessCalendar } from '../../dossiers/business-calendar.js';
import { dossierError } from '../../dossiers/dossier-errors.js';
import { findDossierRow, loadedDossier, saveDossier } from '../../dossiers/dossier-store.js';
import { toDossierDetailDto, type DossierDetailDto } from './dossier.dto.js';

/** What a command decides from: the dossier and its procedure, the calendar, the instant and who acts. */
export type DossierCommandState = {
  dossier: Dossier;
  procedure: ProcedureDefinition;
  row: DossierRow;
  calendar: BusinessCalendar;
  at: Date;
  actor: DossierActor;
};

/** The lib's actor for a caller: username, realm roles and unit (the caller's organisation). */
export function actorOf(principal: Principal, orgId: string): DossierActor {
  return { id: principal.username, roles: principal.roles, unitId: orgId };
}

/**
 * Runs one command on a dossier in one transaction: locks the row (`FOR UPDATE`), checks the version the caller saw
 * (when given), lets `decide` apply the lib's rule with the clock of the context, and saves the new value with its
 * derived columns and `rowVersion + 1`. Any refusal throws before anything is written, so a refused command changes
 * nothing. `alsoAsStepUnit` also lets the unit a current step is assigned to act (for `completeStep`).
 */
export async function runDossierCommand(
  ctx: RoutingContext & { principal: Principal },
  input: { id: string; version?: number | undefined },
  decide: (state: DossierCommandState) => Result<Dossier, DomainError>,
  options: { alsoAsStepUnit?: boolean } = {},
): Promise<DossierDetailDto> {
  const orgId = unwrap(requireOrgId(ctx.principal));
  return withTransaction(ctx.db, async (tx) => {
    const row = unwrap(await findDossierRow(tx, orgId, input.id, { forUpdate: true, alsoAsStepUnit: options.alsoAsStepUnit }));
    if (input.version !== undefined && input.version !== row.rowVersion) throw dossierError('DOSSIER_STALE');
    const loaded = loadedDossier(row);
    const calendar = await loadBusinessCalendar(tx);
    const at = ctx.clock.now();
    const next = unwrap(
      decide({ dossier: loaded.dossier, procedure: loaded.procedure, row, calendar, at, actor: actorOf(ctx.principal, orgId) }),
    );
    const saved = unwrap(await saveDossier(tx, loaded, next, calendar, at));
    return toDossierDetailDto({ ...loaded, row: saved, dossier: next }, calendar, at);
  });
}
