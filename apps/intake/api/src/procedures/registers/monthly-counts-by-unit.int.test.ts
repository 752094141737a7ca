import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { thanhHoaOrganization } from '@lienthong/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistersHarness, OTHER_UNIT, UNIT } from './registers.fixture.js';

const PROVINCE = 'th-ubnd-tinh';
const DISTRICT = 'hh-ubnd-huyen';
/** A commune that ended on 1 July 2025, when the communes of Hoằng Hóa were merged; its register ended with it. */
const FORMER_COMMUNE = 'hh-ubnd-xa-hoang-quy-huyen';

const empty = (month: number) => ({ month, total: 0, byKind: {} });

/** The State units of the seed that existed at some time in `year` (all of them lie under UBND tỉnh). */
const stateUnitsOf = (year: number) =>
  thanhHoaOrganization()
    .units.filter(
      (unit) =>
        unit.side === 'state' &&
        unit.validFrom < `${year + 1}-01-01` &&
        (unit.validTo === null || unit.validTo > `${year}-01-01`),
    )
    .map((unit) => unit.id);

describe(`registers.monthlyCountsByUnit on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createRegistersHarness>>;
  const provinceLeader = () => h.as(aPrincipal({ username: 'lanhdao.tinh', orgId: PROVINCE, roles: ['lanh-dao'] }));

  beforeAll(async () => {
    h = await createRegistersHarness();
    // Before the reform: a document of a commune that ended on 1 July 2025, in June.
    h.clock.set('2025-06-20T02:00:00Z');
    await h.as(aPrincipal({ username: 'vanthu.hoangquy', orgId: FORMER_COMMUNE })).incoming.register({
      issuer: 'UBND huyện Hoằng Hóa',
      numberSymbol: '88/QĐ-UBND',
      documentDate: '2025-06-18',
      subject: 'Quyết định về việc bàn giao hồ sơ khi sắp xếp đơn vị hành chính',
    });
    h.clock.set('2026-01-06T02:00:00Z');
  });
  afterAll(() => h.close());

  it('gives a province leader every unit beneath it that existed in the year, each with its own months', async () => {
    const counts = await provinceLeader().registers.monthlyCountsByUnit({ year: 2025 });
    expect(counts.year).toBe(2025);
    expect(counts.total).toBe(6);
    const ids = counts.units.map((unit) => unit.unitId);
    expect(ids.slice(0, 3)).toEqual([PROVINCE, DISTRICT, 'hh-ubnd-tt-but-son']);
    expect([...ids].sort()).toEqual([...stateUnitsOf(2025)].sort());
    expect(ids.some((id) => id.includes('dang-uy'))).toBe(false);

    const byId = new Map(counts.units.map((unit) => [unit.unitId, unit]));
    expect(byId.get(UNIT)).toEqual({
      unitId: UNIT,
      unitName: 'Ủy ban nhân dân xã Hoằng Hóa',
      parentId: PROVINCE,
      validFrom: '2025-07-01',
      validTo: null,
      total: 4,
      months: [
        ...[1, 2, 3, 4, 5, 6, 7, 8].map(empty),
        { month: 9, total: 1, byKind: { 'quyet-dinh': 1 } },
        { month: 10, total: 2, byKind: { 'cong-van': 1, 'thong-bao': 1 } },
        empty(11),
        { month: 12, total: 1, byKind: { 'quyet-dinh': 1 } },
      ],
    });
    expect(byId.get(OTHER_UNIT)).toMatchObject({
      total: 1,
      months: expect.arrayContaining([{ month: 10, total: 1, byKind: { 'quyet-dinh': 1 } }]),
    });
    expect(byId.get(FORMER_COMMUNE)).toMatchObject({
      unitName: 'Ủy ban nhân dân xã Hoằng Quỳ',
      parentId: DISTRICT,
      validTo: '2025-07-01',
      total: 1,
    });
    expect(byId.get(FORMER_COMMUNE)?.months[5]).toEqual({ month: 6, total: 1, byKind: { 'quyet-dinh': 1 } });
    expect(byId.get(PROVINCE)?.total).toBe(0);
  });

  it('leaves out the units that had ended before the year, and defaults to this year in Vietnam', async () => {
    const counts = await provinceLeader().registers.monthlyCountsByUnit();
    expect(counts.year).toBe(2026);
    const ids = counts.units.map((unit) => unit.unitId);
    expect([...ids].sort()).toEqual([...stateUnitsOf(2026)].sort());
    expect(ids).toHaveLength(9);
    expect(ids).not.toContain(DISTRICT);
    expect(counts.total).toBe(2);
    expect(counts.units.find((unit) => unit.unitId === UNIT)?.months[0]).toEqual({
      month: 1,
      total: 2,
      byKind: { 'ke-hoach': 1, 'ket-luan': 1 },
    });
  });

  it('gives a commune’s leader, and clerks and archivists anywhere, their own unit only', async () => {
    const communeLeader = h.as(aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] }));
    const commune = await communeLeader.registers.monthlyCountsByUnit({ year: 2025 });
    expect(commune.units.map((unit) => [unit.unitId, unit.total])).toEqual([[UNIT, 4]]);
    expect(commune.total).toBe(4);

    for (const role of ['van-thu', 'luu-tru'] as const) {
      const reader = h.as(aPrincipal({ username: `${role}.tinh`, orgId: PROVINCE, roles: [role] }));
      const own = await reader.registers.monthlyCountsByUnit({ year: 2025 });
      expect(own.units.map((unit) => [unit.unitId, unit.unitName, unit.total])).toEqual([
        [PROVINCE, 'Ủy ban nhân dân tỉnh Thanh Hóa', 0],
      ]);
    }
  });

  it('refuses a specialist with ROLE_REQUIRED', async () => {
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.tinh', orgId: PROVINCE, roles: ['chuyen-vien'] }));
    await expect(specialist.registers.monthlyCountsByUnit({ year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
  });
});
