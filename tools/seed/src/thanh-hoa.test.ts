import { createOrgTree, isValidOn, type OrgTree, type OrgUnit } from '@lienthong/organization';
import { describe, expect, it } from 'vitest';
import {
  formerCommuneUnitId,
  HOANG_HOA_FORMER_COMMUNES,
  newCommuneUnitId,
  REFORM_DATE,
  SEED_IDS,
  thanhHoaOrganization,
} from './thanh-hoa.js';

const LAST_DAY_BEFORE = '2025-06-30';

/** vn-egov §10.1: the 36 commune-level units of Hoằng Hóa before 1 July 2025, as written there. */
const FORMER_PLACES = [
  'thị trấn Bút Sơn',
  ...['Cát', 'Châu', 'Đạo', 'Đạt', 'Đông', 'Đồng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hợp', 'Kim', 'Lộc', 'Lưu', 'Ngọc']
    .concat(['Phong', 'Phú', 'Phụ', 'Quý', 'Quỳ', 'Sơn', 'Tân', 'Thái', 'Thanh', 'Thành', 'Thắng', 'Thịnh', 'Tiến'])
    .concat(['Trạch', 'Trinh', 'Trung', 'Trường', 'Xuân', 'Xuyên', 'Yến'])
    .map((name) => `xã Hoằng ${name}`),
];

/** vn-egov §10.2, copied row by row: new xã (GSO code) ← former units. */
const MERGER_TABLE: [newXa: string, gsoCode: string, former: string[]][] = [
  ['Hoằng Hóa', '15865', ['TT Bút Sơn', 'Hoằng Đức', 'Hoằng Đồng', 'Hoằng Đạo', 'Hoằng Hà', 'Hoằng Đạt']],
  ['Hoằng Tiến', '15991', ['Hoằng Yến', 'Hoằng Hải', 'Hoằng Trường', 'Hoằng Tiến']],
  ['Hoằng Thanh', '16000', ['Hoằng Đông', 'Hoằng Ngọc', 'Hoằng Phụ', 'Hoằng Thanh']],
  ['Hoằng Lộc', '15961', ['Hoằng Thịnh', 'Hoằng Thái', 'Hoằng Thành', 'Hoằng Trạch', 'Hoằng Tân', 'Hoằng Lộc']],
  ['Hoằng Châu', '15976', ['Hoằng Thắng', 'Hoằng Phong', 'Hoằng Lưu', 'Hoằng Châu']],
  ['Hoằng Sơn', '15910', ['Hoằng Trinh', 'Hoằng Xuyên', 'Hoằng Cát', 'Hoằng Sơn']],
  ['Hoằng Phú', '15889', ['Hoằng Quý', 'Hoằng Kim', 'Hoằng Trung', 'Hoằng Phú']],
  ['Hoằng Giang', '15880', ['Hoằng Xuân', 'Hoằng Quỳ', 'Hoằng Hợp', 'Hoằng Giang']],
];

/** `TT Bút Sơn` → `thị trấn Bút Sơn`, `Hoằng Đức` → `xã Hoằng Đức`. */
const placeOf = (row: string) => (row.startsWith('TT ') ? `thị trấn ${row.slice(3)}` : `xã ${row}`);

function seedTree(): OrgTree {
  const { units, successions } = thanhHoaOrganization();
  const result = createOrgTree(units, successions);
  if (!result.ok) throw new Error(`the seed is invalid: ${result.error.messageEn}`);
  return result.value;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { messageEn: string } }): T {
  if (!result.ok) throw new Error(`expected success: ${result.error.messageEn}`);
  return result.value;
}

const org = seedTree();
const names = (units: readonly OrgUnit[]) => units.map((u) => u.name);
const communesUnder = (id: string, date: string) =>
  value(org.descendants(id, date)).filter((u) => u.level === 'commune');
/** The one unit with this name on `date`: names outlive units (xã Hoằng Phú before and after the reform). */
const unitNamed = (name: string, date: string) => {
  const found = org.units.filter((u) => u.name === name && isValidOn(u, date));
  expect(found, name).toHaveLength(1);
  return found[0] as OrgUnit;
};

describe('thanhHoaOrganization', () => {
  it('passes every rule of createOrgTree', () => {
    const { units, successions } = thanhHoaOrganization();
    expect(units).toHaveLength(2 + 2 + 36 * 2 + 8 * 2);
    expect(successions).toHaveLength(2 + 36 * 2);
    expect(createOrgTree(units, successions).ok).toBe(true);
  });

  it('is deterministic, with readable stable ids', () => {
    expect(thanhHoaOrganization()).toEqual(thanhHoaOrganization());
    expect(thanhHoaOrganization().units).not.toBe(thanhHoaOrganization().units);
    const ids = org.units.map((u) => u.id);
    expect(ids).toContain('hh-ubnd-xa-hoang-duc');
    expect(ids).toContain('hh-dang-uy-tt-but-son');
    expect(ids).toContain('th-ubnd-xa-hoang-hoa');
    expect(ids).toContain('th-dang-uy-xa-hoang-giang');
    expect(formerCommuneUnitId('xa-hoang-quy-huyen', 'state')).toBe('hh-ubnd-xa-hoang-quy-huyen');
    expect(newCommuneUnitId('xa-hoang-loc', 'party')).toBe('th-dang-uy-xa-hoang-loc');
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('invents no mã định danh: only UBND tỉnh Thanh Hóa carries one', () => {
    const withCode = org.units.filter((u) => u.code !== null);
    expect(withCode.map((u) => [u.id, u.code])).toEqual([[SEED_IDS.ubndTinh, '000.00.00.H56']]);
    expect(value(org.resolveCode('000.00.00.H56', LAST_DAY_BEFORE)).shortName).toBe('UBND tỉnh Thanh Hóa');
    expect(value(org.resolveCode('000.00.00.h56', REFORM_DATE)).id).toBe(SEED_IDS.ubndTinh);
  });

  it('has the province on both sides', () => {
    const roots = value(org.treeAsOf(REFORM_DATE)).map((node) => node.unit);
    expect(names(roots)).toEqual(['Ủy ban nhân dân tỉnh Thanh Hóa', 'Tỉnh ủy Thanh Hóa']);
    expect(roots.map((u) => [u.side, u.level, u.gsoCode])).toEqual([
      ['state', 'province', '38'],
      ['party', 'province', undefined],
    ]);
  });
});

describe('Hoằng Hóa on 30 June 2025', () => {
  it('has 36 commune-level units under the district on each side, named as in §10.1', () => {
    const state = communesUnder(SEED_IDS.ubndHuyen, LAST_DAY_BEFORE);
    expect(state).toHaveLength(36);
    expect(names(state)).toEqual(FORMER_PLACES.map((place) => `Ủy ban nhân dân ${place}`));
    expect(state.map((u) => u.shortName)).toContain('UBND thị trấn Bút Sơn');
    const party = communesUnder(SEED_IDS.huyenUy, LAST_DAY_BEFORE);
    expect(names(party)).toEqual(FORMER_PLACES.map((place) => `Đảng ủy ${place}`));
    expect(HOANG_HOA_FORMER_COMMUNES).toHaveLength(36);
  });

  it('places a commune under the district, and the district under the province', () => {
    const duc = formerCommuneUnitId('xa-hoang-duc', 'state');
    expect(value(org.ancestors(duc, LAST_DAY_BEFORE)).map((u) => u.id)).toEqual([
      SEED_IDS.ubndHuyen,
      SEED_IDS.ubndTinh,
    ]);
    const ducParty = formerCommuneUnitId('xa-hoang-duc', 'party');
    expect(value(org.ancestors(ducParty, LAST_DAY_BEFORE)).map((u) => u.id)).toEqual([
      SEED_IDS.huyenUy,
      SEED_IDS.tinhUy,
    ]);
    expect(value(org.isWithin(duc, SEED_IDS.ubndTinh, LAST_DAY_BEFORE))).toBe(true);
    expect(value(org.isWithin(duc, SEED_IDS.ubndTinh, REFORM_DATE))).toBe(false);
  });

  it('has no new xã yet', () => {
    expect(communesUnder(SEED_IDS.ubndTinh, LAST_DAY_BEFORE).every((u) => u.parentId === SEED_IDS.ubndHuyen)).toBe(
      true,
    );
    expect(org.unitAsOf(newCommuneUnitId('xa-hoang-hoa', 'state'), LAST_DAY_BEFORE).ok).toBe(false);
  });
});

describe('Hoằng Hóa from 1 July 2025', () => {
  it('has 8 new xã directly under the province on each side, and no district', () => {
    const expected = MERGER_TABLE.map(([name]) => name);
    const state = communesUnder(SEED_IDS.ubndTinh, REFORM_DATE);
    expect(names(state)).toEqual(expected.map((name) => `Ủy ban nhân dân xã ${name}`));
    expect(state.every((u) => u.parentId === SEED_IDS.ubndTinh)).toBe(true);
    const party = communesUnder(SEED_IDS.tinhUy, REFORM_DATE);
    expect(names(party)).toEqual(expected.map((name) => `Đảng ủy xã ${name}`));
    const all = value(org.treeAsOf(REFORM_DATE)).flatMap(function flatten(node): OrgUnit[] {
      return [node.unit, ...node.children.flatMap(flatten)];
    });
    expect(all.filter((u) => u.level === 'district')).toEqual([]);
    expect(all).toHaveLength(2 + 16);
    expect(org.unitAsOf(SEED_IDS.ubndHuyen, REFORM_DATE).ok).toBe(false);
  });

  it('keeps the GSO code of each new xã on its UBND', () => {
    for (const [name, gsoCode] of MERGER_TABLE) {
      expect(unitNamed(`Ủy ban nhân dân xã ${name}`, REFORM_DATE).gsoCode).toBe(gsoCode);
      expect(unitNamed(`Đảng ủy xã ${name}`, REFORM_DATE).gsoCode).toBeUndefined();
    }
  });

  it('hands the district bodies and their records to the province bodies', () => {
    expect(value(org.successorsAt(SEED_IDS.ubndHuyen, REFORM_DATE)).map((u) => u.id)).toEqual([SEED_IDS.ubndTinh]);
    expect(value(org.recordsHolderAt(SEED_IDS.ubndHuyen, REFORM_DATE)).id).toBe(SEED_IDS.ubndTinh);
    expect(value(org.recordsHolderAt(SEED_IDS.huyenUy, '2030-01-01')).id).toBe(SEED_IDS.tinhUy);
  });

  it('resolves every former unit to exactly one new xã, which holds its records', () => {
    const former = [
      ...communesUnder(SEED_IDS.ubndHuyen, LAST_DAY_BEFORE),
      ...communesUnder(SEED_IDS.huyenUy, LAST_DAY_BEFORE),
    ];
    expect(former).toHaveLength(72);
    for (const unit of former) {
      const successors = value(org.successorsAt(unit.id, REFORM_DATE));
      expect(successors, unit.name).toHaveLength(1);
      const [successor] = successors as [OrgUnit];
      expect(successor.level).toBe('commune');
      expect(successor.side).toBe(unit.side);
      expect(successor.validFrom).toBe(REFORM_DATE);
      expect(value(org.recordsHolderAt(unit.id, REFORM_DATE))).toBe(successor);
    }
  });

  it.each(MERGER_TABLE)('merges into xã %s (%s) exactly the units of §10.2', (newXa, gsoCode, formerRows) => {
    const newState = unitNamed(`Ủy ban nhân dân xã ${newXa}`, REFORM_DATE);
    const newParty = unitNamed(`Đảng ủy xã ${newXa}`, REFORM_DATE);
    expect(newState.gsoCode).toBe(gsoCode);
    for (const row of formerRows) {
      const oldState = unitNamed(`Ủy ban nhân dân ${placeOf(row)}`, LAST_DAY_BEFORE);
      expect(value(org.successorsAt(oldState.id, REFORM_DATE))).toEqual([newState]);
      const oldParty = unitNamed(`Đảng ủy ${placeOf(row)}`, LAST_DAY_BEFORE);
      expect(value(org.successorsAt(oldParty.id, REFORM_DATE))).toEqual([newParty]);
    }
    const predecessors = org.successions.filter((s) => s.successorId === newState.id).map((s) => s.predecessorId);
    expect(predecessors.map((id) => org.findUnit(id)?.shortName)).toEqual(
      formerRows.map((row) => `UBND ${placeOf(row)}`),
    );
  });

  it('covers all 36 former units in the merger table exactly once', () => {
    const rows = MERGER_TABLE.flatMap(([, , former]) => former.map(placeOf));
    expect(rows).toHaveLength(36);
    expect([...rows].sort()).toEqual([...FORMER_PLACES].sort());
  });

  it('sends Hoằng Đức to xã Hoằng Hóa (15865), for a document addressed before the reform', () => {
    const duc = formerCommuneUnitId('xa-hoang-duc', 'state');
    const holder = value(org.recordsHolderAt(duc, '2026-01-15'));
    expect([holder.name, holder.gsoCode]).toEqual(['Ủy ban nhân dân xã Hoằng Hóa', '15865']);
    expect(value(org.ancestors(holder.id, '2026-01-15')).map((u) => u.id)).toEqual([SEED_IDS.ubndTinh]);
  });
});
