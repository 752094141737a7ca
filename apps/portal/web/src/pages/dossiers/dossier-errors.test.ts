import { TRPCClientError } from '@lienthong/service-kit/client';
import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/vi.js';
import { describeDossierError } from './dossier-errors.js';

/** A refusal as the portal receives it: service-kit's formatter shape inside a TRPCClientError. */
function refusal(trpcCode: string, code: string, details: Record<string, unknown> = {}) {
  return TRPCClientError.from({
    error: {
      code: -32600,
      message: 'server text',
      data: {
        code: trpcCode,
        httpStatus: 400,
        domain: { code, kind: 'invalid', messageVi: 'x', messageEn: 'x', details },
      },
    },
  });
}

function shown(error: unknown, locale: Locale = 'vi'): string | null {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const message = describeDossierError(error, t, locale);
  return message && t(message.key, message.params);
}

describe('describeDossierError', () => {
  it('shows where a procedure file is malformed, in the reader’s language', () => {
    const error = refusal('BAD_REQUEST', 'PROCEDURE_JSON_INVALID', {
      line: 3,
      column: 14,
      offset: 40,
      reason: 'thiếu dấu phẩy',
      reasonEn: 'a comma is missing',
    });
    expect(shown(error)).toBe('Tệp JSON của quy trình bị lỗi ở dòng 3, cột 14: thiếu dấu phẩy.');
    expect(shown(error, 'en')).toBe('The procedure JSON is malformed at line 3, column 14: a comma is missing.');
  });

  it('keeps every problem of a rejected file', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);
    const message = describeDossierError(
      refusal('BAD_REQUEST', 'PROCEDURE_INVALID', {
        field: 'steps[1].duration.value',
        issue: 'Thời gian thực hiện bước phải lớn hơn 0',
        issues: [
          { path: 'steps[1].duration.value', message: 'Thời gian thực hiện bước phải lớn hơn 0' },
          { path: 'approvedBy', message: 'Người phê duyệt không được để trống' },
        ],
      }),
      t,
      'vi',
    );
    expect(message?.code).toBe('PROCEDURE_INVALID');
    expect(t(message?.key ?? 'error.generic', message?.params)).toBe(
      'Quy trình không hợp lệ ở “steps[1].duration.value”: Thời gian thực hiện bước phải lớn hơn 0',
    );
    expect(message?.issues).toHaveLength(2);
  });

  it('shows the limit exceeded with decimal commas in Vietnamese and the English label in English', () => {
    const error = refusal('BAD_REQUEST', 'PROCEDURE_STEPS_EXCEED_LIMIT', {
      stepsHours: 30,
      limitHours: 22.5,
      hoursPerDay: 7.5,
      limit: { unit: 'working-days', value: 3 },
      limitLabel: '3 ngày làm việc',
      limitLabelEn: '3 working days',
    });
    expect(shown(error)).toBe(
      'Tổng thời gian các bước là 30 giờ làm việc, vượt thời hạn giải quyết 22,5 giờ (3 ngày làm việc; tính 7,5 giờ một ngày làm việc).',
    );
    expect(shown(error, 'en')).toContain('(3 working days; 7.5 hours per working day)');
  });

  it('names dossier states and roles from the portal’s catalogue, never the server’s labels', () => {
    expect(
      shown(
        refusal('CONFLICT', 'DOSSIER_TRANSITION_NOT_ALLOWED', {
          from: 'approved',
          to: 'refused',
          command: 'refuse',
          fromLabel: 'server label',
          toLabel: 'server label',
        }),
        'en',
      ),
    ).toBe('A dossier cannot go from “Approved, result to return” to “Refused”.');
    expect(
      shown(
        refusal('FORBIDDEN', 'STEP_ROLE_REQUIRED', {
          stepId: 'ky',
          stepName: 'Ký duyệt',
          role: 'lanh-dao',
          actor: 'u',
        }),
      ),
    ).toBe('Bước “Ký duyệt” phải do người có vai trò “Lãnh đạo” thực hiện.');
    expect(
      shown(
        refusal('CONFLICT', 'PROCEDURE_VERSION_NOT_DRAFT', {
          code: 'QT-07',
          version: '1.0',
          status: 'effective',
          statusLabel: 'x',
        }),
      ),
    ).toBe('Phiên bản 1.0 của quy trình QT-07 đã được ban hành; chỉ phiên bản dự thảo mới được đưa vào hiệu lực.');
  });

  it('shows dates day first and instants in Vietnam time', () => {
    expect(
      shown(refusal('BAD_REQUEST', 'APOLOGY_DATE_NOT_LATER', { newAppointment: '2025-09-18', current: '2025-09-19' })),
    ).toBe('Ngày hẹn trả mới (18/09/2025) phải sau ngày hẹn hiện tại (19/09/2025).');
    expect(shown(refusal('CONFLICT', 'CLOCK_ALREADY_PAUSED', { pausedAt: new Date('2025-09-15T03:00:00Z') }))).toBe(
      'Thời hạn giải quyết đang tạm dừng từ 15/09/2025 10:00; không thể tạm dừng lần nữa.',
    );
    expect(
      shown(
        refusal('BAD_REQUEST', 'SCHEDULE_HOLIDAY_MISSING', { year: 2027, date: '2027-09-02', holiday: 'Quốc khánh' }),
      ),
    ).toBe('Lịch năm 2027 thiếu ngày lễ 02/09/2027 theo Điều 112 Bộ luật Lao động: Quốc khánh.');
  });

  it('leaves other errors to the portal-wide explanation', () => {
    const t = (key: MessageKey) => translate('vi', key);
    expect(describeDossierError(refusal('NOT_FOUND', 'DOCUMENT_NOT_FOUND'), t, 'vi')).toBeNull();
    expect(describeDossierError(new TypeError('Failed to fetch'), t, 'vi')).toBeNull();
  });
});
