import { describe, expect, it } from 'vitest';
import { IncomingDocumentInput, prepareIncomingRegistration } from './incoming.js';
import { vietnamDateOf } from './vietnam-date.js';

const valid = {
  issuer: 'UBND tỉnh Thanh Hóa',
  numberSymbol: '12/QĐ-UBND',
  documentDate: '2025-09-10',
  subject: 'Về việc  kiện toàn\nBan chỉ đạo chuyển đổi số',
};

describe('IncomingDocumentInput', () => {
  it('cleans white space in text fields', () => {
    const parsed = IncomingDocumentInput.parse(valid);
    expect(parsed.subject).toBe('Về việc kiện toàn Ban chỉ đạo chuyển đổi số');
  });

  it('names every missing or malformed field in Vietnamese', () => {
    const result = IncomingDocumentInput.safeParse({ issuer: '  ', numberSymbol: '12/QĐ-UBND', documentDate: '10/09/2025' });
    const issues = result.success ? [] : result.error.issues;
    const messages = Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({
      issuer: 'Cơ quan ban hành không được để trống',
      documentDate: 'Ngày văn bản phải có dạng YYYY-MM-DD',
      subject: 'Trích yếu nội dung là bắt buộc',
    });
  });

  it('rejects a subject longer than the limit', () => {
    expect(IncomingDocumentInput.safeParse({ ...valid, subject: 'x'.repeat(2001) }).success).toBe(false);
  });
});

describe('prepareIncomingRegistration', () => {
  const context = { orgId: 'hh-ubnd-xa-hoang-hoa', now: new Date('2025-09-15T02:00:00Z') };

  it('accepts a document dated today in Vietnam and stamps the reception time', () => {
    const result = prepareIncomingRegistration(IncomingDocumentInput.parse({ ...valid, documentDate: '2025-09-15' }), context);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ orgId: context.orgId, receivedAt: context.now, documentDate: '2025-09-15' }),
    });
  });

  it('rejects a date after today in Vietnam, even when it is still yesterday in UTC', () => {
    // 16:30 UTC on 14 September is 23:30 in Hà Nội: 15 September is still tomorrow there.
    const lateEvening = { ...context, now: new Date('2025-09-14T16:30:00Z') };
    const result = prepareIncomingRegistration(IncomingDocumentInput.parse({ ...valid, documentDate: '2025-09-15' }), lateEvening);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('DOCUMENT_DATE_IN_FUTURE');
      expect(result.error.kind).toBe('invalid');
      expect(result.error.messageVi).toContain('2025-09-15');
    }
    // Half an hour later it is 15 September in Vietnam and the same document is accepted.
    const midnight = { ...context, now: new Date('2025-09-14T17:00:00Z') };
    expect(prepareIncomingRegistration(IncomingDocumentInput.parse({ ...valid, documentDate: '2025-09-15' }), midnight).ok).toBe(true);
  });

  it('rejects an implausibly old date', () => {
    const result = prepareIncomingRegistration(IncomingDocumentInput.parse({ ...valid, documentDate: '1900-01-01' }), context);
    expect(result.ok ? null : result.error.code).toBe('DOCUMENT_DATE_TOO_OLD');
  });
});

describe('vietnamDateOf', () => {
  it('is the date in UTC+7 whatever the process time zone', () => {
    expect(vietnamDateOf(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(vietnamDateOf(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});

describe('prepareIncomingRegistration and the number and symbol', () => {
  const context = { orgId: 'th-ubnd-xa-hoang-hoa', now: new Date('2025-09-15T02:00:00Z') };
  const prepare = (numberSymbol: string) =>
    prepareIncomingRegistration(IncomingDocumentInput.parse({ ...valid, numberSymbol }), context);

  it('stores what a clerk typed in canonical form, with the kind it names', () => {
    expect(prepare('so 12/qd-ubnd')).toMatchObject({
      ok: true,
      value: { numberSymbol: '12/QĐ-UBND', documentSystem: 'state', kindCode: 'quyet-dinh' },
    });
    expect(prepare('Số 82-KL/TW')).toMatchObject({ ok: true, value: { documentSystem: 'party', kindCode: 'ket-luan' } });
    expect(prepare('45/UBND-VP')).toMatchObject({ ok: true, value: { numberSymbol: '45/UBND-VP', kindCode: 'cong-van' } });
  });

  it('refuses a malformed symbol with its precise code', () => {
    const result = prepare('QĐ-UBND');
    expect(result.ok ? null : result.error.code).toMatch(/^SYMBOL_/);
  });

  it('defaults urgency and secrecy to ordinary', () => {
    expect(prepare('12/QĐ-UBND')).toMatchObject({ ok: true, value: { urgency: 'thuong', secrecy: 'thuong' } });
  });
});
