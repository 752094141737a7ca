import { TRPCClientError } from '@lienthong/service-kit/client';
import { describe, expect, it } from 'vitest';
import { describeError, fieldOfDomainCode, isUnauthorizedError, shouldRetry } from './errors.js';
import { translate } from './i18n/translate.js';

/** An error as the portal receives it from a service: service-kit's formatter shape inside a TRPCClientError. */
function serviceError(data: Record<string, unknown>, message = 'server message') {
  return TRPCClientError.from({ error: { code: -32600, message, data } });
}

describe('describeError', () => {
  it('explains a known domain error in the portal’s own words, dates shown dd/MM/yyyy', () => {
    const error = serviceError({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      domain: {
        code: 'DOCUMENT_DATE_IN_FUTURE',
        kind: 'invalid',
        messageVi: 'server text',
        messageEn: 'server text',
        details: { documentDate: '2099-01-02', today: '2025-03-05' },
      },
    });
    const description = describeError(error);
    expect(description).toMatchObject({
      key: 'error.domain.DOCUMENT_DATE_IN_FUTURE',
      code: 'BAD_REQUEST',
      domainCode: 'DOCUMENT_DATE_IN_FUTURE',
    });
    expect(translate('vi', description.key, description.params)).toBe(
      'Ngày văn bản 02/01/2099 sau ngày hôm nay (05/03/2025); hãy kiểm tra lại ngày ký.',
    );
  });

  it('maps the unit errors with the unit id', () => {
    const description = describeError(
      serviceError({
        code: 'NOT_FOUND',
        httpStatus: 404,
        domain: { code: 'UNIT_NOT_VALID_ON', details: { unitId: 'th-huyen-x', date: '2025-07-01' } },
      }),
    );
    expect(translate('en', description.key, description.params)).toBe(
      'Unit th-huyen-x is not valid on 01/07/2025. Please tell your system administrator.',
    );
  });

  it('explains the sign-in service’s refusals without repeating its token details', () => {
    const audience = describeError(
      serviceError({
        code: 'UNAUTHORIZED',
        httpStatus: 401,
        domain: { code: 'TOKEN_AUDIENCE_INVALID', details: { expected: 'a', actual: 'b' } },
      }),
    );
    expect(audience).toMatchObject({ key: 'error.sessionRejected', code: 'UNAUTHORIZED' });
    const noUnit = describeError(
      serviceError({
        code: 'FORBIDDEN',
        httpStatus: 403,
        domain: { code: 'ORG_REQUIRED', details: { username: 'x' } },
      }),
    );
    expect(translate('vi', noUnit.key, noUnit.params)).toBe(
      'Tài khoản của bạn chưa được gán đơn vị. Hãy báo cho quản trị hệ thống.',
    );
  });

  it('falls back to the tRPC code’s message for a domain code it does not know', () => {
    const description = describeError(
      serviceError({ code: 'FORBIDDEN', httpStatus: 403, domain: { code: 'SOMETHING_NEW', details: {} } }),
    );
    expect(description).toMatchObject({ key: 'error.forbidden', domainCode: 'SOMETHING_NEW' });
  });

  it('never shows the server’s message text', () => {
    const description = describeError(
      serviceError({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 }, 'Internal server error'),
    );
    expect(description.key).toBe('error.server');
  });

  it('hands over rejected input field by field', () => {
    const description = describeError(
      serviceError({
        code: 'BAD_REQUEST',
        httpStatus: 400,
        zodIssues: { subject: ['Trích yếu nội dung không được để trống'], '': ['x', 1] },
      }),
    );
    expect(description.key).toBe('error.badRequest');
    expect(description.fieldIssues).toEqual({ subject: ['Trích yếu nội dung không được để trống'], '': ['x'] });
  });

  it('uses the generic message for an unknown tRPC code', () => {
    expect(describeError(serviceError({ code: 'I_AM_A_TEAPOT', httpStatus: 418 })).key).toBe('error.generic');
  });

  it('recognises a failed fetch as a network problem', () => {
    const error = TRPCClientError.from(new TypeError('fetch failed'));
    expect(describeError(error)).toMatchObject({ key: 'error.network', code: null });
  });

  it('reads the status of a gateway answer that never reached tRPC', () => {
    const error = TRPCClientError.from(new Error('Unexpected token <'), { meta: { response: { status: 401 } } });
    expect(describeError(error)).toMatchObject({ key: 'error.unauthorized', code: 'UNAUTHORIZED' });
    expect(isUnauthorizedError(error)).toBe(true);
  });

  it('describes anything else with the generic message', () => {
    expect(describeError(new Error('boom')).key).toBe('error.generic');
    expect(describeError(undefined).key).toBe('error.generic');
  });
});

describe('isUnauthorizedError', () => {
  it('is true for UNAUTHORIZED and false for FORBIDDEN', () => {
    expect(isUnauthorizedError(serviceError({ code: 'UNAUTHORIZED', httpStatus: 401 }))).toBe(true);
    expect(isUnauthorizedError(serviceError({ code: 'FORBIDDEN', httpStatus: 403 }))).toBe(false);
    expect(isUnauthorizedError(new TypeError('fetch failed'))).toBe(false);
  });
});

describe('shouldRetry', () => {
  it('does not retry what the server refused, and retries other failures twice', () => {
    expect(shouldRetry(0, serviceError({ code: 'FORBIDDEN', httpStatus: 403 }))).toBe(false);
    expect(shouldRetry(0, serviceError({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 }))).toBe(true);
    expect(shouldRetry(1, new TypeError('fetch failed'))).toBe(true);
    expect(shouldRetry(2, new TypeError('fetch failed'))).toBe(false);
  });
});

describe('number and symbol errors', () => {
  it('explain the expected pattern and point at the number-and-symbol field', () => {
    const description = describeError({
      data: { code: 'BAD_REQUEST', httpStatus: 400, domain: { code: 'SYMBOL_KIND_UNKNOWN' } },
    });
    expect(description.key).toBe('error.domain.SYMBOL_INVALID');
    expect(fieldOfDomainCode('SYMBOL_NUMBER_MISSING')).toBe('numberSymbol');
    expect(fieldOfDomainCode('DOCUMENT_DATE_IN_FUTURE')).toBe('documentDate');
  });
});
