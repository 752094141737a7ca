import { PgDialect, text, pgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { escapeLike, normalizeVietnamese, vnSearchCondition, vnSearchTokens } from './vietnamese-search.js';

const documents = pgTable('document', { subject: text('subject').notNull() });
const dialect = new PgDialect();

describe('normalizeVietnamese', () => {
  it('removes tone and vowel marks and lower-cases', () => {
    expect(normalizeVietnamese('Quyết định về việc phê duyệt')).toBe('quyet dinh ve viec phe duyet');
  });

  it('maps đ and Đ to d', () => {
    expect(normalizeVietnamese('Đơn đề nghị ĐĂNG KÝ')).toBe('don de nghi dang ky');
  });

  it('gives the same result for NFC and NFD input', () => {
    const text = 'Ủy ban nhân dân tỉnh Thừa Thiên Huế ưu tiên ở';
    expect(normalizeVietnamese(text.normalize('NFD'))).toBe(normalizeVietnamese(text.normalize('NFC')));
    expect(normalizeVietnamese(text.normalize('NFD'))).toBe('uy ban nhan dan tinh thua thien hue uu tien o');
  });

  it('keeps digits and punctuation of document numbers', () => {
    expect(normalizeVietnamese('Số 12/QĐ-UBND')).toBe('so 12/qd-ubnd');
  });

  it('rewrites typographic quotes, dashes and ellipsis as unaccent does', () => {
    expect(normalizeVietnamese('“Tờ trình” – ‘dự thảo’…')).toBe('"to trinh" - \'du thao\'...');
  });

  it('treats Ð (eth, from old encodings) like Đ', () => {
    expect(normalizeVietnamese('ÐÀ NẴNG')).toBe('da nang');
  });

  it('collapses and trims white space', () => {
    expect(normalizeVietnamese('  Công\u00a0văn \t số\n 5  ')).toBe('cong van so 5');
  });
});

describe('vnSearchTokens', () => {
  it('splits a query into normalised words', () => {
    expect(vnSearchTokens('Quyết  định 12 UBND')).toEqual(['quyet', 'dinh', '12', 'ubnd']);
  });

  it('drops repeated words', () => {
    expect(vnSearchTokens('đơn Đơn don')).toEqual(['don']);
  });

  it('returns no tokens for a blank query', () => {
    expect(vnSearchTokens('  \t ')).toEqual([]);
  });
});

describe('escapeLike', () => {
  it('escapes %, _ and the backslash', () => {
    expect(escapeLike('5%_a\\b')).toBe('5\\%\\_a\\\\b');
  });
});

describe('vnSearchCondition', () => {
  it('returns undefined for a blank query', () => {
    expect(vnSearchCondition(documents.subject, '   ')).toBeUndefined();
  });

  it('requires every token, each passed as an escaped parameter', () => {
    const condition = vnSearchCondition(documents.subject, 'Quyết định 5%');
    if (condition === undefined) throw new Error('expected a condition for a non-blank query');
    const query = dialect.sqlToQuery(condition);
    expect(query.sql).toBe(
      '(public.lt_unaccent("document"."subject") LIKE $1 AND public.lt_unaccent("document"."subject") LIKE $2' +
        ' AND public.lt_unaccent("document"."subject") LIKE $3)',
    );
    expect(query.params).toEqual(['%quyet%', '%dinh%', '%5\\%%']);
  });
});
