import { z } from 'zod/mini';
import { describeError } from '../errors.js';
import type { MessageKey } from '../i18n/vi.js';
import { DEFAULT_UPLOAD_LIMIT_BYTES, contentTypeOf, formatFileSize, isScanContentType } from './file-types.js';

/** A message of the portal's catalogue with its placeholder values, ready for `t(key, params)`. */
export type FileMessage = { key: MessageKey; params: Readonly<Record<string, string>> };

/** The tRPC code that matches an HTTP status, so that the portal's error handling treats both transports alike. */
const CODE_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** `{ error: { code, message, details } }`, what intake's file route answers when it refuses. */
const FileRouteRefusal = z.object({
  error: z.object({
    code: z.string(),
    details: z.optional(z.record(z.string(), z.unknown())),
  }),
});

/**
 * A refused or failed request to intake's file route. `data` has the shape of a tRPC error's data (`code`,
 * `httpStatus`, `domain`), so `describeError`, `isUnauthorizedError` and `shouldRetry` read it like any other.
 * `httpStatus` is null when no answer came (network down, connection closed).
 */
export class FileRequestError extends Error {
  override readonly name = 'FileRequestError';
  readonly data: {
    code: string | undefined;
    httpStatus: number | undefined;
    domain: { code: string; details: Readonly<Record<string, unknown>> } | undefined;
  };

  constructor(
    httpStatus: number | null,
    domain: { code: string; details: Readonly<Record<string, unknown>> } | null,
    options?: { cause?: unknown },
  ) {
    super(
      httpStatus === null
        ? 'file request failed without an answer'
        : `file request answered HTTP ${httpStatus}${domain ? ` (${domain.code})` : ''}`,
      options,
    );
    this.data = {
      code:
        httpStatus === null
          ? undefined
          : (CODE_OF_STATUS[httpStatus] ?? (httpStatus >= 500 ? 'INTERNAL_SERVER_ERROR' : undefined)),
      httpStatus: httpStatus ?? undefined,
      domain: domain ?? undefined,
    };
  }
}

/** Reads a failed answer of the file route; a body that is not the route's JSON (a proxy's HTML page) keeps only the status. */
export function fileErrorFromResponse(status: number, body: string): FileRequestError {
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    // A gateway's own error page: the status is all there is.
  }
  const refusal = FileRouteRefusal.safeParse(json);
  return new FileRequestError(
    status,
    refusal.success ? { code: refusal.data.error.code, details: refusal.data.error.details ?? {} } : null,
  );
}

/** No answer at all: the network failed or the server closed the connection before answering. */
export function networkFileError(cause: unknown): FileRequestError {
  // A TypeError cause is how `describeError` recognises a network failure.
  return new FileRequestError(null, null, { cause: cause instanceof TypeError ? cause : new TypeError(String(cause)) });
}

function text(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * The message for a failed upload or download, in the portal's words (style.md §10): the storage and file-route
 * codes the clerk can act on get their own message; anything else (session, rights, network, server) is explained as
 * for any other request.
 */
export function describeFileError(error: unknown): FileMessage {
  if (error instanceof FileRequestError) {
    const domain = error.data.domain;
    const details = domain?.details ?? {};
    switch (domain?.code) {
      case 'STORAGE_TOO_LARGE': {
        const maxBytes = Number(details['maxBytes']);
        return Number.isFinite(maxBytes) && maxBytes > 0
          ? { key: 'files.error.tooLarge', params: { limit: formatFileSize(maxBytes) } }
          : { key: 'files.error.tooLargeNoLimit', params: {} };
      }
      case 'STORAGE_TYPE_NOT_ALLOWED':
      case 'FILE_CONTENT_TYPE_REQUIRED':
        return { key: 'files.error.typeNotAllowed', params: { contentType: text(details['contentType']) ?? '?' } };
      case 'STORAGE_TYPE_MISMATCH':
        return { key: 'files.error.typeMismatch', params: { label: text(details['label']) ?? '?' } };
      case 'FILE_NAME_REQUIRED':
        return { key: 'files.error.nameInvalid', params: {} };
      case 'FILE_NOT_FOUND':
      case 'STORAGE_NOT_FOUND':
        return { key: 'files.error.notFound', params: {} };
      case 'STORAGE_CORRUPTED':
        return { key: 'files.error.corrupted', params: {} };
      default:
        break;
    }
    // A gateway in front of the service (nginx `client_max_body_size`) refuses a large body with a bare 413.
    if (error.data.httpStatus === 413) return { key: 'files.error.tooLargeNoLimit', params: {} };
  }
  const { key, params } = describeError(error);
  return { key, params };
}

/**
 * Checks a chosen file before it is sent, so that the clerk learns at once what the server would refuse: only PDFs
 * and scanned images, at most `limitBytes`, not empty.
 */
export function checkScanFile(
  file: { name: string; type: string; size: number },
  limitBytes: number = DEFAULT_UPLOAD_LIMIT_BYTES,
): FileMessage | null {
  const contentType = contentTypeOf(file);
  if (!isScanContentType(contentType)) return { key: 'files.error.notAScan', params: { contentType } };
  if (file.size === 0) return { key: 'files.error.empty', params: {} };
  if (file.size > limitBytes) return { key: 'files.error.tooLarge', params: { limit: formatFileSize(limitBytes) } };
  return null;
}
