import { describeError } from '../../errors.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/vi.js';
import { OUTGOING_STATUSES, type OutgoingStatus } from './outgoing-model.js';

/**
 * Domain codes of the outgoing workflow (intake's outgoing-errors.ts, libs/documents) explained in the portal's own
 * words. The portal-wide `describeError` does not know them and would fall back to a generic "not allowed" or
 * "invalid"; the people drafting and issuing need to know which rule refused them.
 */
const OUTGOING_DOMAIN_MESSAGES = {
  OUTGOING_NOT_DRAFTER: 'outgoing.error.OUTGOING_NOT_DRAFTER',
  OUTGOING_NOT_EDITABLE: 'outgoing.error.OUTGOING_NOT_EDITABLE',
  OUTGOING_NO_FILE: 'outgoing.error.OUTGOING_NO_FILE',
  OUTGOING_STALE: 'outgoing.error.OUTGOING_STALE',
  OUTGOING_CONFIDENTIAL_EXTERNAL: 'outgoing.error.OUTGOING_CONFIDENTIAL_EXTERNAL',
  OUTGOING_RECIPIENT_UNKNOWN: 'outgoing.error.OUTGOING_RECIPIENT_UNKNOWN',
  OUTGOING_NO_RECIPIENT: 'outgoing.error.OUTGOING_NO_RECIPIENT',
  OUTGOING_KIND_UNKNOWN: 'outgoing.error.OUTGOING_KIND_UNKNOWN',
  OUTGOING_KIND_NOT_NUMBERED: 'outgoing.error.OUTGOING_KIND_NOT_NUMBERED',
  OUTGOING_KIND_NOT_LOCAL: 'outgoing.error.OUTGOING_KIND_NOT_LOCAL',
  OUTGOING_UNIT_CODE_REQUIRED: 'outgoing.error.OUTGOING_UNIT_CODE_REQUIRED',
  CONSULTATION_NOT_FOUND: 'outgoing.error.CONSULTATION_NOT_FOUND',
  CONSULTATION_CLOSED: 'outgoing.error.CONSULTATION_CLOSED',
  CONSULTATION_DEADLINE_PASSED: 'outgoing.error.CONSULTATION_DEADLINE_PASSED',
  CONSULTATION_DEADLINE_IN_PAST: 'outgoing.error.CONSULTATION_DEADLINE_IN_PAST',
  CONSULTATION_NOT_PARTICIPANT: 'outgoing.error.CONSULTATION_NOT_PARTICIPANT',
  REPLACEMENT_INVALID: 'outgoing.error.REPLACEMENT_INVALID',
  REPLACEMENT_REQUIRED: 'outgoing.error.REPLACEMENT_INVALID',
  REASON_REQUIRED: 'outgoing.error.REASON_REQUIRED',
  TRANSITION_NOT_ALLOWED: 'outgoing.error.TRANSITION_NOT_ALLOWED',
  CONFIDENTIAL_NOT_ELECTRONIC: 'outgoing.error.CONFIDENTIAL_NOT_ELECTRONIC',
  EDXML_ORGAN_ID_MISSING: 'outgoing.error.EDXML_ORGAN_ID_MISSING',
  EDXML_NO_EXTERNAL_RECIPIENT: 'outgoing.error.EDXML_NO_EXTERNAL_RECIPIENT',
  REGISTER_CLOSED: 'outgoing.error.REGISTER_CLOSED',
  UPLOAD_NOT_FOUND: 'outgoing.error.UPLOAD_NOT_FOUND',
} as const satisfies Record<string, MessageKey>;

export type OutgoingErrorMessage = {
  key: MessageKey;
  /** Placeholder values: plain strings, except `fromStatus`/`toStatus`, which are statuses to be named in the UI. */
  params: Record<string, string>;
  fromStatus?: OutgoingStatus;
  toStatus?: OutgoingStatus;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isStatus(value: unknown): value is OutgoingStatus {
  return typeof value === 'string' && (OUTGOING_STATUSES as readonly string[]).includes(value);
}

/** The raw `details` of a domain error (`describeError` fills placeholders only for the codes it knows itself). */
function rawDetails(error: unknown): Record<string, unknown> {
  const data = isRecord(error) ? error['data'] : undefined;
  const domain = isRecord(data) ? data['domain'] : undefined;
  const details = isRecord(domain) ? domain['details'] : undefined;
  return isRecord(details) ? details : {};
}

/**
 * The message for a refusal of the outgoing workflow, or `null` when the error is not one of its codes (then the
 * portal's `ErrorNotice` explains it). Server-written labels (`fromLabel`, `statusLabel`) are not shown: statuses are
 * named from the portal's catalogue, so that the English page says them in English.
 */
export function describeOutgoingError(error: unknown): OutgoingErrorMessage | null {
  const description = describeError(error);
  const code = description.domainCode;
  if (code === null || !Object.hasOwn(OUTGOING_DOMAIN_MESSAGES, code)) return null;
  const key = OUTGOING_DOMAIN_MESSAGES[code as keyof typeof OUTGOING_DOMAIN_MESSAGES];
  const details = rawDetails(error);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string') params[name] = ISO_DATE.test(value) ? formatDate(value) : value;
    else if (typeof value === 'number') params[name] = String(value);
  }
  if (code === 'CONSULTATION_DEADLINE_PASSED' && typeof details['deadline'] === 'string') {
    const deadline = new Date(details['deadline']);
    if (!Number.isNaN(deadline.getTime())) params['deadline'] = formatDateTime(deadline);
  }
  const from = details['from'];
  const to = details['to'];
  return {
    key,
    params,
    ...(isStatus(from) ? { fromStatus: from } : {}),
    ...(isStatus(to) ? { toStatus: to } : {}),
  };
}
