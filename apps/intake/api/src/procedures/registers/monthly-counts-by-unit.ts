import { hasRole, requireOrgId, type Principal } from '@lienthong/auth';
import type { Database } from '@lienthong/db';
import { ORG_LEVELS } from '@lienthong/organization';
import { unwrap } from '@lienthong/service-kit';
import { and, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import { orgUnits } from '../../db/schema.js';
import { MonthlyCountsByUnitInput, MonthlyCountsByUnitOutput } from './monthly-counts-by-unit.schema.js';
import { monthsOf, selectMonthlyCounts, totalOf, type MonthlyCountRow } from './monthly-counts.js';
import { thisVietnameseYear } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

const u = orgUnits;
const unitColumns = {
  id: u.id,
  name: u.name,
  level: u.level,
  parentId: u.parentId,
  validFrom: u.validFrom,
  validTo: u.validTo,
};
type ScopedUnit = {
  id: string;
  name: string;
  level: string | null;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
};

/** Leaders follow the units beneath theirs (architecture §6); clerks and archivists keep their own unit's books. */
const seesUnitsBeneath = (principal: Principal) => hasRole(principal, 'lanh-dao');

const levelRank = (level: string | null) => {
  const rank = ORG_LEVELS.findIndex((known) => known === level);
  return rank === -1 ? ORG_LEVELS.length : rank;
};

/**
 * `orgId`'s unit and, when `beneath`, every unit under it at some time in `year`, from this service's copy of the
 * organisation directory: parent links followed level by level (a child lies within its parent's validity, so a
 * unit that did not exist in the year has no children that did). The caller's unit first, then by level and name.
 */
async function unitsInScope(db: Database, orgId: string, year: number, beneath: boolean): Promise<ScopedUnit[]> {
  const [own] = await db.select(unitColumns).from(u).where(eq(u.id, orgId)).limit(1);
  const self: ScopedUnit = own ?? {
    id: orgId,
    name: orgId,
    level: null,
    parentId: null,
    validFrom: null,
    validTo: null,
  };
  if (!beneath) return [self];
  const overlapsYear = and(lt(u.validFrom, `${year + 1}-01-01`), or(isNull(u.validTo), gt(u.validTo, `${year}-01-01`)));
  const seen = new Set([orgId]);
  const under: ScopedUnit[] = [];
  for (let frontier = [orgId]; frontier.length > 0; ) {
    const children = await db
      .select(unitColumns)
      .from(u)
      .where(and(inArray(u.parentId, frontier), overlapsYear));
    // The directory was validated as a tree when seeded; `seen` only guards against a copy edited by hand.
    const fresh = children.filter((child) => !seen.has(child.id));
    for (const child of fresh) seen.add(child.id);
    under.push(...fresh);
    frontier = fresh.map((child) => child.id);
  }
  under.sort(
    (a, b) => levelRank(a.level) - levelRank(b.level) || a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id),
  );
  return [self, ...under];
}

/**
 * Monthly counts of incoming documents (or, with `direction: 'outgoing'`, of issued ones) per unit: the caller's
 * unit, and for a leader every unit beneath it that existed at some time in the year (after the 2025 reform a
 * province's leader sees the communes that ended on 1 July and those that began then, each with its own documents).
 * Each unit's months are those of `registers.monthlyCounts`; counted in SQL in one query.
 */
export const monthlyCountsByUnit = registerReaderProcedure
  .input(MonthlyCountsByUnitInput)
  .output(MonthlyCountsByUnitOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const units = await unitsInScope(ctx.db, orgId, year, seesUnitsBeneath(ctx.principal));
    const rows = await selectMonthlyCounts(
      ctx.db,
      units.map((unit) => unit.id),
      year,
      input.direction,
    );
    const rowsOf = new Map<string, MonthlyCountRow[]>();
    for (const row of rows) rowsOf.set(row.orgId, [...(rowsOf.get(row.orgId) ?? []), row]);
    const counted = units.map((unit) => {
      const months = monthsOf(rowsOf.get(unit.id) ?? []);
      return {
        unitId: unit.id,
        unitName: unit.name,
        parentId: unit.parentId,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        total: totalOf(months),
        months,
      };
    });
    return { year, total: counted.reduce((sum, unit) => sum + unit.total, 0), units: counted };
  });
