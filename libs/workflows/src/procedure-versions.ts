import type { IsoDate } from '@lienthong/calendar';
import { err, ok, type Result } from '@lienthong/kernel';
import { workflowsError, type WorkflowsError } from './errors.js';
import { compareVersions, type ProcedureDefinition } from './procedure.js';
import { addCalendarDays } from './time.js';

/** Whether `version` is in force on `date`: from `effectiveFrom` up to and including `effectiveTo` (open when absent). */
export function isInForce(version: ProcedureDefinition, date: IsoDate): boolean {
  return version.effectiveFrom <= date && (version.effectiveTo === undefined || version.effectiveTo >= date);
}

function byEffectiveFrom(a: ProcedureDefinition, b: ProcedureDefinition): number {
  return a.effectiveFrom < b.effectiveFrom
    ? -1
    : a.effectiveFrom > b.effectiveFrom
      ? 1
      : compareVersions(a.version, b.version);
}

/**
 * Checks a loaded set of versions of one procedure: one code, no version twice, and no two versions in force on the
 * same day. Fails with PROCEDURE_CODE_MISMATCH, PROCEDURE_VERSION_EXISTS or SECOND_EFFECTIVE_VERSION.
 */
export function checkVersionSet(
  versions: readonly ProcedureDefinition[],
): Result<readonly ProcedureDefinition[], WorkflowsError> {
  const first = versions[0];
  if (!first) return ok([]);
  const seen = new Set<string>();
  for (const version of versions) {
    if (version.code !== first.code) {
      return err(workflowsError('PROCEDURE_CODE_MISMATCH', { expected: first.code, actual: version.code }));
    }
    if (seen.has(version.version)) {
      return err(workflowsError('PROCEDURE_VERSION_EXISTS', { code: version.code, version: version.version }));
    }
    seen.add(version.version);
  }
  const sorted = [...versions].sort(byEffectiveFrom);
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1] as ProcedureDefinition;
    const current = sorted[index] as ProcedureDefinition;
    if (previous.effectiveTo === undefined || previous.effectiveTo >= current.effectiveFrom) {
      return err(
        workflowsError('SECOND_EFFECTIVE_VERSION', {
          code: current.code,
          version: current.version,
          other: previous.version,
          on: current.effectiveFrom,
        }),
      );
    }
  }
  return ok(sorted);
}

/**
 * Makes `next` the version in force from `on` (default: its own `effectiveFrom`), given the existing versions of the
 * same procedure. Returns the new set, sorted by effective date: `next` with `effectiveFrom = on` and no end, and the
 * version in force the day before `on`, if any, ended on that day (`effectiveTo = on − 1 day`) with `supersededBy =
 * next.version`. Nothing is modified in place.
 *
 * Fails with PROCEDURE_CODE_MISMATCH, PROCEDURE_VERSION_EXISTS, PROCEDURE_VERSION_NOT_NEWER (the new version must be
 * the highest), PROCEDURE_DATES_OUT_OF_ORDER (`on` before the approval), any error of `checkVersionSet`, or SECOND_EFFECTIVE_VERSION when another version would still be in
 * force on or after `on`: one that starts on or after `on`, or one already superseded by another version after `on`.
 */
export function makeEffective(
  versions: readonly ProcedureDefinition[],
  next: ProcedureDefinition,
  on: IsoDate = next.effectiveFrom,
): Result<ProcedureDefinition[], WorkflowsError> {
  for (const version of versions) {
    if (version.code !== next.code) {
      return err(workflowsError('PROCEDURE_CODE_MISMATCH', { expected: next.code, actual: version.code }));
    }
    if (version.version === next.version) {
      return err(workflowsError('PROCEDURE_VERSION_EXISTS', { code: next.code, version: next.version }));
    }
  }
  const latest = versions.reduce<string | null>(
    (highest, version) =>
      highest === null || compareVersions(version.version, highest) > 0 ? version.version : highest,
    null,
  );
  if (latest !== null && compareVersions(next.version, latest) <= 0) {
    return err(workflowsError('PROCEDURE_VERSION_NOT_NEWER', { code: next.code, version: next.version, latest }));
  }
  if (on < next.approvedOn) {
    return err(
      workflowsError('PROCEDURE_DATES_OUT_OF_ORDER', {
        earlier: next.approvedOn,
        earlierLabel: 'phê duyệt',
        earlierLabelEn: 'approval',
        later: on,
        laterLabel: 'hiệu lực',
        laterLabelEn: 'effective',
      }),
    );
  }
  const checked = checkVersionSet(versions);
  if (!checked.ok) return checked;

  // Versions still in force on `on` or later; at most one may remain, and only if it began before `on`.
  const overlapping = checked.value.filter((version) => version.effectiveTo === undefined || version.effectiveTo >= on);
  const current = overlapping[0];
  if (current && (overlapping.length > 1 || current.effectiveFrom >= on || current.supersededBy !== undefined)) {
    const other =
      overlapping.find((version) => version.effectiveFrom >= on || version.supersededBy !== undefined) ?? current;
    return err(
      workflowsError('SECOND_EFFECTIVE_VERSION', { code: next.code, version: next.version, other: other.version, on }),
    );
  }

  const { effectiveTo: _end, supersededBy: _successor, ...rest } = next;
  const made: ProcedureDefinition = { ...rest, effectiveFrom: on };
  const updated = checked.value.map((version) =>
    version === current ? { ...version, effectiveTo: addCalendarDays(on, -1), supersededBy: next.version } : version,
  );
  return ok([...updated, made].sort(byEffectiveFrom));
}

/**
 * The version in force on `date`, or null when none is (before the first, or after a version was withdrawn without a
 * successor). Sets built with `makeEffective` have at most one; for an inconsistent set, the latest to take effect.
 */
export function effectiveVersionOn(
  versions: readonly ProcedureDefinition[],
  date: IsoDate,
): ProcedureDefinition | null {
  let found: ProcedureDefinition | null = null;
  for (const version of versions) {
    if (isInForce(version, date) && (found === null || byEffectiveFrom(version, found) > 0)) found = version;
  }
  return found;
}
