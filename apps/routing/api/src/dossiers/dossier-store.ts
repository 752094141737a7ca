import type { BusinessCalendar } from '@lienthong/calendar';
import type { Database, Transaction } from '@lienthong/db';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import type { Dossier, ProcedureDefinition } from '@lienthong/workflows';
import { and, eq, or } from 'drizzle-orm';
import type { DossierRow } from '../db/dossier.table.js';
import { dossiers } from '../db/schema.js';
import { dossierColumns } from './dossier-columns.js';
import { dossierError } from './dossier-errors.js';
import { dossierFromJson, dossierToJson, procedureFromJson } from './stored-dossier.js';

/** A row with its dossier and procedure read back as the lib's values. */
export type LoadedDossier = { row: DossierRow; dossier: Dossier; procedure: ProcedureDefinition };

export function loadedDossier(row: DossierRow): LoadedDossier {
  return { row, dossier: dossierFromJson(row.dossier), procedure: procedureFromJson(row.procedure) };
}

/**
 * The caller's unit's dossier, locked for the transaction when `forUpdate`; a dossier of another unit is "not found"
 * (one error for what a caller may not see). With `alsoAsStepUnit`, also another unit's dossier whose current step is
 * assigned to the caller's unit (`responsible.unit`, a step done by another unit: một cửa liên thông).
 */
export async function findDossierRow(
  db: Database | Transaction,
  orgId: string,
  id: string,
  options: { forUpdate?: boolean; alsoAsStepUnit?: boolean | undefined } = {},
): Promise<Result<DossierRow, DomainError>> {
  const visible = options.alsoAsStepUnit
    ? or(eq(dossiers.orgId, orgId), eq(dossiers.currentStepUnit, orgId))
    : eq(dossiers.orgId, orgId);
  const query = db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.id, id), visible))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ? ok(row) : err(dossierError('DOSSIER_NOT_FOUND', { dossierId: id }));
}

/**
 * Writes `next` over a locked row: the jsonb value, the derived columns at `now` and `rowVersion + 1`, only if the
 * row still has the version it was read with (DOSSIER_STALE otherwise, and nothing is written).
 */
export async function saveDossier(
  tx: Transaction,
  loaded: LoadedDossier,
  next: Dossier,
  calendar: BusinessCalendar,
  now: Date,
): Promise<Result<DossierRow, DomainError>> {
  const [updated] = await tx
    .update(dossiers)
    .set({
      ...dossierColumns(next, loaded.procedure, calendar, now),
      dossier: dossierToJson(next),
      rowVersion: loaded.row.rowVersion + 1,
      updatedAt: now,
    })
    .where(and(eq(dossiers.id, loaded.row.id), eq(dossiers.rowVersion, loaded.row.rowVersion)))
    .returning();
  return updated ? ok(updated) : err(dossierError('DOSSIER_STALE'));
}
