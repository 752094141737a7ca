import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistersHarness, OTHER_UNIT } from './registers.fixture.js';

const empty = (month: number) => ({ month, total: 0, byKind: {} });

describe(`registers.monthlyCounts on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createRegistersHarness>>;

  beforeAll(async () => {
    h = await createRegistersHarness();
  });
  afterAll(() => h.close());

  it('counts the unit’s documents per month of arrival in Vietnam, in total and per kind', async () => {
    const counts = await h.clerk.registers.monthlyCounts({ year: 2025 });
    expect(counts).toEqual({
      year: 2025,
      total: 4,
      months: [
        ...[1, 2, 3, 4, 5, 6, 7, 8].map(empty),
        { month: 9, total: 1, byKind: { 'quyet-dinh': 1 } },
        { month: 10, total: 2, byKind: { 'cong-van': 1, 'thong-bao': 1 } },
        empty(11),
        { month: 12, total: 1, byKind: { 'quyet-dinh': 1 } },
      ],
    });
  });

  it('counts a document received at 00:30 on 1 January in Vietnam in January of the new year, the default year', async () => {
    const counts = await h.clerk.registers.monthlyCounts();
    expect(counts.year).toBe(2026);
    expect(counts.total).toBe(2);
    expect(counts.months[0]).toEqual({ month: 1, total: 2, byKind: { 'ke-hoach': 1, 'ket-luan': 1 } });
    expect(counts.months.slice(1)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(empty));
  });

  it('counts only the caller’s unit', async () => {
    const other = h.as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT, roles: ['lanh-dao'] }));
    const counts = await other.registers.monthlyCounts({ year: 2025 });
    expect(counts.total).toBe(1);
    expect(counts.months[9]).toEqual({ month: 10, total: 1, byKind: { 'quyet-dinh': 1 } });
    expect((await other.registers.monthlyCounts({ year: 2026 })).total).toBe(0);
  });

  it('refuses a specialist with ROLE_REQUIRED', async () => {
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] }));
    await expect(specialist.registers.monthlyCounts({ year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
  });
});
