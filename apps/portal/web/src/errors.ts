import { formatDate } from './i18n/format.js';
import type { MessageKey } from './i18n/vi.js';

/** What the portal shows for a failed call: a message of its own catalogue (style.md §10), never a server string. */
export type ErrorDescription = {
  key: MessageKey;
  params: Readonly<Record<string, string>>;
  /** The tRPC code (`BAD_REQUEST`, `FORBIDDEN`, …) when a service answered; `null` for network failures. */
  code: string | null;
  /** The domain error's code (`DOCUMENT_DATE_IN_FUTURE`, …) when a rule was violated. */
  domainCode: string | null;
  /** Rejected input, field path → messages (written in Vietnamese by the services' zod schemas). */
  fieldIssues: Readonly<Record<string, readonly string[]>>;
};

/** Domain codes the portal explains in its own words; an unknown code falls back to its tRPC code's message. */
const DOMAIN_MESSAGES = {
  DOCUMENT_DATE_IN_FUTURE: 'error.domain.DOCUMENT_DATE_IN_FUTURE',
  DOCUMENT_DATE_TOO_OLD: 'error.domain.DOCUMENT_DATE_TOO_OLD',
  DOCUMENT_NOT_FOUND: 'error.domain.DOCUMENT_NOT_FOUND',
  UNIT_NOT_FOUND: 'error.domain.UNIT_NOT_FOUND',
  UNIT_NOT_VALID_ON: 'error.domain.UNIT_NOT_VALID_ON',
  // packages/auth: what is wrong with the token (401) or the account (403).
  TOKEN_MISSING: 'error.domain.TOKEN_MISSING',
  TOKEN_EXPIRED: 'error.domain.TOKEN_EXPIRED',
  TOKEN_NOT_YET_VALID: 'error.domain.TOKEN_NOT_YET_VALID',
  // A token the issuer gave us but the service refuses: configuration, not something the user can fix by retrying.
  TOKEN_MALFORMED: 'error.sessionRejected',
  TOKEN_SIGNATURE_INVALID: 'error.sessionRejected',
  TOKEN_ISSUER_INVALID: 'error.sessionRejected',
  TOKEN_AUDIENCE_INVALID: 'error.sessionRejected',
  ROLE_REQUIRED: 'error.domain.ROLE_REQUIRED',
  ORG_REQUIRED: 'error.domain.ORG_REQUIRED',
} as const satisfies Record<string, MessageKey>;

const TRPC_CODE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  BAD_REQUEST: 'error.badRequest',
  PARSE_ERROR: 'error.badRequest',
  UNAUTHORIZED: 'error.unauthorized',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  TOO_MANY_REQUESTS: 'error.tooManyRequests',
  INTERNAL_SERVER_ERROR: 'error.server',
  BAD_GATEWAY: 'error.server',
  SERVICE_UNAVAILABLE: 'error.server',
  GATEWAY_TIMEOUT: 'error.server',
};

/** Domain error codes that concern one field of the incoming-document form. */
export const DOMAIN_CODE_FIELDS: Readonly<Record<string, string>> = {
  DOCUMENT_DATE_IN_FUTURE: 'documentDate',
  DOCUMENT_DATE_TOO_OLD: 'documentDate',
};

/** The form field a domain error concerns, if any (every `SYMBOL_*` code concerns the number and symbol). */
export function fieldOfDomainCode(domainCode: string): string | undefined {
  return domainCode.startsWith('SYMBOL_') ? 'numberSymbol' : DOMAIN_CODE_FIELDS[domainCode];
}

type ErrorData = {
  code?: unknown;
  httpStatus?: unknown;
  zodIssues?: unknown;
  domain?: { code?: unknown; details?: unknown };
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The `data` a tRPC error carries (service-kit's error formatter), read without trusting its shape. */
function errorData(error: unknown): ErrorData | null {
  if (!isRecord(error)) return null;
  const data = error['data'];
  return isRecord(data) ? (data as ErrorData) : null;
}

/** The HTTP status of the response behind an error, when there was one. */
function httpStatusOf(error: unknown): number | null {
  const status = errorData(error)?.httpStatus;
  if (typeof status === 'number') return status;
  // A gateway can answer before tRPC does (plain 401/502): tRPC keeps that response in `meta`.
  const meta = isRecord(error) ? error['meta'] : undefined;
  const response = isRecord(meta) ? meta['response'] : undefined;
  const responseStatus = isRecord(response) ? response['status'] : undefined;
  return typeof responseStatus === 'number' ? responseStatus : null;
}

function fieldIssuesOf(data: ErrorData | null): Record<string, string[]> {
  const issues: Record<string, string[]> = {};
  if (!data || !isRecord(data.zodIssues)) return issues;
  for (const [field, messages] of Object.entries(data.zodIssues)) {
    if (Array.isArray(messages)) issues[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return issues;
}

/** Details become placeholder values; ISO dates are shown the Vietnamese way (dd/MM/yyyy). */
function paramsOf(details: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  if (!isRecord(details)) return params;
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string') params[name] = ISO_DATE.test(value) ? formatDate(value) : value;
    else if (typeof value === 'number' || typeof value === 'boolean') params[name] = String(value);
    else if (Array.isArray(value)) params[name] = value.map(String).join(', ');
  }
  return params;
}

const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/** Chooses the message for any error a tRPC call can throw (server answer, gateway answer, network failure). */
export function describeError(error: unknown): ErrorDescription {
  const data = errorData(error);
  const status = httpStatusOf(error);
  const code =
    typeof data?.code === 'string'
      ? data.code
      : status === null
        ? null
        : (STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : null));
  const domainCode = typeof data?.domain?.code === 'string' ? data.domain.code : null;
  const fieldIssues = fieldIssuesOf(data);

  if (domainCode !== null && Object.hasOwn(DOMAIN_MESSAGES, domainCode)) {
    const key = DOMAIN_MESSAGES[domainCode as keyof typeof DOMAIN_MESSAGES];
    return { key, params: paramsOf(data?.domain?.details), code, domainCode, fieldIssues };
  }
  if (domainCode?.startsWith('SYMBOL_')) {
    // parseSymbol has many precise codes; the portal says what the field should look like.
    return { key: 'error.domain.SYMBOL_INVALID', params: {}, code, domainCode, fieldIssues };
  }
  if (code !== null) {
    return { key: TRPC_CODE_MESSAGES[code] ?? 'error.generic', params: {}, code, domainCode, fieldIssues };
  }
  // No answer from a service at all: fetch failed (offline, DNS, CORS) or the response was not tRPC's.
  const isNetwork = isRecord(error) && (error['cause'] instanceof TypeError || error instanceof TypeError);
  return { key: isNetwork ? 'error.network' : 'error.generic', params: {}, code, domainCode, fieldIssues };
}

/** Whether a service refused the caller's token (HTTP 401): the session has to be refreshed or renewed. */
export function isUnauthorizedError(error: unknown): boolean {
  return errorData(error)?.code === 'UNAUTHORIZED' || httpStatusOf(error) === 401;
}

/** Retry policy for queries: never retry what the server refused (4xx); retry other failures twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== null && status >= 400 && status < 500) return false;
  return failureCount < 2;
}
