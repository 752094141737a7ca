import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutgoingRegistersHarness } from './outgoing-registers.fixture.js';
import { OTHER_UNIT } from './registers.fixture.js';

describe(`registers.outgoingEntries on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createOutgoingRegistersHarness>>;

  beforeAll(async () => {
    h = await createOutgoingRegistersHarness();
  });
  afterAll(() => h.close());

  it('lists the unit’s ordinary outgoing register of a year in số đi order, in the Phụ lục IV columns', async () => {
    const register = await h.clerk.registers.outgoingEntries({ year: 2025 });
    expect(register.year).toBe(2025);
    expect(register.nextCursor).toBeNull();
    // The secret notice has its own series and book, and the signed report was never issued: neither is here.
    expect(
      register.items.map((entry) => [entry.outgoingNumber, entry.numberSymbol, entry.status, entry.notes]),
    ).toEqual([
      [1, '01/UBND-VP', 'issued', null],
      [2, '02/QĐ-UBND', 'issued', null],
      [3, '03/KH-UBND', 'recalled', 'Đã thu hồi'],
      [4, '04/TB-UBND', 'replaced', 'Đã bị thay thế'],
      [5, '05/TB-UBND', 'issued', null],
    ]);
    expect(register.items[0]).toEqual({
      documentId: h.ids.get('report'),
      outgoingNumber: 1,
      numberSymbol: '01/UBND-VP',
      issuedDate: '2025-09-15',
      kindCode: 'cong-van',
      kindName: 'Công văn',
      subject: 'V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
      signerName: 'Lê Văn Hùng',
      recipients: ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Công ty cổ phần Viễn thông ABC'],
      draftedBy: 'chuyenvien.hoanghoa',
      copies: null,
      issuedAt: new Date('2025-09-15T02:00:00Z'),
      acknowledgedBy: null,
      status: 'issued',
      notes: null,
    });
    expect(register.items[1]).toMatchObject({
      kindCode: 'quyet-dinh',
      kindName: 'Quyết định',
      issuedDate: '2025-10-03',
    });
  });

  it('starts a new register at the Vietnamese new year, which is the default year', async () => {
    const register = await h.clerk.registers.outgoingEntries();
    expect(register.year).toBe(2026);
    expect(register.items.map((entry) => [entry.outgoingNumber, entry.numberSymbol, entry.issuedDate])).toEqual([
      [1, '01/UBND-VP', '2026-01-01'],
    ]);
    expect(register.items[0]?.issuedAt).toEqual(new Date('2025-12-31T17:30:00Z'));
  });

  it('pages by số đi without repeating or skipping', async () => {
    const seen: number[] = [];
    let cursor: number | undefined;
    let pages = 0;
    do {
      const page = await h.clerk.registers.outgoingEntries({ year: 2025, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((entry) => entry.outgoingNumber));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows another unit only its own register, and the incoming book stays apart', async () => {
    const other = h.as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT }));
    const register = await other.registers.outgoingEntries({ year: 2025 });
    expect(register.items.map((entry) => [entry.outgoingNumber, entry.numberSymbol, entry.signerName])).toEqual([
      [1, '01/UBND-VP', `lanhdao.${OTHER_UNIT}`],
    ]);
    expect((await other.registers.outgoingEntries({ year: 2026 })).items).toEqual([]);
    // Issuing numbers no incoming document.
    expect((await h.clerk.registers.entries({ year: 2025 })).items).toEqual([]);
  });

  it('lets leaders and archivists of the unit read it', async () => {
    for (const role of ['lanh-dao', 'luu-tru'] as const) {
      const reader = h.as(aPrincipal({ username: `${role}.hoanghoa`, roles: [role] }));
      expect((await reader.registers.outgoingEntries({ year: 2025 })).items).toHaveLength(5);
    }
  });

  it('refuses a specialist with ROLE_REQUIRED, and a year outside 2000–2100', async () => {
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] }));
    await expect(specialist.registers.outgoingEntries({ year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
    await expect(h.clerk.registers.outgoingEntries({ year: 2101 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
