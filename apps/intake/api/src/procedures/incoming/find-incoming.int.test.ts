import { testDatabaseDriver } from '@lienthong/db/testing';
import { thanhHoaOrganization } from '@lienthong/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPrincipal } from '@lienthong/auth/testing';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

const communes = thanhHoaOrganization().units.filter(
  (unit) => unit.level === 'commune' && unit.side === 'state' && unit.validFrom >= '2025-07-01',
);
const [communeA, communeB] = communes;
if (!communeA || !communeB) throw new Error('The seed lacks two new communes');

describe(`incoming.find on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const clerkOf = (orgId: string) => h.callerFor(aPrincipal({ username: `vanthu.${orgId}`, orgId }));
  const leaderOf = (orgId: string) =>
    h.callerFor(aPrincipal({ username: `lanhdao.${orgId}`, roles: ['lanh-dao'], orgId }));
  const register = (orgId: string, numberSymbol: string, subject: string, issuer = 'UBND tỉnh Thanh Hóa') => {
    h.clock.advance(60_000);
    return clerkOf(orgId).incoming.register({ issuer, numberSymbol, documentDate: '2025-09-01', subject });
  };

  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
    await register(communeA.id, '12/QĐ-UBND', 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số');
    await register(communeA.id, '45/UBND-VP', 'Về việc đôn đốc nộp báo cáo tháng 8', 'Văn phòng UBND tỉnh');
    await register(
      communeA.id,
      '82-KL/TW',
      'Kết luận của Bộ Chính trị về đẩy mạnh chuyển đổi số',
      'Ban Chấp hành Trung ương',
    );
    await register(communeA.id, '07/TB-UBND', 'Thông báo lịch tiếp công dân quý IV');
    await register(communeA.id, '30/2020/NĐ-CP', 'Nghị định về công tác văn thư', 'Chính phủ');
    await register(communeB.id, '99/QĐ-UBND', 'Quyết định của xã khác');
  });
  afterAll(() => h.close());

  it('lists only the caller’s unit’s documents, newest first, to any of its staff', async () => {
    const page = await leaderOf(communeA.id).incoming.find();
    expect(page.items.map((item) => item.numberSymbol)).toEqual([
      '30/2020/NĐ-CP',
      '07/TB-UBND',
      '82-KL/TW',
      '45/UBND-VP',
      '12/QĐ-UBND',
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('finds Quyết định 12/QĐ-UBND by an unaccented query over subject, symbol and issuer', async () => {
    const page = await clerkOf(communeA.id).incoming.find({ query: 'quyet dinh 12 ubnd' });
    expect(page.items.map((item) => item.numberSymbol)).toEqual(['12/QĐ-UBND']);
    const byIssuer = await clerkOf(communeA.id).incoming.find({ query: 'chinh phu van thu' });
    expect(byIssuer.items.map((item) => item.numberSymbol)).toEqual(['30/2020/NĐ-CP']);
    const both = await clerkOf(communeA.id).incoming.find({ query: 'CHUYỂN ĐỔI SỐ' });
    expect(both.items.map((item) => item.numberSymbol)).toEqual(['82-KL/TW', '12/QĐ-UBND']);
    expect((await clerkOf(communeA.id).incoming.find({ query: 'quyet dinh 13' })).items).toEqual([]);
  });

  it('does not show another unit’s documents, even by id', async () => {
    const other = await clerkOf(communeB.id).incoming.find({ query: 'quyet dinh' });
    expect(other.items.map((item) => item.numberSymbol)).toEqual(['99/QĐ-UBND']);
    const [own] = other.items;
    if (!own) throw new Error('commune B has no document');
    await expect(clerkOf(communeA.id).incoming.get({ id: own.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      cause: { code: 'DOCUMENT_NOT_FOUND' },
    });
  });

  it('pages with a cursor without repeating or skipping', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await clerkOf(communeA.id).incoming.find({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.numberSymbol));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['30/2020/NĐ-CP', '07/TB-UBND', '82-KL/TW', '45/UBND-VP', '12/QĐ-UBND']);
  });

  it('filters by document date', async () => {
    const none = await clerkOf(communeA.id).incoming.find({ documentDateFrom: '2025-09-02' });
    expect(none.items).toEqual([]);
    const all = await clerkOf(communeA.id).incoming.find({
      documentDateFrom: '2025-09-01',
      documentDateTo: '2025-09-01',
    });
    expect(all.items).toHaveLength(5);
  });
});
