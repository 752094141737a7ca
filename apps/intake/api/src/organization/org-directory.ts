import type { Database } from '@lienthong/db';
import { err, ok, type Result } from '@lienthong/kernel';
import { isValidOn, orgError, type OrgError, type OrgUnit } from '@lienthong/organization';
import { eq } from 'drizzle-orm';
import { orgUnits } from '../db/schema.js';
import type { OrgUnitRow } from '../db/org-unit.table.js';

/**
 * Loads the organisation directory into this service's copy, once: units already present are left as they are.
 * Returns how many units were added. The caller validates the units first (`createOrgTree`).
 */
export async function seedOrganizationUnits(db: Database, units: readonly OrgUnit[]): Promise<number> {
  if (units.length === 0) return 0;
  const inserted = await db
    .insert(orgUnits)
    .values(
      units.map((unit) => ({
        id: unit.id,
        code: unit.code,
        name: unit.name,
        side: unit.side,
        level: unit.level,
        kind: unit.kind,
        parentId: unit.parentId,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
      })),
    )
    .onConflictDoNothing({ target: orgUnits.id })
    .returning({ id: orgUnits.id });
  return inserted.length;
}

/** The unit `unitId` if it exists and is valid on `date` (`YYYY-MM-DD`); otherwise a not-found organisation error. */
export async function findActiveUnit(
  db: Database,
  unitId: string,
  date: string,
): Promise<Result<OrgUnitRow, OrgError>> {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  if (!unit) return err(orgError('UNIT_NOT_FOUND', { unitId }));
  if (!isValidOn(unit, date)) return err(orgError('UNIT_NOT_VALID_ON', { unitId, date }));
  return ok(unit);
}
