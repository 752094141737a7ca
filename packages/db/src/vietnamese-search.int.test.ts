import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDocuments } from '../test-fixtures/fixture.schema.js';
import { FIXTURE_SET } from '../test-fixtures/migration-sets.js';
import { createTestDatabase, testDatabaseDriver, type TestDatabase } from './testing/index.js';
import { normalizeVietnamese, vnSearchCondition } from './vietnamese-search.js';

const driver = testDatabaseDriver();
const NOW = new Date('2026-03-02T08:00:00Z');

const SUBJECTS = [
  'Quyết định 12/QĐ-UBND về việc phê duyệt kế hoạch',
  'Đơn đề nghị cấp giấy phép xây dựng',
  'Công văn về tăng 5% lệ phí trước bạ',
  'Công văn về tăng 50 lệ phí trước bạ',
  'Báo cáo tình hình ma_tuy quý I',
  'Báo cáo tình hình matuy quý II',
  // Decomposed (NFD) text, as some scanners and macOS clients send it.
  'Tờ trình về Ủy ban nhân dân tỉnh Thừa Thiên Huế'.normalize('NFD'),
];

const REALISTIC_TEXTS = [
  'Quyết định 12/QĐ-UBND về việc phê duyệt kế hoạch',
  'ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG',
  'Đà Nẵng, ngày 02 tháng 3 năm 2026',
  'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
  'Ủy ban nhân dân tỉnh Thừa Thiên Huế'.normalize('NFD'),
  'Nghị định số 30/2020/NĐ-CP về công tác văn thư'.normalize('NFD'),
  'Sở Tư pháp; Phòng Tài nguyên và Môi trường; Ban Quản lý dự án',
  'Người ký: Nguyễn Thị Hường — Phó Chủ tịch',
  '“Tờ trình” số 45/TTr-STP… ngày 1–2/3',
  'ưu tiên, ơ, ư, ỹ, ợ, ẵ, ặ, ễ, ộ, ữ, đ, Đ',
];

describe(`Vietnamese search (${driver})`, () => {
  let database: TestDatabase;

  async function search(query: string): Promise<string[]> {
    const rows = await database.db
      .select({ subject: fixtureDocuments.subject })
      .from(fixtureDocuments)
      .where(and(eq(fixtureDocuments.orgId, 'th-ubnd-tinh'), vnSearchCondition(fixtureDocuments.subject, query)))
      .orderBy(asc(fixtureDocuments.subject));
    return rows.map((r) => r.subject.normalize('NFC'));
  }

  beforeAll(async () => {
    database = await createTestDatabase([FIXTURE_SET]);
    await database.db.insert(fixtureDocuments).values(
      SUBJECTS.map((subject) => ({
        id: randomUUID(),
        orgId: 'th-ubnd-tinh',
        subject,
        createdAt: NOW,
        updatedAt: NOW,
      })),
    );
  });

  afterAll(async () => {
    await database.close();
  });

  it.each(REALISTIC_TEXTS)('normalises %s in TypeScript exactly as public.lt_unaccent does', async (text) => {
    const result = await database.db.execute<{ normalized: string }>(
      sql`select public.lt_unaccent(${text}) as normalized`,
    );
    expect(result.rows[0]?.normalized).toBe(normalizeVietnamese(text));
  });

  it('finds a decision by its unaccented words and number', async () => {
    expect(await search('quyet dinh 12 ubnd')).toEqual(['Quyết định 12/QĐ-UBND về việc phê duyệt kế hoạch']);
  });

  it('finds đơn đề nghị by don de nghi', async () => {
    expect(await search('don de nghi')).toEqual(['Đơn đề nghị cấp giấy phép xây dựng']);
  });

  it('finds decomposed (NFD) text with a composed (NFC) query', async () => {
    expect(await search('Ủy ban Thừa Thiên Huế'.normalize('NFC'))).toEqual([
      'Tờ trình về Ủy ban nhân dân tỉnh Thừa Thiên Huế',
    ]);
  });

  it('finds composed text with an upper-case, decomposed query', async () => {
    expect(await search('ĐƠN ĐỀ NGHỊ'.normalize('NFD'))).toEqual(['Đơn đề nghị cấp giấy phép xây dựng']);
  });

  it('finds nothing when one word matches no document', async () => {
    expect(await search('quyet dinh khenthuong')).toEqual([]);
  });

  it('treats % in the query literally', async () => {
    expect(await search('5%')).toEqual(['Công văn về tăng 5% lệ phí trước bạ']);
  });

  it('treats _ in the query literally', async () => {
    expect(await search('ma_tuy')).toEqual(['Báo cáo tình hình ma_tuy quý I']);
  });

  it('adds no condition for a blank query', async () => {
    expect(await search('   ')).toHaveLength(SUBJECTS.length);
  });

  it('can answer the search from the trigram GIN index', async () => {
    const query = database.db
      .select({ id: fixtureDocuments.id })
      .from(fixtureDocuments)
      .where(vnSearchCondition(fixtureDocuments.subject, 'quyet dinh'));
    const plan = await database.db.transaction(async (tx) => {
      // With so few rows a sequential scan is cheaper; forbid it to see whether the index can serve the query.
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute<{ 'QUERY PLAN': string }>(sql`explain ${query}`);
    });
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('document_subject_search_idx');
  });
});
