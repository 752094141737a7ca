import { PORTAL_ROLES, type PortalRole } from '../../auth/user.js';
import { describeError } from '../../errors.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import type { Locale, MessageParams } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/vi.js';
import { DOSSIER_STATUSES, type DossierStatus } from './dossier-model.js';

/**
 * Domain codes of the one-stop desk (procedures catalogue, dossiers, working-day calendar, on-time report) explained
 * in the portal's own words: intake's catalogue and desk, routing's dossiers, and the rules of libs/workflows and
 * libs/calendar that pass through both services. The portal-wide `describeError` does not know them and would fall
 * back to "invalid" or "not allowed"; people importing a procedure or entering a schedule need the precise rule.
 */
const DOSSIER_DOMAIN_MESSAGES = {
  PROCEDURE_NOT_FOUND: 'dossiers.error.PROCEDURE_NOT_FOUND',
  PROCEDURE_VERSION_NOT_FOUND: 'dossiers.error.PROCEDURE_VERSION_NOT_FOUND',
  PROCEDURE_VERSION_NOT_DRAFT: 'dossiers.error.PROCEDURE_VERSION_NOT_DRAFT',
  PROCEDURE_EFFECTIVE_DATE_PAST: 'dossiers.error.PROCEDURE_EFFECTIVE_DATE_PAST',
  PROCEDURE_CATALOGUE_FORBIDDEN: 'dossiers.error.PROCEDURE_CATALOGUE_FORBIDDEN',
  PROCEDURE_INVALID: 'dossiers.error.PROCEDURE_INVALID',
  PROCEDURE_JSON_INVALID: 'dossiers.error.PROCEDURE_JSON_INVALID',
  PROCEDURE_VERSION_INVALID: 'dossiers.error.PROCEDURE_VERSION_INVALID',
  PROCEDURE_NO_STEPS: 'dossiers.error.PROCEDURE_NO_STEPS',
  PROCEDURE_DUPLICATE_STEP_ID: 'dossiers.error.PROCEDURE_DUPLICATE_STEP_ID',
  PROCEDURE_DUPLICATE_RECORD: 'dossiers.error.PROCEDURE_DUPLICATE_RECORD',
  PROCEDURE_STEPS_EXCEED_LIMIT: 'dossiers.error.PROCEDURE_STEPS_EXCEED_LIMIT',
  PROCEDURE_DATES_OUT_OF_ORDER: 'dossiers.error.PROCEDURE_DATES_OUT_OF_ORDER',
  PROCEDURE_SUPERSESSION_INVALID: 'dossiers.error.PROCEDURE_SUPERSESSION_INVALID',
  PROCEDURE_CODE_MISMATCH: 'dossiers.error.PROCEDURE_CODE_MISMATCH',
  PROCEDURE_VERSION_EXISTS: 'dossiers.error.PROCEDURE_VERSION_EXISTS',
  PROCEDURE_VERSION_NOT_NEWER: 'dossiers.error.PROCEDURE_VERSION_NOT_NEWER',
  SECOND_EFFECTIVE_VERSION: 'dossiers.error.SECOND_EFFECTIVE_VERSION',
  DOSSIER_PROCEDURE_UNKNOWN: 'dossiers.error.DOSSIER_PROCEDURE_UNKNOWN',
  DOSSIER_PROCEDURE_NOT_IN_FORCE: 'dossiers.error.DOSSIER_PROCEDURE_NOT_IN_FORCE',
  DOSSIER_NOT_FOUND: 'dossiers.error.DOSSIER_NOT_FOUND',
  DOSSIER_STALE: 'dossiers.error.DOSSIER_STALE',
  DOSSIER_NO_PENDING_STEP: 'dossiers.error.DOSSIER_NO_PENDING_STEP',
  DOSSIER_TRANSITION_NOT_ALLOWED: 'dossiers.error.DOSSIER_TRANSITION_NOT_ALLOWED',
  DOSSIER_REASON_REQUIRED: 'dossiers.error.DOSSIER_REASON_REQUIRED',
  DOSSIER_STEPS_INCOMPLETE: 'dossiers.error.DOSSIER_STEPS_INCOMPLETE',
  DOSSIER_TIME_BEFORE_LAST: 'dossiers.error.TIME_BEFORE_LAST',
  CLOCK_TIME_BEFORE_LAST: 'dossiers.error.TIME_BEFORE_LAST',
  CLOCK_ALREADY_PAUSED: 'dossiers.error.CLOCK_ALREADY_PAUSED',
  CLOCK_NOT_PAUSED: 'dossiers.error.CLOCK_NOT_PAUSED',
  STEP_UNKNOWN: 'dossiers.error.STEP_UNKNOWN',
  STEP_OUT_OF_ORDER: 'dossiers.error.STEP_OUT_OF_ORDER',
  STEP_ALREADY_COMPLETED: 'dossiers.error.STEP_ALREADY_COMPLETED',
  STEP_ROLE_REQUIRED: 'dossiers.error.STEP_ROLE_REQUIRED',
  STEP_UNIT_REQUIRED: 'dossiers.error.STEP_UNIT_REQUIRED',
  APOLOGY_NOT_ALLOWED: 'dossiers.error.APOLOGY_NOT_ALLOWED',
  APOLOGY_REASON_REQUIRED: 'dossiers.error.APOLOGY_REASON_REQUIRED',
  APOLOGY_DATE_NOT_LATER: 'dossiers.error.APOLOGY_DATE_NOT_LATER',
  APOLOGY_DATE_NOT_WORKING_DAY: 'dossiers.error.APOLOGY_DATE_NOT_WORKING_DAY',
  REPORT_PERIOD_INVALID: 'dossiers.error.REPORT_PERIOD_INVALID',
  SCHEDULE_INVALID: 'dossiers.error.SCHEDULE_INVALID',
  SCHEDULE_DATE_OUTSIDE_YEAR: 'dossiers.error.SCHEDULE_DATE_OUTSIDE_YEAR',
  SCHEDULE_DUPLICATE_DATE: 'dossiers.error.SCHEDULE_DUPLICATE_DATE',
  SCHEDULE_DAY_CONFLICT: 'dossiers.error.SCHEDULE_DAY_CONFLICT',
  SCHEDULE_WORKING_DAY_NOT_WEEKEND: 'dossiers.error.SCHEDULE_WORKING_DAY_NOT_WEEKEND',
  SCHEDULE_HOLIDAY_MISSING: 'dossiers.error.SCHEDULE_HOLIDAY_MISSING',
  SCHEDULE_DUPLICATE_YEAR: 'dossiers.error.SCHEDULE_DUPLICATE_YEAR',
} as const satisfies Record<string, MessageKey>;

export type DossierDomainCode = keyof typeof DOSSIER_DOMAIN_MESSAGES;

/** One problem of a rejected file or schedule (`details.issues` of libs/workflows and libs/calendar): where and why. */
export type DossierIssue = { path: string; message: string };

export type DossierErrorMessage = {
  key: MessageKey;
  params: MessageParams;
  code: DossierDomainCode;
  /** Every problem the service found, when it listed them (only shown when there is more than the first one). */
  issues: DossierIssue[];
};

type Translate = (key: MessageKey, params?: MessageParams) => string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'string' && (DOSSIER_STATUSES as readonly string[]).includes(value);
}

function isPortalRole(value: unknown): value is PortalRole {
  return typeof value === 'string' && (PORTAL_ROLES as readonly string[]).includes(value);
}

/** The raw `details` of a domain error (superjson brings `Date`s back as `Date`s). */
function rawDetails(error: unknown): Record<string, unknown> {
  const data = isRecord(error) ? error['data'] : undefined;
  const domain = isRecord(data) ? data['domain'] : undefined;
  const details = isRecord(domain) ? domain['details'] : undefined;
  return isRecord(details) ? details : {};
}

/** A detail as text: dates dd/MM/yyyy, instants dd/MM/yyyy HH:mm (Vietnam), numbers with the locale's decimal mark. */
function detailText(value: unknown, locale: Locale): string | null {
  if (value instanceof Date) return formatDateTime(value);
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) {
      const instant = new Date(value);
      return Number.isNaN(instant.getTime()) ? value : formatDateTime(instant);
    }
    return value;
  }
  if (typeof value === 'number') return locale === 'vi' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return value.map(String).join(', ');
  return null;
}

function issuesOf(details: Record<string, unknown>): DossierIssue[] {
  const issues = details['issues'];
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue) =>
    isRecord(issue) && typeof issue['message'] === 'string'
      ? [{ path: typeof issue['path'] === 'string' ? issue['path'] : '', message: issue['message'] }]
      : [],
  );
}

/**
 * The message for a refusal of the one-stop desk's rules, or `null` when the error is not one of its codes (then the
 * portal's `ErrorNotice` explains it). Placeholders come from the error's details: in English, a detail written for
 * English readers (`reasonEn`, `limitLabelEn`) takes the place of its Vietnamese twin; dossier states, roles and
 * procedure version states are named from the portal's catalogue, never from the server's labels.
 */
export function describeDossierError(error: unknown, t: Translate, locale: Locale): DossierErrorMessage | null {
  const code = describeError(error).domainCode;
  if (code === null || !Object.hasOwn(DOSSIER_DOMAIN_MESSAGES, code)) return null;
  const domainCode = code as DossierDomainCode;
  const details = rawDetails(error);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(details)) {
    if (name.endsWith('En')) continue;
    const text = detailText(value, locale);
    if (text !== null) params[name] = text;
  }
  if (locale === 'en') {
    for (const [name, value] of Object.entries(details)) {
      if (!name.endsWith('En')) continue;
      const text = detailText(value, locale);
      if (text !== null) params[name.slice(0, -2)] = text;
    }
  }
  for (const name of ['from', 'to', 'status'] as const) {
    const value = details[name];
    if (isDossierStatus(value)) params[name] = t(`dossiers.status.${value}`);
  }
  if (domainCode === 'PROCEDURE_VERSION_NOT_DRAFT') {
    const status = details['status'];
    params['status'] =
      status === 'effective' || status === 'superseded' || status === 'draft'
        ? t(`procedures.versionStatus.${status}`)
        : String(status ?? '');
  }
  if (domainCode === 'STEP_OUT_OF_ORDER' && typeof details['expectedName'] === 'string') {
    params['expected'] = details['expectedName'];
  }
  if (domainCode === 'STEP_ROLE_REQUIRED' && isPortalRole(details['role'])) {
    params['role'] = t(`role.${details['role']}`);
  }
  return { key: DOSSIER_DOMAIN_MESSAGES[domainCode], params, code: domainCode, issues: issuesOf(details) };
}
