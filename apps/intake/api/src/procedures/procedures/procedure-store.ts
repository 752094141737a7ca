import { hasRole, requireOrgId, type Principal } from '@lienthong/auth';
import { vietnamDateOf } from '@lienthong/calendar';
import type { Database, Transaction } from '@lienthong/db';
import { err, ok, type Result } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { canonicalProcedure, compareVersions, type ProcedureDefinition } from '@lienthong/workflows';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { IntakeContext } from '../../context.js';
import type { ProcedureVersionRow } from '../../db/procedure-version.table.js';
import { procedureVersions } from '../../db/schema.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { procedureError } from './procedure-errors.js';

/** The unit whose catalogue a call reads or changes; the caller's own when absent. */
export const CatalogueUnit = z.string().trim().min(1, { error: 'Mã đơn vị không được để trống' }).max(100).optional();

/** A procedure code as libs/workflows accepts it (national TTHC code + agency, or an internal code). */
export const ProcedureCode = z
  .string({ error: 'Mã quy trình phải là chuỗi ký tự' })
  .trim()
  .min(1, { error: 'Mã quy trình không được để trống' })
  .max(64, { error: 'Mã quy trình dài quá 64 ký tự' });

export const ProcedureVersionText = z
  .string({ error: 'Phiên bản phải là chuỗi ký tự, ví dụ "1.0"' })
  .trim()
  .min(1, { error: 'Phiên bản không được để trống' })
  .max(20, { error: 'Phiên bản dài quá 20 ký tự' });

/** Today in Vietnam, by the service's clock. */
export function todayOf(ctx: Pick<IntakeContext, 'clock'>): string {
  return vietnamDateOf(ctx.clock.now());
}

/** The unit whose catalogue is read: the one named, or the caller's own. Catalogues are public (TTHC are published). */
export function catalogueToRead(principal: Principal, requested: string | undefined): string {
  return requested ?? unwrap(requireOrgId(principal));
}

/**
 * The unit whose catalogue is changed. Leaders change their own unit's; administrators any unit valid today. Fails
 * with PROCEDURE_CATALOGUE_FORBIDDEN, or the directory's UNIT_NOT_FOUND / UNIT_NOT_VALID_ON.
 */
export async function catalogueToChange(
  ctx: Pick<IntakeContext, 'db' | 'clock'> & { principal: Principal },
  requested: string | undefined,
): Promise<string> {
  const own = ctx.principal.orgId ?? null;
  const orgId = requested ?? unwrap(requireOrgId(ctx.principal));
  if (orgId !== own && !hasRole(ctx.principal, 'quan-tri')) {
    throw procedureError('PROCEDURE_CATALOGUE_FORBIDDEN', { orgId });
  }
  unwrap(await findActiveUnit(ctx.db, orgId, todayOf(ctx)));
  return orgId;
}

/** Every version of one procedure in a unit's catalogue, oldest version first; optionally locked for update. */
export async function loadVersions(
  db: Database | Transaction,
  orgId: string,
  code: string,
  options: { lock?: boolean } = {},
): Promise<ProcedureVersionRow[]> {
  const query = db
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.orgId, orgId), eq(procedureVersions.code, code)));
  const rows = options.lock ? await query.for('update') : await query;
  return rows.sort((a, b) => compareVersions(a.version, b.version));
}

/** One version, or PROCEDURE_NOT_FOUND (no such code) / PROCEDURE_VERSION_NOT_FOUND. */
export async function findVersion(
  db: Database,
  orgId: string,
  code: string,
  version: string,
): Promise<Result<ProcedureVersionRow, ReturnType<typeof procedureError>>> {
  const versions = await loadVersions(db, orgId, code);
  if (versions.length === 0) return err(procedureError('PROCEDURE_NOT_FOUND', { orgId, code }));
  const row = versions.find((candidate) => candidate.version === version);
  return row ? ok(row) : err(procedureError('PROCEDURE_VERSION_NOT_FOUND', { code, version }));
}

/**
 * The definition as it is stored and sent: the canonical form of `procedureToJson` as a plain JSON value (optional
 * fields absent, never undefined). jsonb does not keep key order; `procedureToJson` restores it on export.
 */
export function storedDefinition(definition: ProcedureDefinition): ProcedureDefinition {
  return JSON.parse(JSON.stringify(canonicalProcedure(definition))) as ProcedureDefinition;
}
