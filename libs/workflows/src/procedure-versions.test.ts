import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from './procedure.js';
import { checkVersionSet, effectiveVersionOn, isInForce, makeEffective } from './procedure-versions.js';
import { aProcedure } from './testing/index.js';

const version = (v: string, from: string, approvedOn = '2025-12-01') =>
  aProcedure().withVersion(v).effectiveFrom(from).approved('Chủ tịch UBND xã', approvedOn).build();

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

function failure<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; details: Record<string, unknown> } },
) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('makeEffective', () => {
  it('makes the first version effective on its date', () => {
    const set = unwrap(makeEffective([], version('1.0', '2026-01-01')));
    expect(set).toHaveLength(1);
    expect(set[0]).toMatchObject({ version: '1.0', effectiveFrom: '2026-01-01' });
    expect(set[0]).not.toHaveProperty('effectiveTo');
  });

  it('supersedes the version in force: it ends the day before, naming its successor', () => {
    const v1 = version('1.0', '2026-01-01');
    const set = unwrap(makeEffective([v1], version('1.1', '2026-05-01', '2026-04-20'), '2026-07-01'));
    expect(set.map((v) => [v.version, v.effectiveFrom, v.effectiveTo ?? null, v.supersededBy ?? null])).toEqual([
      ['1.0', '2026-01-01', '2026-06-30', '1.1'],
      ['1.1', '2026-07-01', null, null],
    ]);
    expect(v1).not.toHaveProperty('effectiveTo');
    expect(unwrap(checkVersionSet(set))).toHaveLength(2);
  });

  it('ends the previous version on the right day across a month and a leap day', () => {
    const set = unwrap(makeEffective([version('1.0', '2027-06-01')], version('2.0', '2028-03-01')));
    expect(set[0]?.effectiveTo).toBe('2028-02-29');
  });

  it('keeps only one version in force on any day', () => {
    let set = unwrap(makeEffective([], version('1.0', '2026-01-01')));
    set = unwrap(makeEffective(set, version('1.1', '2026-04-01')));
    set = unwrap(makeEffective(set, version('2.0', '2026-09-01')));
    for (const day of ['2026-01-01', '2026-03-31', '2026-04-01', '2026-08-31', '2026-09-01', '2030-01-01']) {
      expect(set.filter((v) => isInForce(v, day))).toHaveLength(1);
    }
    expect(effectiveVersionOn(set, '2025-12-31')).toBeNull();
    expect(effectiveVersionOn(set, '2026-03-31')?.version).toBe('1.0');
    expect(effectiveVersionOn(set, '2026-04-01')?.version).toBe('1.1');
    expect(effectiveVersionOn(set, '2026-12-31')?.version).toBe('2.0');
  });

  it('refuses a second version effective on the same day as the one in force: SECOND_EFFECTIVE_VERSION', () => {
    const error = failure(makeEffective([version('1.0', '2026-01-01')], version('1.1', '2026-01-01')));
    expect(error.code).toBe('SECOND_EFFECTIVE_VERSION');
    expect(error.details).toMatchObject({ version: '1.1', other: '1.0', on: '2026-01-01' });
  });

  it('refuses a version that would start before one already scheduled: SECOND_EFFECTIVE_VERSION', () => {
    const set = unwrap(makeEffective([version('1.0', '2026-01-01')], version('1.1', '2026-09-01')));
    const error = failure(makeEffective(set, version('1.2', '2026-06-01')));
    expect(error.code).toBe('SECOND_EFFECTIVE_VERSION');
    expect(error.details['other']).toBe('1.0');
  });

  it('refuses to start a version while a later one is already scheduled on or after that day', () => {
    const scheduled = unwrap(makeEffective([], version('1.0', '2026-09-01')));
    const error = failure(makeEffective(scheduled, version('1.1', '2026-06-01')));
    expect(error.code).toBe('SECOND_EFFECTIVE_VERSION');
  });

  it('starts a new version after one that was withdrawn without successor', () => {
    const withdrawn = { ...version('1.0', '2026-01-01'), effectiveTo: '2026-03-31' };
    const set = unwrap(makeEffective([withdrawn], version('2.0', '2026-06-01')));
    expect(set[0]).toEqual(withdrawn);
    expect(effectiveVersionOn(set, '2026-05-01')).toBeNull();
  });

  it('cuts short a planned end when superseded earlier', () => {
    const planned = { ...version('1.0', '2026-01-01'), effectiveTo: '2026-12-31' };
    const set = unwrap(makeEffective([planned], version('1.1', '2026-06-01')));
    expect(set[0]).toMatchObject({ effectiveTo: '2026-05-31', supersededBy: '1.1' });
  });

  it('drops any end or successor written on the new version', () => {
    const next = { ...version('1.1', '2026-06-01'), effectiveTo: '2026-12-31', supersededBy: '2.0' };
    const set = unwrap(makeEffective([version('1.0', '2026-01-01')], next));
    expect(set[1]).not.toHaveProperty('effectiveTo');
    expect(set[1]).not.toHaveProperty('supersededBy');
  });

  it('refuses another procedure, an existing version, an older version, and a date before approval', () => {
    const v1 = version('1.0', '2026-01-01');
    expect(failure(makeEffective([v1], { ...version('1.1', '2026-06-01'), code: 'QT-99' })).code).toBe(
      'PROCEDURE_CODE_MISMATCH',
    );
    expect(failure(makeEffective([v1], version('1.0', '2026-06-01'))).code).toBe('PROCEDURE_VERSION_EXISTS');
    const v2 = unwrap(makeEffective([v1], version('2.0', '2026-06-01')));
    const older = failure(makeEffective(v2, version('1.5', '2026-09-01')));
    expect(older.code).toBe('PROCEDURE_VERSION_NOT_NEWER');
    expect(older.details).toMatchObject({ version: '1.5', latest: '2.0' });
    expect(failure(makeEffective([v1], version('1.1', '2026-06-01', '2026-06-15'))).code).toBe(
      'PROCEDURE_DATES_OUT_OF_ORDER',
    );
  });

  it('refuses to build on an inconsistent set', () => {
    const overlapping = [version('1.0', '2026-01-01'), version('1.1', '2026-03-01')];
    expect(failure(makeEffective(overlapping, version('2.0', '2026-09-01'))).code).toBe('SECOND_EFFECTIVE_VERSION');
  });
});

describe('checkVersionSet', () => {
  it('sorts a consistent set by effective date', () => {
    const a = { ...version('1.0', '2026-01-01'), effectiveTo: '2026-03-31', supersededBy: '1.1' };
    const b = version('1.1', '2026-04-01');
    expect(unwrap(checkVersionSet([b, a])).map((v) => v.version)).toEqual(['1.0', '1.1']);
    expect(unwrap(checkVersionSet([]))).toEqual([]);
  });

  it('refuses overlapping versions, repeated versions and mixed codes', () => {
    const a = { ...version('1.0', '2026-01-01'), effectiveTo: '2026-04-01' };
    expect(failure(checkVersionSet([a, version('1.1', '2026-04-01')])).code).toBe('SECOND_EFFECTIVE_VERSION');
    expect(failure(checkVersionSet([a, { ...a }])).code).toBe('PROCEDURE_VERSION_EXISTS');
    expect(failure(checkVersionSet([a, { ...version('1.1', '2026-06-01'), code: 'QT-2' }])).code).toBe(
      'PROCEDURE_CODE_MISMATCH',
    );
  });
});

describe('effectiveVersionOn', () => {
  it('returns the latest to take effect in an inconsistent set', () => {
    const set: ProcedureDefinition[] = [version('1.0', '2026-01-01'), version('1.1', '2026-03-01')];
    expect(effectiveVersionOn(set, '2026-04-01')?.version).toBe('1.1');
    expect(effectiveVersionOn(set, '2026-02-01')?.version).toBe('1.0');
    expect(effectiveVersionOn([], '2026-02-01')).toBeNull();
  });
});
