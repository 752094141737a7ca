import type { Result } from '@lienthong/kernel';
import { err, ok } from '@lienthong/kernel';
import { dossierCode, type WorkflowsError } from '@lienthong/workflows';
import type { OrgUnitRow } from '../../db/org-unit.table.js';

// Any identifier of the official form: it only carries the day and the sequence out of `dossierCode`.
const STAND_IN_ORGAN_ID = '000.00.00.000';

/**
 * The dossier code `<OrganId>-<yyMMdd>-<NNNN>` of `unit`'s desk (libs/workflows `dossierCode`). The organ id is the
 * unit's mã định danh (`org_units.code`, checked against the official pattern: DOSSIER_ORGAN_ID_INVALID when it is
 * malformed). A unit without one (most units: their official codes are unknown, vn-egov §3.5) uses its unit id,
 * e.g. `th-ubnd-xa-hoang-hoa-260213-0001`: the day and sequence are still `dossierCode`'s, but such a code does not
 * satisfy `parseDossierCode` until the unit's code is entered.
 */
export function dossierCodeOf(
  unit: Pick<OrgUnitRow, 'id' | 'code'>,
  receivedAt: Date,
  sequence: number,
): Result<string, WorkflowsError> {
  if (unit.code !== null) return dossierCode(unit.code, receivedAt, sequence);
  const standIn = dossierCode(STAND_IN_ORGAN_ID, receivedAt, sequence);
  if (!standIn.ok) return err(standIn.error);
  return ok(unit.id + standIn.value.slice(STAND_IN_ORGAN_ID.length));
}
