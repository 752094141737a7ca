import { describe, expect, it } from 'vitest';
import { describeError } from '../../errors.js';
import { TRPCClientError } from '@lienthong/service-kit/client';
import {
  EMPTY_VALUES,
  attachmentsBlocker,
  fieldErrorsFromServer,
  fileRefusalOf,
  validateRegisterForm,
} from './register-form.js';

const TODAY = '2025-03-05';
const FILLED = {
  issuer: '  UBND tỉnh Thanh Hóa ',
  numberSymbol: '12/QĐ-UBND',
  documentDate: '4/3/2025',
  subject: 'Về việc tổ chức hội nghị',
};

describe('validateRegisterForm', () => {
  it('turns a filled form into the register input with an ISO date', () => {
    expect(validateRegisterForm(FILLED, TODAY)).toEqual({
      ok: true,
      input: {
        issuer: 'UBND tỉnh Thanh Hóa',
        numberSymbol: '12/QĐ-UBND',
        documentDate: '2025-03-04',
        subject: 'Về việc tổ chức hội nghị',
      },
    });
  });

  it('marks every empty field as required, naming the field', () => {
    const result = validateRegisterForm(EMPTY_VALUES, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['issuer', 'numberSymbol', 'documentDate', 'subject']);
    expect(result.errors.issuer).toEqual([{ key: 'validation.required', labels: { field: 'field.issuer' } }]);
  });

  it('rejects a date that is not dd/MM/yyyy or is after today in Vietnam', () => {
    const badFormat = validateRegisterForm({ ...FILLED, documentDate: '2025-03-04' }, TODAY);
    expect(badFormat).toEqual({ ok: false, errors: { documentDate: [{ key: 'validation.dateFormat' }] } });
    const future = validateRegisterForm({ ...FILLED, documentDate: '06/03/2025' }, TODAY);
    expect(future).toEqual({ ok: false, errors: { documentDate: [{ key: 'validation.dateInFuture' }] } });
    expect(validateRegisterForm({ ...FILLED, documentDate: '05/03/2025' }, TODAY).ok).toBe(true);
  });
});

describe('fieldErrorsFromServer', () => {
  it('puts the service’s field messages on the fields and ignores fields the form does not have', () => {
    const error = TRPCClientError.from({
      error: {
        code: -32600,
        message: 'bad',
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          zodIssues: { subject: ['Trích yếu nội dung không được để trống'], orgId: ['x'] },
        },
      },
    });
    expect(fieldErrorsFromServer(describeError(error))).toEqual({
      subject: [{ text: 'Trích yếu nội dung không được để trống' }],
    });
  });

  it('puts a date rule violation on the document date', () => {
    const error = TRPCClientError.from({
      error: {
        code: -32600,
        message: 'bad',
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          domain: { code: 'DOCUMENT_DATE_TOO_OLD', details: { documentDate: '1900-01-01', minYear: 1945 } },
        },
      },
    });
    expect(fieldErrorsFromServer(describeError(error))).toEqual({
      documentDate: [
        { key: 'error.domain.DOCUMENT_DATE_TOO_OLD', params: { documentDate: '01/01/1900', minYear: '1945' } },
      ],
    });
  });

  it('leaves errors about no single field to the form-level notice', () => {
    const error = TRPCClientError.from({
      error: {
        code: -32600,
        message: 'no',
        data: { code: 'FORBIDDEN', httpStatus: 403, domain: { code: 'ROLE_REQUIRED' } },
      },
    });
    expect(fieldErrorsFromServer(describeError(error))).toEqual({});
  });
});

describe('fileRefusalOf', () => {
  const refusal = (code: string, kind: 'FORBIDDEN' | 'NOT_FOUND', httpStatus: number) =>
    describeError(
      TRPCClientError.from({
        error: { code: -32600, message: 'no', data: { code: kind, httpStatus, domain: { code, details: {} } } },
      }),
    );

  it('explains that a classified document may not carry files, and that an upload has gone', () => {
    expect(fileRefusalOf(refusal('CONFIDENTIAL_CONTENT_NOT_ALLOWED', 'FORBIDDEN', 403))).toBe(
      'incoming.register.confidentialRefused',
    );
    expect(fileRefusalOf(refusal('UPLOAD_NOT_FOUND', 'NOT_FOUND', 404))).toBe('incoming.register.uploadMissing');
  });

  it('leaves other refusals to the field and form-level messages', () => {
    expect(fileRefusalOf(refusal('ROLE_REQUIRED', 'FORBIDDEN', 403))).toBeNull();
  });
});

describe('attachmentsBlocker', () => {
  it('holds the form while a file is uploading, then while one has failed', () => {
    expect(attachmentsBlocker(['uploaded', 'uploading', 'failed'], true)).toBe('incoming.register.waitForUploads');
    expect(attachmentsBlocker(['uploaded', 'failed'], true)).toBe('incoming.register.fixUploads');
    expect(attachmentsBlocker(['uploaded', 'uploaded'], true)).toBeNull();
    expect(attachmentsBlocker([], true)).toBeNull();
  });

  it('never holds a classified document, which is registered without its files', () => {
    expect(attachmentsBlocker(['uploading', 'failed'], false)).toBeNull();
  });
});
