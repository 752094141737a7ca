import { isDomainError, type Result } from '@lienthong/kernel';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { OrgError } from './errors.js';
import { createOrgTree, type OrgTree } from './org-tree.js';
import type { OrgUnit, Succession } from './org-unit.js';

type UnitInput = z.input<typeof OrgUnit>;
type SuccessionInput = z.input<typeof Succession>;

const REFORM = '2025-07-01';

/** A State commune under `parentId`, valid from 2020 until `validTo`, unless overridden. */
function unit(id: string, overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    id,
    code: null,
    name: `Đơn vị ${id}`,
    side: 'state',
    level: 'commune',
    kind: 'ubnd',
    parentId: null,
    validFrom: '2020-01-01',
    validTo: null,
    ...overrides,
  };
}

function succession(predecessorId: string, successorId: string, overrides: Partial<SuccessionInput> = {}) {
  return { predecessorId, successorId, effectiveOn: REFORM, recordsTransferred: true, ...overrides };
}

/**
 * A fictional province "H99" (no real province has that code): district `d` with communes `c1`…`c4`, abolished on
 * 1 July 2025; `c3` split into `c2` (records) and `c1` in 2023; `c4` dissolved in 2022 without successor; `c2`
 * split into `n1` (records) and `n2` at the reform; the Party side has a province committee and a district one.
 */
const UNITS: UnitInput[] = [
  unit('p', { code: '000.00.00.h99', level: 'province', name: 'UBND tỉnh A' }),
  unit('d', { code: '000.00.01.H99', level: 'district', parentId: 'p', validTo: REFORM }),
  unit('c1', { code: '000.01.01.H99', parentId: 'd', validTo: REFORM }),
  unit('c2', { parentId: 'd', validTo: REFORM }),
  unit('c3', { parentId: 'd', validTo: '2023-01-01' }),
  unit('c4', { parentId: 'd', validTo: '2022-01-01' }),
  unit('office', { level: 'province', kind: 'office', parentId: 'p' }),
  unit('n1', { code: '000.00.05.H99', parentId: 'p', validFrom: REFORM }),
  unit('n2', { parentId: 'p', validFrom: REFORM }),
  unit('pp', { side: 'party', kind: 'party-committee', level: 'province', name: 'Tỉnh ủy A' }),
  unit('pd', { side: 'party', kind: 'party-committee', level: 'district', parentId: 'pp', validTo: REFORM }),
];

const SUCCESSIONS: SuccessionInput[] = [
  succession('c3', 'c2', { effectiveOn: '2023-01-01' }),
  succession('c3', 'c1', { effectiveOn: '2023-01-01', recordsTransferred: false }),
  succession('d', 'p'),
  succession('c1', 'n1'),
  succession('c2', 'n1'),
  succession('c2', 'n2', { recordsTransferred: false }),
  succession('pd', 'pp'),
];

function tree(units: UnitInput[] = UNITS, successions: SuccessionInput[] = SUCCESSIONS): OrgTree {
  const result = createOrgTree(units, successions);
  if (!result.ok) throw new Error(`expected a valid tree: ${result.error.messageEn}`);
  return result.value;
}

function refusal(units: UnitInput[], successions: SuccessionInput[] = []) {
  const result = createOrgTree(units, successions);
  if (result.ok) throw new Error('expected createOrgTree to refuse the data');
  expect(isDomainError(result.error)).toBe(true);
  return result.error;
}

function value<T>(result: Result<T, OrgError>): T {
  if (!result.ok) throw new Error(`expected success: ${result.error.messageEn}`);
  return result.value;
}

function failure<T>(result: Result<T, OrgError>): OrgError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

const ids = (units: readonly { id: string }[]) => units.map((u) => u.id);

describe('createOrgTree', () => {
  it('accepts a consistent tree, keeps input order and stores codes in canonical upper case', () => {
    const org = tree();
    expect(ids(org.units)).toEqual(ids(UNITS));
    expect(org.findUnit('p')?.code).toBe('000.00.00.H99');
    expect(org.findUnit('nowhere')).toBeNull();
    expect(org.successions.map((s) => `${s.predecessorId}>${s.successorId}`)).toEqual([
      'c3>c2',
      'c3>c1',
      'd>p',
      'c1>n1',
      'c2>n1',
      'c2>n2',
      'pd>pp',
    ]);
    expect(Object.isFrozen(org.units[0])).toBe(true);
    expect(value(createOrgTree([unit('solo')])).units).toHaveLength(1);
  });

  it('refuses a malformed unit and names it, or its position when it has no id', () => {
    const error = refusal([unit('p'), unit('x', { level: 'village' as 'commune' })]);
    expect(error.code).toBe('UNIT_INVALID');
    expect(error.details).toMatchObject({ unitId: 'x', issues: [{ path: 'level' }] });
    expect(error.messageVi).toMatch(/^Dữ liệu đơn vị x không hợp lệ: level: /);
    expect(refusal([unit('p'), unit('')]).details).toMatchObject({ unitId: '#2' });
    const withoutId = { ...unit('x'), id: undefined } as unknown as UnitInput;
    expect(refusal([withoutId]).details).toMatchObject({ unitId: '#1', issues: [{ path: 'id' }] });
    expect(refusal([unit('p', { validFrom: '2025-02-29' })]).details).toMatchObject({
      issues: [{ path: 'validFrom' }],
    });
    expect(refusal([{ ...unit('p'), extra: 1 } as UnitInput]).code).toBe('UNIT_INVALID');
  });

  it('refuses an empty validity interval', () => {
    const error = refusal([unit('p', { validFrom: REFORM, validTo: REFORM })]);
    expect(error).toMatchObject({
      code: 'INTERVAL_EMPTY',
      details: { unitId: 'p', validFrom: REFORM, validTo: REFORM },
    });
    expect(refusal([unit('p', { validFrom: REFORM, validTo: '2025-06-30' })]).code).toBe('INTERVAL_EMPTY');
  });

  it('refuses a kind on the wrong side but lets offices be on either', () => {
    expect(refusal([unit('p', { side: 'party' })])).toMatchObject({
      code: 'KIND_SIDE_MISMATCH',
      details: { unitId: 'p', kind: 'ubnd', side: 'party' },
    });
    expect(refusal([unit('p', { kind: 'party-committee' })]).code).toBe('KIND_SIDE_MISMATCH');
    expect(value(createOrgTree([unit('o', { kind: 'office', side: 'party' })])).units).toHaveLength(1);
  });

  it('refuses a duplicate id', () => {
    expect(refusal([unit('p'), unit('p')])).toMatchObject({ code: 'DUPLICATE_UNIT_ID', kind: 'conflict' });
  });

  it('refuses a malformed code and says why in both languages', () => {
    const error = refusal([unit('p', { code: '000.00.00.H5' })]);
    expect(error.code).toBe('CODE_MALFORMED');
    expect(error.details).toMatchObject({ unitId: 'p', code: '000.00.00.H5', cause: 'CODE_WRONG_LENGTH' });
    expect(error.messageVi).toContain('phải có đúng 13 ký tự');
    expect(error.messageEn).toContain('must have exactly 13 characters');
  });

  it('refuses one code on two units valid at the same time, and allows it on consecutive ones', () => {
    const error = refusal([
      unit('a', { code: '000.00.00.H99' }),
      unit('b', { code: '000.00.00.h99', validFrom: '2024-01-01' }),
    ]);
    expect(error).toMatchObject({
      code: 'DUPLICATE_CODE',
      details: { code: '000.00.00.H99', unitId: 'a', otherUnitId: 'b' },
    });
    const first = unit('a', { code: '000.00.00.H99', validTo: '2022-01-01' });
    const second = unit('b', { code: '000.00.00.H99', validFrom: '2022-01-01' });
    expect(value(createOrgTree([first, second])).units).toHaveLength(2);
    expect(value(createOrgTree([second, first])).units).toHaveLength(2);
    expect(
      refusal([second, unit('c', { code: '000.00.00.H99', validFrom: '2021-01-01', validTo: '2022-01-02' })]).code,
    ).toBe('DUPLICATE_CODE');
  });

  it('refuses a parent that does not exist, sits on the other side or at a lower level', () => {
    expect(refusal([unit('c', { parentId: 'ghost' })])).toMatchObject({
      code: 'PARENT_NOT_FOUND',
      details: { unitId: 'c', parentId: 'ghost' },
    });
    const partyParent = unit('pp', { side: 'party', kind: 'party-committee', level: 'province' });
    expect(refusal([partyParent, unit('c', { parentId: 'pp' })])).toMatchObject({
      code: 'PARENT_SIDE_MISMATCH',
      details: { side: 'state', parentSide: 'party' },
    });
    expect(refusal([unit('c'), unit('d', { level: 'district', parentId: 'c' })])).toMatchObject({
      code: 'PARENT_LEVEL_BELOW',
      details: { level: 'district', parentLevel: 'commune' },
    });
  });

  it('refuses a parent that is not valid over the whole life of its child', () => {
    const parent = unit('d', { level: 'district', validFrom: '2021-01-01', validTo: REFORM });
    const startsBefore = unit('c', { parentId: 'd', validTo: '2024-01-01' });
    expect(refusal([parent, startsBefore])).toMatchObject({
      code: 'PARENT_NOT_VALID',
      details: { unitId: 'c', parentId: 'd', parentValidFrom: '2021-01-01', parentValidTo: REFORM },
    });
    const outlives = unit('c', { parentId: 'd', validFrom: '2022-01-01', validTo: '2026-01-01' });
    expect(refusal([parent, outlives]).code).toBe('PARENT_NOT_VALID');
    const openEnded = unit('c', { parentId: 'd', validFrom: '2022-01-01' });
    expect(refusal([parent, openEnded]).code).toBe('PARENT_NOT_VALID');
    const inside = unit('c', { parentId: 'd', validFrom: '2022-01-01', validTo: REFORM });
    expect(value(createOrgTree([parent, inside])).units).toHaveLength(2);
  });

  it('refuses parent links that loop, naming the loop', () => {
    const error = refusal([unit('root'), unit('a', { parentId: 'b' }), unit('b', { parentId: 'a' })]);
    expect(error).toMatchObject({ code: 'CYCLE', details: { path: 'a → b → a' } });
    expect(error.messageVi).toBe('Quan hệ cấp trên tạo thành vòng lặp: a → b → a');
    expect(refusal([unit('self', { parentId: 'self' })]).details).toEqual({ path: 'self → self' });
    const tail = [unit('x', { parentId: 'a' }), unit('a', { parentId: 'b' }), unit('b', { parentId: 'a' })];
    expect(refusal(tail).details).toEqual({ path: 'a → b → a' });
  });

  it('refuses a malformed succession or one naming an unknown unit', () => {
    const bad = succession('c1', 'n1', { effectiveOn: '1/7/2025' });
    expect(refusal(UNITS, [...SUCCESSIONS, bad])).toMatchObject({
      code: 'SUCCESSION_INVALID',
      details: { index: 8, issues: [{ path: 'effectiveOn' }] },
    });
    expect(refusal(UNITS, [succession('ghost', 'n1')])).toMatchObject({
      code: 'SUCCESSION_UNIT_UNKNOWN',
      details: { role: 'predecessorId', unitId: 'ghost' },
    });
    expect(refusal(UNITS, [succession('c1', 'ghost')]).details).toEqual({ role: 'successorId', unitId: 'ghost' });
  });

  it('refuses a succession declared twice or across sides', () => {
    expect(
      refusal(UNITS, [succession('c1', 'n1'), succession('c1', 'n1', { recordsTransferred: false })]),
    ).toMatchObject({
      code: 'DUPLICATE_SUCCESSION',
      kind: 'conflict',
    });
    expect(refusal(UNITS, [succession('pd', 'p')])).toMatchObject({
      code: 'SUCCESSION_SIDE_MISMATCH',
      details: { predecessorId: 'pd', successorId: 'p' },
    });
  });

  it('refuses a succession whose predecessor does not end on its date', () => {
    expect(refusal(UNITS, [succession('c1', 'n1', { effectiveOn: '2025-08-01' })])).toMatchObject({
      code: 'SUCCESSION_PREDECESSOR_NOT_ENDED',
      details: { predecessorId: 'c1', effectiveOn: '2025-08-01', validTo: REFORM },
    });
    const stillValid = refusal(UNITS, [succession('office', 'n1')]);
    expect(stillValid.details).toMatchObject({ validTo: '—' });
  });

  it('refuses a succession whose successor is not valid on its date', () => {
    expect(refusal(UNITS, [succession('c4', 'n1', { effectiveOn: '2022-01-01' })])).toMatchObject({
      code: 'SUCCESSION_SUCCESSOR_NOT_VALID',
      details: { successorId: 'n1', effectiveOn: '2022-01-01' },
    });
    expect(refusal(UNITS, [succession('c1', 'c2')]).code).toBe('SUCCESSION_SUCCESSOR_NOT_VALID');
  });

  it('requires exactly one successor to take over the records of each predecessor', () => {
    const none = refusal(UNITS, [
      succession('c2', 'n1', { recordsTransferred: false }),
      succession('c2', 'n2', { recordsTransferred: false }),
    ]);
    expect(none).toMatchObject({ code: 'RECORDS_HOLDER_MISSING', details: { predecessorId: 'c2' } });
    const two = refusal(UNITS, [succession('c2', 'n1'), succession('c2', 'n2')]);
    expect(two).toMatchObject({ code: 'RECORDS_HOLDER_AMBIGUOUS', details: { successorIds: 'n1, n2' } });
    expect(two.messageVi).toBe('Hồ sơ, tài liệu của c2 được giao cho nhiều đơn vị: n1, n2');
  });
});

describe('OrgTree queries', () => {
  const org = tree();

  it('treeAsOf shows only the units valid on the date, under their parents', () => {
    const outline = (date: string) =>
      value(org.treeAsOf(date)).map(function show(node): string {
        return node.children.length === 0 ? node.unit.id : `${node.unit.id}(${node.children.map(show).join(' ')})`;
      });
    expect(outline('2021-06-30')).toEqual(['p(d(c1 c2 c3 c4) office)', 'pp(pd)']);
    expect(outline('2024-01-01')).toEqual(['p(d(c1 c2) office)', 'pp(pd)']);
    expect(outline('2025-06-30')).toEqual(['p(d(c1 c2) office)', 'pp(pd)']);
    expect(outline(REFORM)).toEqual(['p(office n1 n2)', 'pp']);
    expect(outline('2019-12-31')).toEqual([]);
    expect(failure(org.treeAsOf('2025-13-01'))).toMatchObject({
      code: 'DATE_MALFORMED',
      details: { date: '2025-13-01' },
    });
  });

  it('unitAsOf returns a unit only while it is valid', () => {
    expect(value(org.unitAsOf('d', '2025-06-30')).id).toBe('d');
    expect(failure(org.unitAsOf('d', REFORM))).toMatchObject({
      code: 'UNIT_NOT_VALID_ON',
      kind: 'not_found',
      details: { unitId: 'd', date: REFORM, validFrom: '2020-01-01', validTo: REFORM },
    });
    expect(failure(org.unitAsOf('n1', '2025-06-30')).code).toBe('UNIT_NOT_VALID_ON');
    expect(failure(org.unitAsOf('ghost', REFORM))).toMatchObject({
      code: 'UNIT_NOT_FOUND',
      details: { unitId: 'ghost' },
    });
    expect(failure(org.unitAsOf('d', 'yesterday')).code).toBe('DATE_MALFORMED');
  });

  it('ancestors lists the parents nearest first', () => {
    expect(ids(value(org.ancestors('c1', '2024-01-01')))).toEqual(['d', 'p']);
    expect(ids(value(org.ancestors('n1', REFORM)))).toEqual(['p']);
    expect(value(org.ancestors('p', REFORM))).toEqual([]);
    expect(failure(org.ancestors('c1', REFORM)).code).toBe('UNIT_NOT_VALID_ON');
  });

  it('descendants lists every unit beneath, depth first, valid on the date', () => {
    expect(ids(value(org.descendants('p', '2024-01-01')))).toEqual(['d', 'c1', 'c2', 'office']);
    expect(ids(value(org.descendants('p', REFORM)))).toEqual(['office', 'n1', 'n2']);
    expect(value(org.descendants('c1', '2024-01-01'))).toEqual([]);
    expect(failure(org.descendants('d', REFORM)).code).toBe('UNIT_NOT_VALID_ON');
  });

  it('successorsAt follows successions to the units valid on the date', () => {
    expect(ids(value(org.successorsAt('c1', '2024-01-01')))).toEqual(['c1']);
    expect(ids(value(org.successorsAt('c1', REFORM)))).toEqual(['n1']);
    expect(ids(value(org.successorsAt('c2', '2030-01-01')))).toEqual(['n1', 'n2']);
    expect(ids(value(org.successorsAt('c3', '2024-01-01')))).toEqual(['c2', 'c1']);
    // c3 → c2 → n1, n2 and c3 → c1 → n1: n1 is listed once.
    expect(ids(value(org.successorsAt('c3', REFORM)))).toEqual(['n1', 'n2']);
    expect(ids(value(org.successorsAt('d', REFORM)))).toEqual(['p']);
    expect(ids(value(org.successorsAt('pd', REFORM)))).toEqual(['pp']);
    expect(value(org.successorsAt('c4', '2024-01-01'))).toEqual([]);
  });

  it('successorsAt refuses a date before the unit began, an unknown unit and a bad date', () => {
    expect(failure(org.successorsAt('n1', '2024-01-01'))).toMatchObject({
      code: 'UNIT_NOT_VALID_ON',
      details: { unitId: 'n1', date: '2024-01-01', validFrom: REFORM, validTo: null },
    });
    expect(failure(org.successorsAt('ghost', REFORM)).code).toBe('UNIT_NOT_FOUND');
    expect(failure(org.successorsAt('c1', '2025-7-1')).code).toBe('DATE_MALFORMED');
  });

  it('recordsHolderAt follows the records through the chain to one unit', () => {
    expect(value(org.recordsHolderAt('c2', '2024-01-01')).id).toBe('c2');
    expect(value(org.recordsHolderAt('c3', '2024-01-01')).id).toBe('c2');
    expect(value(org.recordsHolderAt('c3', REFORM)).id).toBe('n1');
    expect(value(org.recordsHolderAt('d', REFORM)).id).toBe('p');
    const lost = failure(org.recordsHolderAt('c4', '2024-01-01'));
    expect(lost).toMatchObject({ code: 'RECORDS_HOLDER_NOT_FOUND', details: { unitId: 'c4', lastUnitId: 'c4' } });
    expect(failure(org.recordsHolderAt('n2', '2024-01-01')).code).toBe('UNIT_NOT_VALID_ON');
    expect(failure(org.recordsHolderAt('ghost', REFORM)).code).toBe('UNIT_NOT_FOUND');
  });

  it('recordsHolderAt reports where the chain stops when a successor ended too', () => {
    const units = [unit('a', { validTo: '2022-01-01' }), unit('b', { validFrom: '2022-01-01', validTo: '2023-01-01' })];
    const org2 = tree(units, [succession('a', 'b', { effectiveOn: '2022-01-01' })]);
    expect(failure(org2.recordsHolderAt('a', '2024-01-01')).details).toMatchObject({ unitId: 'a', lastUnitId: 'b' });
  });

  it('resolveCode finds the unit carrying a code, or the holder of an old code', () => {
    expect(value(org.resolveCode('000.00.01.H99', '2025-06-30')).id).toBe('d');
    expect(value(org.resolveCode('000.00.01.h99', REFORM)).id).toBe('p');
    expect(value(org.resolveCode('000.01.01.H99', '2026-03-01')).id).toBe('n1');
    expect(value(org.resolveCode('000.00.05.H99', REFORM)).id).toBe('n1');
    expect(failure(org.resolveCode('000.00.05.H99', '2025-06-30'))).toMatchObject({
      code: 'CODE_NOT_FOUND',
      details: { code: '000.00.05.H99', date: '2025-06-30' },
    });
    expect(failure(org.resolveCode('000.00.09.H99', REFORM)).code).toBe('CODE_NOT_FOUND');
    expect(failure(org.resolveCode('000.00.01.H9', REFORM)).code).toBe('CODE_WRONG_LENGTH');
    expect(failure(org.resolveCode('000.00.01.H99', '30/06/2025')).code).toBe('DATE_MALFORMED');
  });

  it('resolveCode takes the last unit that carried a reissued code', () => {
    const code = '000.00.07.H99';
    const units = [
      unit('second', { code, validFrom: '2022-01-01', validTo: '2024-01-01' }),
      unit('first', { code, validTo: '2022-01-01' }),
      unit('third', { code, validFrom: '2024-01-01', validTo: REFORM }),
      unit('heir', { validFrom: REFORM }),
    ];
    const org2 = tree(units, [succession('third', 'heir')]);
    expect(value(org2.resolveCode(code, '2021-01-01')).id).toBe('first');
    expect(value(org2.resolveCode(code, '2023-01-01')).id).toBe('second');
    expect(value(org2.resolveCode(code, '2026-01-01')).id).toBe('heir');
  });

  it('isWithin tells whether a unit lies beneath another on the date', () => {
    expect(value(org.isWithin('c1', 'p', '2024-01-01'))).toBe(true);
    expect(value(org.isWithin('c1', 'd', '2024-01-01'))).toBe(true);
    expect(value(org.isWithin('c1', 'c1', '2024-01-01'))).toBe(true);
    expect(value(org.isWithin('p', 'c1', '2024-01-01'))).toBe(false);
    expect(value(org.isWithin('c1', 'c2', '2024-01-01'))).toBe(false);
    expect(value(org.isWithin('c1', 'pp', '2024-01-01'))).toBe(false);
    expect(value(org.isWithin('c1', 'p', REFORM))).toBe(false);
    expect(value(org.isWithin('n1', 'd', REFORM))).toBe(false);
    expect(failure(org.isWithin('ghost', 'p', REFORM)).code).toBe('UNIT_NOT_FOUND');
    expect(failure(org.isWithin('c1', 'ghost', REFORM)).code).toBe('UNIT_NOT_FOUND');
    expect(failure(org.isWithin('c1', 'p', '')).code).toBe('DATE_MALFORMED');
  });
});
