import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutgoingRegistersHarness } from './outgoing-registers.fixture.js';
import { OTHER_UNIT, UNIT } from './registers.fixture.js';

const PROVINCE = 'th-ubnd-tinh';
const empty = (month: number) => ({ month, total: 0, byKind: {} });

/** What {@link UNIT} issued in 2025 (see ISSUES): the secret notice counts, the signed but unissued report does not. */
const UNIT_2025 = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map(empty),
  { month: 9, total: 1, byKind: { 'cong-van': 1 } },
  { month: 10, total: 2, byKind: { 'quyet-dinh': 1, 'thong-bao': 1 } },
  // Recalled the next day: it was issued all the same.
  { month: 11, total: 1, byKind: { 'ke-hoach': 1 } },
  // The replaced notice and its replacement.
  { month: 12, total: 2, byKind: { 'thong-bao': 2 } },
];

describe(`registers.monthlyCounts and monthlyCountsByUnit of issued documents on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createOutgoingRegistersHarness>>;

  beforeAll(async () => {
    h = await createOutgoingRegistersHarness();
  });
  afterAll(() => h.close());

  it('counts the unit’s issued documents per month of their date, in total and per kind, recalled and replaced ones included', async () => {
    expect(await h.clerk.registers.monthlyCounts({ year: 2025, direction: 'outgoing' })).toEqual({
      year: 2025,
      total: 6,
      months: UNIT_2025,
    });
  });

  it('counts a document issued at 00:30 on 1 January in Vietnam in January of the new year, the default year', async () => {
    const counts = await h.clerk.registers.monthlyCounts({ direction: 'outgoing' });
    expect(counts.year).toBe(2026);
    expect(counts.total).toBe(1);
    expect(counts.months[0]).toEqual({ month: 1, total: 1, byKind: { 'cong-van': 1 } });
    expect(counts.months.slice(1)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(empty));
  });

  it('still counts received documents when no direction is given, and issued ones are not among them', async () => {
    const incoming = await h.clerk.registers.monthlyCounts({ year: 2025 });
    expect(incoming).toEqual({ year: 2025, total: 0, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(empty) });
    expect(await h.clerk.registers.monthlyCounts({ year: 2025, direction: 'incoming' })).toEqual(incoming);
  });

  it('counts only the caller’s unit', async () => {
    const other = h.as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT }));
    const counts = await other.registers.monthlyCounts({ year: 2025, direction: 'outgoing' });
    expect(counts.total).toBe(1);
    expect(counts.months[9]).toEqual({ month: 10, total: 1, byKind: { 'cong-van': 1 } });
  });

  it('gives a province leader the issued documents of every unit beneath it, each with its own months', async () => {
    const leader = h.as(aPrincipal({ username: 'lanhdao.tinh', orgId: PROVINCE, roles: ['lanh-dao'] }));
    const counts = await leader.registers.monthlyCountsByUnit({ year: 2025, direction: 'outgoing' });
    expect(counts.total).toBe(7);
    const byId = new Map(counts.units.map((unit) => [unit.unitId, unit]));
    expect(byId.get(UNIT)).toMatchObject({ unitName: 'Ủy ban nhân dân xã Hoằng Hóa', total: 6, months: UNIT_2025 });
    expect(byId.get(OTHER_UNIT)?.months[9]).toEqual({ month: 10, total: 1, byKind: { 'cong-van': 1 } });
    expect(byId.get(PROVINCE)?.total).toBe(0);
    expect((await leader.registers.monthlyCountsByUnit({ year: 2025 })).total).toBe(0);

    const communeLeader = h.as(aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] }));
    const commune = await communeLeader.registers.monthlyCountsByUnit({ direction: 'outgoing' });
    expect(commune.year).toBe(2026);
    expect(commune.units.map((unit) => [unit.unitId, unit.total])).toEqual([[UNIT, 1]]);
  });

  it('refuses a specialist with ROLE_REQUIRED', async () => {
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] }));
    await expect(specialist.registers.monthlyCounts({ year: 2025, direction: 'outgoing' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
  });
});
