import { vietnamDateOf, type IsoDate } from '@lienthong/calendar';
import { err, ok, type Result } from '@lienthong/kernel';
import { workflowsError, type WorkflowsError } from './errors.js';

/**
 * An organisation identifier (mã định danh, QĐ 20/2020/QĐ-TTg as used in edXML): `000.00.14.H56`. The same pattern as
 * `@lienthong/documents`' ORGAN_ID_PATTERN, repeated so that this library does not depend on that one.
 */
export const DOSSIER_ORGAN_ID_PATTERN = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}$/;
const DOSSIER_CODE = /^([0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

/** The highest daily sequence the 4-digit field can hold. */
export const MAX_DOSSIER_SEQUENCE = 9999;

export type DossierCodeParts = { readonly organId: string; readonly date: IsoDate; readonly sequence: number };

/**
 * The dossier code (mã hồ sơ) `<OrganId>-<yyMMdd>-<NNNN>`, e.g. `000.00.14.H56-200203-0118`: the receiving body, the
 * day of receipt in Vietnam and the day's sequence, zero-padded to 4 digits. Fails with DOSSIER_ORGAN_ID_INVALID or
 * DOSSIER_SEQUENCE_OUT_OF_RANGE (not an integer from 1 to 9999). Years outside 2000–2099 do not fit `yy`: RangeError.
 */
export function dossierCode(organId: string, receivedAt: Date, sequence: number): Result<string, WorkflowsError> {
  if (!DOSSIER_ORGAN_ID_PATTERN.test(organId)) return err(workflowsError('DOSSIER_ORGAN_ID_INVALID', { organId }));
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DOSSIER_SEQUENCE) {
    return err(workflowsError('DOSSIER_SEQUENCE_OUT_OF_RANGE', { sequence }));
  }
  const date = vietnamDateOf(receivedAt);
  if (!date.startsWith('20')) throw new RangeError(`dossierCode: ${date} is outside 2000–2099`);
  const yyMMdd = date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
  return ok(`${organId}-${yyMMdd}-${String(sequence).padStart(4, '0')}`);
}

/**
 * Reads a dossier code back into its body, day (20yy) and sequence. Fails with DOSSIER_CODE_INVALID when the form is
 * wrong, the day does not exist, or the sequence is 0000. Surrounding spaces are ignored; letters must be upper case.
 */
export function parseDossierCode(code: string): Result<DossierCodeParts, WorkflowsError> {
  const match = DOSSIER_CODE.exec(code.trim());
  if (!match) return err(workflowsError('DOSSIER_CODE_INVALID', { code }));
  const [, organId, yy, mm, dd, seq] = match as unknown as [string, string, string, string, string, string];
  const date = `20${yy}-${mm}-${dd}`;
  const utc = new Date(`${date}T00:00:00Z`);
  const sequence = Number(seq);
  if (Number.isNaN(utc.getTime()) || utc.toISOString().slice(0, 10) !== date || sequence < 1) {
    return err(workflowsError('DOSSIER_CODE_INVALID', { code }));
  }
  return ok({ organId, date, sequence });
}
