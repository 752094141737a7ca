import { isInForce, TimeLimit, type ProcedureDefinition } from '@lienthong/workflows';
import { z } from 'zod';
import { PROCEDURE_VERSION_STATES, type ProcedureVersionRow } from '../../db/procedure-version.table.js';

/** One version of a procedure in a unit's catalogue, as lists show it. */
export const ProcedureVersionDto = z.object({
  id: z.uuid(),
  orgId: z.string(),
  code: z.string(),
  version: z.string(),
  name: z.string(),
  status: z.enum(PROCEDURE_VERSION_STATES),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  supersededBy: z.string().nullable(),
  /** In force today (Vietnam): the version a dossier received now would get. */
  inForce: z.boolean(),
  timeLimit: TimeLimit,
  stepCount: z.number().int(),
  approvedBy: z.string(),
  approvedOn: z.string(),
  importedBy: z.string(),
  importedAt: z.date(),
  madeEffectiveBy: z.string().nullable(),
  madeEffectiveAt: z.date().nullable(),
});
export type ProcedureVersionDto = z.infer<typeof ProcedureVersionDto>;

/** Drafts are not in force, whatever their dates say. */
export function isVersionInForce(row: ProcedureVersionRow, today: string): boolean {
  return row.status !== 'draft' && isInForce(row.definition, today);
}

export function toProcedureVersionDto(row: ProcedureVersionRow, today: string): ProcedureVersionDto {
  const definition: ProcedureDefinition = row.definition;
  return {
    id: row.id,
    orgId: row.orgId,
    code: row.code,
    version: row.version,
    name: row.name,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    supersededBy: row.supersededBy,
    inForce: isVersionInForce(row, today),
    timeLimit: definition.timeLimit,
    stepCount: definition.steps.length,
    approvedBy: definition.approvedBy,
    approvedOn: definition.approvedOn,
    importedBy: row.importedBy,
    importedAt: row.importedAt,
    madeEffectiveBy: row.madeEffectiveBy,
    madeEffectiveAt: row.madeEffectiveAt,
  };
}
