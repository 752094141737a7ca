import type { Database } from '@lienthong/db';
import { eq, type SQL } from 'drizzle-orm';
import { dossiers, orgUnits, procedureVersions } from '../../db/schema.js';
import { toDossierDto, type DossierDto } from './dossier.dto.js';

/** Dossiers matching `where` with their procedure version and unit name, in `orderBy` order, as receipts. */
export async function readDossiers(
  db: Database,
  where: SQL | undefined,
  page: { orderBy: SQL; limit: number },
): Promise<DossierDto[]> {
  const rows = await db
    .select({ dossier: dossiers, definition: procedureVersions.definition, unitName: orgUnits.name })
    .from(dossiers)
    .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
    .leftJoin(orgUnits, eq(orgUnits.id, dossiers.orgId))
    .where(where)
    .orderBy(page.orderBy)
    .limit(page.limit);
  return rows.map(({ dossier, definition, unitName }) => toDossierDto(dossier, definition, unitName));
}
