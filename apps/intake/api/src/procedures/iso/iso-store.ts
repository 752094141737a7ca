import { hasRole, requireOrgId, type Principal } from '@lienthong/auth';
import type { Database, Transaction } from '@lienthong/db';
import type { DomainError, Result } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import type { Nonconformity } from '@lienthong/workflows';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { IntakeContext } from '../../context.js';
import type { IsoNonconformityRow } from '../../db/iso-nonconformity.table.js';
import { isoAudits, isoNonconformities, procedureVersions } from '../../db/schema.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { todayOf } from '../procedures/procedure-store.js';
import { isoError } from './iso-errors.js';

/** The unit whose ISO records a call reads or changes; the caller's own when absent (administrators: any unit). */
export const IsoUnit = z.string().trim().min(1, { error: 'Mã đơn vị không được để trống' }).max(100).optional();

/** The id a record has in its unit (`DGNB-2026-01`, `NC-2026-03`). */
export const IsoRecordId = z
  .string({ error: 'Mã hồ sơ phải là chuỗi ký tự' })
  .trim()
  .min(1, { error: 'Mã hồ sơ không được để trống' })
  .max(40, { error: 'Mã hồ sơ dài quá 40 ký tự' });

/** The `rowVersion` the caller last read; a change made meanwhile by someone else is refused with ISO_RECORD_STALE. */
export const RowVersion = z.number({ error: 'Phiên bản bản ghi phải là số' }).int().min(1);

/** A calendar year for the lists, e.g. 2026. */
export const IsoYear = z.number({ error: 'Năm phải là số' }).int().min(2000).max(2100);

/** `[first day, last day]` of a year as ISO dates. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year}-12-31`];
}

/** The unit whose records are read: the caller's own, or any unit for administrators (ISO_RECORDS_FORBIDDEN). */
export function isoUnitToRead(principal: Principal, requested: string | undefined): string {
  const own = principal.orgId ?? null;
  const orgId = requested ?? unwrap(requireOrgId(principal));
  if (orgId !== own && !hasRole(principal, 'quan-tri')) throw isoError('ISO_RECORDS_FORBIDDEN', { orgId });
  return orgId;
}

/** The unit whose records are changed: as `isoUnitToRead`, and the unit must be valid today (UNIT_NOT_FOUND…). */
export async function isoUnitToChange(
  ctx: Pick<IntakeContext, 'db' | 'clock'> & { principal: Principal },
  requested: string | undefined,
): Promise<string> {
  const orgId = isoUnitToRead(ctx.principal, requested);
  unwrap(await findActiveUnit(ctx.db, orgId, todayOf(ctx)));
  return orgId;
}

/**
 * Every code (and, when given, the version of the one code) must be in the unit's catalogue, draft or published.
 * Fails with ISO_PROCEDURE_NOT_IN_CATALOGUE (the missing codes) or ISO_PROCEDURE_VERSION_UNKNOWN.
 */
export async function requireProcedures(
  db: Database | Transaction,
  orgId: string,
  codes: readonly string[],
  version?: string,
): Promise<void> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return;
  const rows = await db
    .select({ code: procedureVersions.code, version: procedureVersions.version })
    .from(procedureVersions)
    .where(and(eq(procedureVersions.orgId, orgId), inArray(procedureVersions.code, wanted)));
  const known = new Set(rows.map((row) => row.code));
  const missing = wanted.filter((code) => !known.has(code));
  if (missing.length > 0) {
    throw isoError('ISO_PROCEDURE_NOT_IN_CATALOGUE', { orgId, codes: missing.join(', '), missing });
  }
  if (version !== undefined && !rows.some((row) => row.version === version)) {
    throw isoError('ISO_PROCEDURE_VERSION_UNKNOWN', { orgId, code: wanted[0], version });
  }
}

/** The audit with this id in the unit, or ISO_AUDIT_NOT_FOUND. */
export async function requireAudit(db: Database | Transaction, orgId: string, auditId: string): Promise<void> {
  const [row] = await db
    .select({ id: isoAudits.id })
    .from(isoAudits)
    .where(and(eq(isoAudits.orgId, orgId), eq(isoAudits.auditId, auditId)));
  if (!row) throw isoError('ISO_AUDIT_NOT_FOUND', { orgId, auditId });
}

/** One nonconformity of the unit, or ISO_NONCONFORMITY_NOT_FOUND. */
export async function loadNonconformity(
  db: Database | Transaction,
  orgId: string,
  id: string,
): Promise<IsoNonconformityRow> {
  const [row] = await db
    .select()
    .from(isoNonconformities)
    .where(and(eq(isoNonconformities.orgId, orgId), eq(isoNonconformities.nonconformityId, id)));
  if (!row) throw isoError('ISO_NONCONFORMITY_NOT_FOUND', { orgId, id });
  return row;
}

/**
 * Applies one rule of libs/workflows to a stored nonconformity and saves the result if `expected` is still its
 * `rowVersion`. A refused rule or a stale version changes nothing (one conditional UPDATE).
 */
export async function changeNonconformity(
  ctx: IntakeContext & { principal: Principal },
  orgId: string,
  id: string,
  expected: number,
  change: (nc: Nonconformity) => Result<Nonconformity, DomainError>,
): Promise<IsoNonconformityRow> {
  const row = await loadNonconformity(ctx.db, orgId, id);
  if (row.rowVersion !== expected) {
    throw isoError('ISO_RECORD_STALE', { id, current: row.rowVersion, expected });
  }
  const next = stored(unwrap(change(row.nonconformity)));
  const [updated] = await ctx.db
    .update(isoNonconformities)
    .set({
      nonconformity: next,
      status: next.status,
      closedOn: next.status === 'closed' ? next.closedOn : null,
      updatedBy: ctx.principal.username,
      rowVersion: row.rowVersion + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(isoNonconformities.id, row.id), eq(isoNonconformities.rowVersion, expected)))
    .returning();
  if (!updated) {
    const current = await loadNonconformity(ctx.db, orgId, id);
    throw isoError('ISO_RECORD_STALE', { id, current: current.rowVersion, expected });
  }
  return updated;
}

/** A validated record as jsonb keeps it: a plain JSON value, optional fields absent rather than undefined. */
export function stored<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
