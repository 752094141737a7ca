import type { IntakeInputs } from '@lienthong/intake-api/router';
import { parseRegisterYear } from '../registers/register-year.js';
import {
  isIncomingStatus,
  isKindCode,
  isSecrecyLevel,
  isUrgencyLevel,
  type IncomingStatus,
  type KindCode,
  type SecrecyLevel,
  type UrgencyLevel,
} from './document-labels.js';

/**
 * The filters of the incoming list, as they appear in its address (`/incoming?q=lụt+bão&kind=quyet-dinh&year=2025`),
 * so that a filtered list can be bookmarked and shared. Absent means "any".
 */
export type IncomingFilters = {
  /** Words of the subject, number/symbol, issuer or OCR text. */
  q?: string;
  issuer?: string;
  kind?: KindCode;
  urgency?: UrgencyLevel;
  secrecy?: SecrecyLevel;
  status?: IncomingStatus;
  /** Received on or after / on or before these days in Vietnam (`YYYY-MM-DD`). */
  from?: string;
  to?: string;
  /** The register's year (its scope). */
  year?: string;
};

/** The address parameters, in the order they are written. */
export const FILTER_PARAMS = ['q', 'issuer', 'kind', 'urgency', 'secrecy', 'status', 'from', 'to', 'year'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** intake's limit on the search words and the issuer's name. */
const MAX_TEXT = 200;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function textOf(value: string | null): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  return trimmed ? trimmed : undefined;
}

/**
 * Reads the filters from an address's parameters. Values the service would refuse (an unknown kind, a date that does
 * not exist, a year outside 2000–2100) are dropped rather than sent, so a mistyped link still opens the list.
 */
export function filtersFromSearchParams(params: URLSearchParams): IncomingFilters {
  const filters: IncomingFilters = {};
  const q = textOf(params.get('q'));
  if (q) filters.q = q;
  const issuer = textOf(params.get('issuer'));
  if (issuer) filters.issuer = issuer;
  const kind = params.get('kind');
  if (isKindCode(kind)) filters.kind = kind;
  const urgency = params.get('urgency');
  if (isUrgencyLevel(urgency)) filters.urgency = urgency;
  const secrecy = params.get('secrecy');
  if (isSecrecyLevel(secrecy)) filters.secrecy = secrecy;
  const status = params.get('status');
  if (isIncomingStatus(status)) filters.status = status;
  const from = params.get('from')?.trim();
  if (from && isCalendarDate(from)) filters.from = from;
  const to = params.get('to')?.trim();
  if (to && isCalendarDate(to)) filters.to = to;
  const year = parseRegisterYear(params.get('year'));
  if (year !== null) filters.year = String(year);
  return filters;
}

/** Writes the filters as address parameters, in a fixed order and without the empty ones. */
export function searchParamsFromFilters(filters: IncomingFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** Whether any filter is set. */
export function hasFilters(filters: IncomingFilters): boolean {
  return FILTER_PARAMS.some((name) => Boolean(filters[name]));
}

// tRPC types an input with a default as `void | {…}`: only the object form carries the filters.
type FindIncomingInput = Exclude<IntakeInputs['incoming']['find'], void | undefined>;
export type IncomingFindFilters = Omit<FindIncomingInput, 'limit' | 'cursor'>;

/** The `incoming.find` input of the filters (without paging). */
export function findInputOf(filters: IncomingFilters): IncomingFindFilters {
  return {
    ...(filters.q ? { query: filters.q } : {}),
    ...(filters.issuer ? { issuer: filters.issuer } : {}),
    ...(filters.kind ? { kindCode: filters.kind } : {}),
    ...(filters.urgency ? { urgency: filters.urgency } : {}),
    ...(filters.secrecy ? { secrecy: filters.secrecy } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { receivedFrom: filters.from } : {}),
    ...(filters.to ? { receivedTo: filters.to } : {}),
    ...(filters.year ? { registerScope: filters.year } : {}),
  };
}

/** What the filter form holds while the user edits it: one string per parameter, `''` for "any". */
export type FilterDraft = Record<FilterParam, string>;

export function draftOf(filters: IncomingFilters): FilterDraft {
  return Object.fromEntries(FILTER_PARAMS.map((name) => [name, filters[name] ?? ''])) as FilterDraft;
}

/**
 * The filters of a submitted form, read through the same checks as an address; a "from" after "to" is refused
 * (`'receivedRange'`) instead of silently giving an empty list.
 */
export function filtersOfDraft(
  draft: FilterDraft,
): { ok: true; filters: IncomingFilters } | { ok: false; problem: 'receivedRange' } {
  const filters = filtersFromSearchParams(new URLSearchParams(Object.entries(draft)));
  if (filters.from && filters.to && filters.from > filters.to) return { ok: false, problem: 'receivedRange' };
  return { ok: true, filters };
}
