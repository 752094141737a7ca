import { describe, expect, it } from 'vitest';
import { isUnauthorizedError, shouldRetry } from '../errors.js';
import { uploadFromResponse } from './file-client.js';
import {
  FileRequestError,
  checkScanFile,
  describeFileError,
  fileErrorFromResponse,
  networkFileError,
} from './file-errors.js';

/** The body intake's file route answers with when it refuses (file-routes.ts `sendError`). */
const refusal = (code: string, details: Record<string, unknown> = {}) =>
  JSON.stringify({ error: { code, message: 'server text, never shown', details } });

describe('describeFileError', () => {
  it('names the size limit of a file refused as too large (413)', () => {
    const error = fileErrorFromResponse(413, refusal('STORAGE_TOO_LARGE', { maxBytes: 50 * 1024 * 1024 }));
    expect(describeFileError(error)).toEqual({ key: 'files.error.tooLarge', params: { limit: '50 MB' } });
  });

  it('still says "too large" when a gateway answers 413 with its own HTML page', () => {
    const error = fileErrorFromResponse(413, '<html><body>413 Request Entity Too Large</body></html>');
    expect(describeFileError(error)).toEqual({ key: 'files.error.tooLargeNoLimit', params: {} });
  });

  it('explains a refused type and a file whose bytes are not what it claims', () => {
    const type = fileErrorFromResponse(
      400,
      refusal('STORAGE_TYPE_NOT_ALLOWED', { contentType: 'image/gif', allowed: 'application/pdf' }),
    );
    expect(describeFileError(type)).toEqual({
      key: 'files.error.typeNotAllowed',
      params: { contentType: 'image/gif' },
    });
    const mismatch = fileErrorFromResponse(
      400,
      refusal('STORAGE_TYPE_MISMATCH', { label: 'PDF', contentType: 'application/pdf' }),
    );
    expect(describeFileError(mismatch)).toEqual({ key: 'files.error.typeMismatch', params: { label: 'PDF' } });
  });

  it('explains a bad file name and a file that is not the unit’s', () => {
    expect(describeFileError(fileErrorFromResponse(400, refusal('FILE_NAME_REQUIRED')))).toEqual({
      key: 'files.error.nameInvalid',
      params: {},
    });
    expect(describeFileError(fileErrorFromResponse(404, refusal('FILE_NOT_FOUND', { reference: 'x' })))).toEqual({
      key: 'files.error.notFound',
      params: {},
    });
  });

  it('explains session, rights, server and network failures as for any other request', () => {
    expect(describeFileError(fileErrorFromResponse(401, refusal('TOKEN_EXPIRED'))).key).toBe(
      'error.domain.TOKEN_EXPIRED',
    );
    expect(describeFileError(fileErrorFromResponse(403, refusal('ORG_REQUIRED'))).key).toBe(
      'error.domain.ORG_REQUIRED',
    );
    expect(describeFileError(fileErrorFromResponse(502, 'Bad Gateway')).key).toBe('error.server');
    expect(describeFileError(networkFileError(new TypeError('Failed to fetch'))).key).toBe('error.network');
  });
});

describe('FileRequestError', () => {
  it('is recognised as a 401 so that the session is renewed, and 4xx answers are not retried', () => {
    const unauthorized = fileErrorFromResponse(401, refusal('TOKEN_EXPIRED'));
    expect(isUnauthorizedError(unauthorized)).toBe(true);
    expect(shouldRetry(0, unauthorized)).toBe(false);
    expect(shouldRetry(0, fileErrorFromResponse(404, refusal('FILE_NOT_FOUND')))).toBe(false);
    expect(shouldRetry(0, fileErrorFromResponse(503, ''))).toBe(true);
    expect(isUnauthorizedError(fileErrorFromResponse(403, refusal('ROLE_REQUIRED')))).toBe(false);
  });

  it('keeps the route’s code and details when its answer is JSON', () => {
    const error = fileErrorFromResponse(413, refusal('STORAGE_TOO_LARGE', { maxBytes: 10 }));
    expect(error).toBeInstanceOf(FileRequestError);
    expect(error.data).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      httpStatus: 413,
      domain: { code: 'STORAGE_TOO_LARGE', details: { maxBytes: 10 } },
    });
  });
});

describe('uploadFromResponse', () => {
  const upload = {
    id: '0195f3a0-0000-7000-8000-000000000001',
    sha256: 'b'.repeat(64),
    size: 1234,
    contentType: 'application/pdf',
    fileName: 'Quyết định 12.pdf',
  };

  it('reads the upload the route created (201)', () => {
    expect(uploadFromResponse(201, JSON.stringify(upload))).toEqual(upload);
  });

  it('turns a refusal into a FileRequestError with the route’s code', () => {
    expect(() => uploadFromResponse(400, refusal('STORAGE_TYPE_MISMATCH', { label: 'PDF' }))).toThrow(
      'file request answered HTTP 400 (STORAGE_TYPE_MISMATCH)',
    );
  });

  it('refuses a success answer that is not an upload', () => {
    expect(() => uploadFromResponse(201, '{"id":1}')).toThrow(FileRequestError);
    expect(() => uploadFromResponse(201, 'not json')).toThrow(FileRequestError);
  });
});

describe('checkScanFile', () => {
  it('lets PDFs and scanned images through, by type or by extension', () => {
    expect(checkScanFile({ name: 'qd.pdf', type: 'application/pdf', size: 10 })).toBeNull();
    expect(checkScanFile({ name: 'trang-1.TIFF', type: '', size: 10 })).toBeNull();
  });

  it('refuses other types before sending them, naming the type', () => {
    expect(checkScanFile({ name: 'du-thao.docx', type: '', size: 10 })).toEqual({
      key: 'files.error.notAScan',
      params: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
    expect(checkScanFile({ name: 'anh.gif', type: 'image/gif', size: 10 })?.key).toBe('files.error.notAScan');
  });

  it('refuses empty files and files over the limit', () => {
    expect(checkScanFile({ name: 'qd.pdf', type: 'application/pdf', size: 0 })?.key).toBe('files.error.empty');
    expect(checkScanFile({ name: 'qd.pdf', type: 'application/pdf', size: 2049 }, 2048)).toEqual({
      key: 'files.error.tooLarge',
      params: { limit: '2 KB' },
    });
    expect(checkScanFile({ name: 'qd.pdf', type: 'application/pdf', size: 2048 }, 2048)).toBeNull();
  });
});
