import { describe, expect, it } from 'vitest';
import type { SecrecyLevel } from './metadata.js';
import {
  assertMayDispatchElectronically,
  assertMayStoreContent,
  findDuplicates,
  isWeekday,
  receiptConfirmationDue,
  registrationDelay,
  URGENT_REGISTRATION_LIMIT_MS,
} from './rules.js';

describe('findDuplicates', () => {
  const earlier = {
    id: 'doc-1',
    organName: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    codeNumber: '05',
    codeNotation: 'QĐ-UBND',
    contentHash: 'sha256-aaa',
    arrivalNumber: 118,
  };

  it('warns about the same issuer, number and symbol however they are typed', () => {
    // Old-style tone placement, a decomposed "Đ", an unpadded number and stray spaces and case.
    const candidate = {
      organName: '  Uỷ ban nhân dân  tỉnh Thanh Hoá',
      codeNumber: '5',
      codeNotation: 'qđ - ubnd'.normalize('NFD'),
    };
    const warnings = findDuplicates(candidate, [earlier]);
    expect(warnings).toEqual([
      {
        code: 'POSSIBLE_DUPLICATE',
        reasons: ['same-number-symbol-issuer'],
        earlier,
        messageVi: 'Văn bản này có thể trùng với văn bản 05/QĐ-UBND (Ủy ban nhân dân tỉnh Thanh Hóa) đã đăng ký',
        messageEn: 'This document may duplicate 05/QĐ-UBND (Ủy ban nhân dân tỉnh Thanh Hóa), already registered',
      },
    ]);
  });

  it('reads the look-alike "Ð" that PDF extraction yields as "Đ"', () => {
    const candidate = { organName: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA', codeNumber: '05', codeNotation: 'QÐ-UBND' };
    expect(findDuplicates(candidate, [earlier])).toHaveLength(1);
    const lower = { ...candidate, organName: 'ủy ban nhân dân tỉnh thanh hóa', codeNotation: 'qð-ubnd' };
    expect(findDuplicates(lower, [earlier])).toHaveLength(1);
  });

  it('warns about the same content under another number, and gives both reasons when both match', () => {
    const sameFile = { organName: 'UBND xã Hoằng Hóa', codeNumber: '12', codeNotation: 'UBND-VP', contentHash: 'sha256-aaa' };
    expect(findDuplicates(sameFile, [earlier]).map((warning) => warning.reasons)).toEqual([['same-content']]);
    const both = { ...earlier, id: 'doc-9' };
    expect(findDuplicates(both, [earlier]).map((warning) => warning.reasons)).toEqual([
      ['same-number-symbol-issuer', 'same-content'],
    ]);
  });

  it('tells apart names that differ by a letter or a tone and returns one warning per earlier document', () => {
    const other = { id: 'doc-2', organName: 'Ủy ban nhân dân xã Hoằng Hóa', codeNumber: '05', codeNotation: 'QĐ-UBND' };
    const accent = { id: 'doc-3', organName: 'Ủy ban nhân dân xã Hoàng Hóa', codeNumber: '05', codeNotation: 'QĐ-UBND' };
    const candidate = { organName: 'UBND xã Hoằng Hóa', codeNumber: '05', codeNotation: 'QĐ-UBND' };
    expect(findDuplicates(candidate, [earlier, other, accent])).toEqual([]);
    const again = { ...other, id: 'doc-4' };
    expect(findDuplicates({ ...other, id: undefined }, [earlier, other, accent, again]).map((w) => w.earlier.id)).toEqual([
      'doc-2',
      'doc-4',
    ]);
  });

  it('ignores a missing content hash and the candidate itself', () => {
    const noHash = { organName: 'UBND xã Hoằng Hóa', codeNumber: '1', codeNotation: 'TB-UBND' };
    expect(findDuplicates(noHash, [{ ...noHash, id: 'doc-5', codeNumber: '2' }])).toEqual([]);
    expect(findDuplicates(earlier, [earlier])).toEqual([]);
  });
});

describe('assertMayDispatchElectronically', () => {
  it('passes an ordinary document', () => {
    const document = { id: 'doc-1', secrecy: 'thuong' as const };
    expect(assertMayDispatchElectronically(document)).toEqual({ ok: true, value: document });
  });

  it.each<[SecrecyLevel, string]>([
    ['mat', 'Mật'],
    ['toi-mat', 'Tối mật'],
    ['tuyet-mat', 'Tuyệt mật'],
  ])('refuses a %s document', (secrecy, label) => {
    const result = assertMayDispatchElectronically({ secrecy });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONFIDENTIAL_NOT_ELECTRONIC');
    expect(result.error.kind).toBe('forbidden');
    expect(result.error.messageVi).toContain(`"${label}"`);
    expect(result.error.details).toEqual({ secrecy, secrecyLabel: label });
  });
});

describe('assertMayStoreContent', () => {
  it('keeps a confidential document to its metadata', () => {
    const result = assertMayStoreContent({ secrecy: 'mat' });
    expect(result.ok ? null : result.error.code).toBe('CONFIDENTIAL_CONTENT_NOT_ALLOWED');
    expect(assertMayStoreContent({ secrecy: 'thuong' }).ok).toBe(true);
  });
});

describe('registrationDelay', () => {
  // Monday 15 September 2025, 09:00 in Hà Nội.
  const receivedAt = new Date('2025-09-15T02:00:00Z');

  it('flags an urgent document registered more than 30 minutes after it arrived', () => {
    expect(URGENT_REGISTRATION_LIMIT_MS).toBe(30 * 60 * 1000);
    const inTime = registrationDelay(receivedAt, new Date('2025-09-15T02:30:00Z'), 'hoa-toc');
    expect(inTime).toEqual({
      ok: true,
      value: { rule: 'immediately', deadline: new Date('2025-09-15T02:30:00Z'), delayMs: 30 * 60 * 1000, isLate: false },
    });
    for (const urgency of ['khan', 'thuong-khan', 'hoa-toc'] as const) {
      const late = registrationDelay(receivedAt, new Date('2025-09-15T02:30:00.001Z'), urgency);
      expect(late.ok && late.value.isLate).toBe(true);
    }
  });

  it('takes an agency limit for urgent documents', () => {
    const result = registrationDelay(receivedAt, new Date('2025-09-15T02:20:00Z'), 'khan', { urgentLimitMs: 15 * 60 * 1000 });
    expect(result.ok && result.value.isLate).toBe(true);
  });

  it('gives an ordinary document until the end of the next working day in Vietnam', () => {
    const result = registrationDelay(receivedAt, new Date('2025-09-16T16:59:59.999Z'), 'thuong');
    expect(result).toEqual({
      ok: true,
      value: {
        rule: 'next-working-day',
        deadline: new Date('2025-09-16T16:59:59.999Z'),
        delayMs: new Date('2025-09-16T16:59:59.999Z').getTime() - receivedAt.getTime(),
        isLate: false,
      },
    });
    const late = registrationDelay(receivedAt, new Date('2025-09-16T17:00:00Z'), 'thuong');
    expect(late.ok && late.value.isLate).toBe(true);
  });

  it('skips the weekend: a Friday arrival may wait until Monday', () => {
    const friday = new Date('2025-09-19T09:00:00Z'); // 16:00 in Hà Nội
    const result = registrationDelay(friday, new Date('2025-09-22T03:00:00Z'), 'thuong');
    expect(result.ok && result.value).toMatchObject({ deadline: new Date('2025-09-22T16:59:59.999Z'), isLate: false });
  });

  it('uses the Vietnam date of arrival, not the UTC one', () => {
    // 23:30 on Friday in Hà Nội is still Friday; the deadline is Monday, not Tuesday.
    const lateFriday = new Date('2025-09-19T16:30:00Z');
    const result = registrationDelay(lateFriday, lateFriday, 'thuong');
    expect(result.ok && result.value.deadline).toEqual(new Date('2025-09-22T16:59:59.999Z'));
  });

  it('takes a holiday calendar', () => {
    // 2 September is Quốc khánh; with 1 September a swapped day off, a Friday 29 August arrival waits until Wednesday.
    const holidays = new Set(['2025-09-01', '2025-09-02']);
    const result = registrationDelay(new Date('2025-08-29T02:00:00Z'), new Date('2025-09-03T02:00:00Z'), 'thuong', {
      isWorkingDay: (date) => isWeekday(date) && !holidays.has(date),
    });
    expect(result.ok && result.value).toMatchObject({ deadline: new Date('2025-09-03T16:59:59.999Z'), isLate: false });
  });

  it('refuses a registration before the arrival', () => {
    const result = registrationDelay(receivedAt, new Date('2025-09-15T01:59:59Z'), 'thuong');
    expect(result.ok ? null : result.error.code).toBe('REGISTERED_BEFORE_RECEIVED');
    expect(result.ok ? '' : result.error.messageVi).toContain('2025-09-15T02:00:00.000Z');
  });

  it('throws on a calendar without working days, a configuration bug', () => {
    expect(() => registrationDelay(receivedAt, receivedAt, 'thuong', { isWorkingDay: () => false })).toThrow(/working day/);
  });
});

describe('isWeekday', () => {
  it('is Monday to Friday', () => {
    expect(['2025-09-13', '2025-09-14', '2025-09-15', '2025-09-19'].map(isWeekday)).toEqual([false, false, true, true]);
  });
});

describe('receiptConfirmationDue', () => {
  it('is the end of the day of receipt in Vietnam', () => {
    expect(receiptConfirmationDue(new Date('2025-09-15T02:00:00Z'))).toEqual(new Date('2025-09-15T16:59:59.999Z'));
  });

  it('moves to the next Vietnam day at 00:00 in Hà Nội, whatever the UTC date', () => {
    expect(receiptConfirmationDue(new Date('2025-09-14T16:59:59Z'))).toEqual(new Date('2025-09-14T16:59:59.999Z'));
    expect(receiptConfirmationDue(new Date('2025-09-14T17:00:00Z'))).toEqual(new Date('2025-09-15T16:59:59.999Z'));
  });

  it('counts a Sunday: the system confirms on import', () => {
    expect(receiptConfirmationDue(new Date('2025-09-14T03:00:00Z'))).toEqual(new Date('2025-09-14T16:59:59.999Z'));
  });
});
