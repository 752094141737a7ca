import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistersHarness, OTHER_UNIT } from './registers.fixture.js';

describe(`registers.entries on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createRegistersHarness>>;

  beforeAll(async () => {
    h = await createRegistersHarness();
  });
  afterAll(() => h.close());

  it('lists the unit’s incoming register of a year in số đến order, in the Phụ lục IV columns', async () => {
    const register = await h.clerk.registers.entries({ year: 2025 });
    expect(register.year).toBe(2025);
    expect(register.nextCursor).toBeNull();
    expect(register.items.map((entry) => [entry.incomingNumber, entry.numberSymbol])).toEqual([
      [1, '12/QĐ-UBND'],
      [2, '45/UBND-VP'],
      [3, '07/TB-UBND'],
      [4, '30/QĐ-UBND'],
    ]);
    expect(register.items[1]).toEqual({
      documentId: expect.any(String),
      receivedAt: new Date('2025-10-03T08:15:00Z'),
      incomingNumber: 2,
      issuer: 'Văn phòng UBND tỉnh',
      numberSymbol: '45/UBND-VP',
      documentDate: '2025-10-01',
      // A công văn's symbol names no kind (`45/UBND-VP`), so intake stores none.
      kindCode: 'cong-van',
      kindName: 'Công văn',
      subject: 'Về việc tổ chức "Ngày chuyển đổi số", năm 2025',
      recipient: null,
      forwardedAt: null,
      acknowledgedBy: null,
      urgency: 'khan',
      secrecy: 'thuong',
      notes: 'Khẩn',
    });
    expect(register.items[3]).toMatchObject({ kindCode: 'quyet-dinh', kindName: 'Quyết định', notes: null });
  });

  it('starts a new register at the Vietnamese new year, which is the default year', async () => {
    const register = await h.clerk.registers.entries();
    expect(register.year).toBe(2026);
    expect(
      register.items.map((entry) => [entry.incomingNumber, entry.numberSymbol, entry.kindName, entry.notes]),
    ).toEqual([
      [1, '01/KH-UBND', 'Kế hoạch', null],
      [2, '82-KL/TW', 'Kết luận', 'Mật'],
    ]);
    expect(register.items[0]?.receivedAt).toEqual(new Date('2025-12-31T17:30:00Z'));
  });

  it('pages by số đến without repeating or skipping', async () => {
    const seen: number[] = [];
    let cursor: number | undefined;
    let pages = 0;
    do {
      const page = await h.clerk.registers.entries({ year: 2025, limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((entry) => entry.incomingNumber));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('lets leaders and archivists of the unit read it', async () => {
    for (const roles of [['lanh-dao'], ['luu-tru']] as const) {
      const reader = h.as(aPrincipal({ username: `${roles[0]}.hoanghoa`, roles: [...roles] }));
      expect((await reader.registers.entries({ year: 2025 })).items).toHaveLength(4);
    }
  });

  it('shows another unit only its own register', async () => {
    const other = h.as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT }));
    const register = await other.registers.entries({ year: 2025 });
    expect(register.items.map((entry) => [entry.incomingNumber, entry.numberSymbol])).toEqual([[1, '99/QĐ-UBND']]);
    expect((await other.registers.entries({ year: 2026 })).items).toEqual([]);
  });

  it('refuses a specialist with ROLE_REQUIRED', async () => {
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] }));
    await expect(specialist.registers.entries({ year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
  });

  it('rejects a year outside 2000–2100', async () => {
    await expect(h.clerk.registers.entries({ year: 1999 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
