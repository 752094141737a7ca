import { err, ok, type Result } from '@lienthong/kernel';
import { SECRECY_LABELS, type SecrecyLevel, type UrgencyLevel } from './metadata.js';
import { registerError, type RegisterError } from './register-errors.js';
import { vietnamDateOf } from './vietnam-date.js';

/** What duplicate detection compares: issuer name, number and symbol as written, and the sha256 of the content. */
export type DocumentIdentity = {
  readonly id?: string;
  readonly organName: string;
  readonly codeNumber: string;
  readonly codeNotation: string;
  readonly contentHash?: string;
};

export type DuplicateReason = 'same-number-symbol-issuer' | 'same-content';

/** A warning, not an error: the clerk sees the earlier document and decides whether to register this one. */
export type DuplicateWarning<T extends DocumentIdentity> = {
  readonly code: 'POSSIBLE_DUPLICATE';
  readonly reasons: readonly DuplicateReason[];
  readonly earlier: T;
  readonly messageVi: string;
  readonly messageEn: string;
};

/** Vowel pairs whose tone mark is placed on either vowel by different typists: "Ủy"/"Uỷ", "Hóa"/"Hoá", "khỏe"/"khoẻ". */
const TONE_ON_O = /([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g;
const TONE_ON_U = /([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g;

/**
 * The form two spellings of one name share: Unicode NFC, tone marks of oa/oe/uy on the second vowel, the Icelandic
 * "Ð" that PDF extraction yields read as Vietnamese "Đ", case and runs of white space ignored.
 */
function comparable(value: string): string {
  return value
    .normalize('NFD')
    .replace(TONE_ON_O, '$1$3$2')
    .replace(TONE_ON_U, '$1$3$2')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi')
    .replace(/ð/g, 'đ');
}

/** "05" and "5" are the same number: Phụ lục I pads numbers below 10 with a zero, not every sender does. */
function comparableNumber(value: string): string {
  return value.trim().replace(/^0+(?=\d)/, '');
}

function identityKey(document: DocumentIdentity): string {
  const symbol = comparable(document.codeNotation).replace(/\s/g, '');
  return [comparable(document.organName), comparableNumber(document.codeNumber), symbol].join('\u0000');
}

/**
 * Earlier documents that look like `candidate` (Decree 30 Phụ lục VI Part I §III.1.h): the same issuer, number and
 * symbol, or the same content hash. Returns one warning per earlier document, in the order given; never an error.
 * A document with the candidate's own `id` is skipped.
 */
export function findDuplicates<T extends DocumentIdentity>(
  candidate: DocumentIdentity,
  existing: readonly T[],
): DuplicateWarning<T>[] {
  const key = identityKey(candidate);
  const warnings: DuplicateWarning<T>[] = [];
  for (const earlier of existing) {
    if (candidate.id !== undefined && earlier.id === candidate.id) continue;
    const reasons: DuplicateReason[] = [];
    if (identityKey(earlier) === key) reasons.push('same-number-symbol-issuer');
    if (candidate.contentHash && earlier.contentHash === candidate.contentHash) reasons.push('same-content');
    if (reasons.length === 0) continue;
    const label = `${earlier.codeNumber}/${earlier.codeNotation} (${earlier.organName})`;
    warnings.push({
      code: 'POSSIBLE_DUPLICATE',
      reasons,
      earlier,
      messageVi: `Văn bản này có thể trùng với văn bản ${label} đã đăng ký`,
      messageEn: `This document may duplicate ${label}, already registered`,
    });
  }
  return warnings;
}

function confidentiality<T extends { readonly secrecy: SecrecyLevel }>(
  document: T,
  code: 'CONFIDENTIAL_NOT_ELECTRONIC' | 'CONFIDENTIAL_CONTENT_NOT_ALLOWED',
): Result<T, RegisterError> {
  if (document.secrecy === 'thuong') return ok(document);
  return err(registerError(code, { secrecy: document.secrecy, secrecyLabel: SECRECY_LABELS[document.secrecy] }));
}

/**
 * Passes a document that may travel over the interconnection. Mật, tối mật and tuyệt mật documents never do
 * (architecture §6; QCVN 102 excludes them; Decree 30 Điều 18.2, 22.4 defer to the state-secrets law):
 * `CONFIDENTIAL_NOT_ELECTRONIC`.
 */
export function assertMayDispatchElectronically<T extends { readonly secrecy: SecrecyLevel }>(
  document: T,
): Result<T, RegisterError> {
  return confidentiality(document, 'CONFIDENTIAL_NOT_ELECTRONIC');
}

/**
 * Passes a document whose content (files, scans) may be stored. A confidential one is registered by its metadata
 * only (architecture §6): `CONFIDENTIAL_CONTENT_NOT_ALLOWED`.
 */
export function assertMayStoreContent<T extends { readonly secrecy: SecrecyLevel }>(document: T): Result<T, RegisterError> {
  return confidentiality(document, 'CONFIDENTIAL_CONTENT_NOT_ALLOWED');
}

/** Tells whether a Vietnam calendar date (`YYYY-MM-DD`) is a working day; `libs/calendar` can supply holidays. */
export type WorkingDayPredicate = (date: string) => boolean;

/** Monday to Friday, the civil-service week; knows no public holidays. */
export const isWeekday: WorkingDayPredicate = (date) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/**
 * How long "immediately" may take for an urgent document (khẩn, thượng khẩn, hỏa tốc): Decree 30 Điều 4.2.c and 23.1
 * say "ngay sau khi nhận được" without a figure. We flag anything registered more than 30 minutes after reception;
 * an agency's own rules (quy chế công tác văn thư) can pass another limit.
 */
export const URGENT_REGISTRATION_LIMIT_MS = 30 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a Vietnam calendar date (UTC+7, no daylight saving). */
function endOfVietnamDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+07:00`);
}

/** The first working day after `date`. Throws (a bug in the predicate) if none comes within a year. */
function nextWorkingDay(date: string, isWorkingDay: WorkingDayPredicate): string {
  for (let days = 1; days <= 366; days += 1) {
    const candidate = addDays(date, days);
    if (isWorkingDay(candidate)) return candidate;
  }
  throw new Error(`No working day within a year after ${date}: check the working-day calendar`);
}

export type RegistrationDelay = {
  /** `immediately` for urgent documents; otherwise the day of arrival or, at the latest, the next working day. */
  readonly rule: 'immediately' | 'next-working-day';
  /** The last instant registration is on time. */
  readonly deadline: Date;
  readonly delayMs: number;
  readonly isLate: boolean;
};

/**
 * Whether an incoming document was registered in time (Decree 30 Điều 4.2.c): urgent ones within
 * `urgentLimitMs` of reception (default `URGENT_REGISTRATION_LIMIT_MS`), the others by the end of the next working
 * day in Vietnam (default: Monday to Friday). Fails with `REGISTERED_BEFORE_RECEIVED` when the times are reversed.
 */
export function registrationDelay(
  receivedAt: Date,
  registeredAt: Date,
  urgency: UrgencyLevel,
  options: { urgentLimitMs?: number; isWorkingDay?: WorkingDayPredicate } = {},
): Result<RegistrationDelay, RegisterError> {
  const delayMs = registeredAt.getTime() - receivedAt.getTime();
  if (delayMs < 0) {
    return err(registerError('REGISTERED_BEFORE_RECEIVED', { receivedAt, registeredAt }));
  }
  const deadline =
    urgency === 'thuong'
      ? endOfVietnamDay(nextWorkingDay(vietnamDateOf(receivedAt), options.isWorkingDay ?? isWeekday))
      : new Date(receivedAt.getTime() + (options.urgentLimitMs ?? URGENT_REGISTRATION_LIMIT_MS));
  return ok({
    rule: urgency === 'thuong' ? 'next-working-day' : 'immediately',
    deadline,
    delayMs,
    isLate: registeredAt.getTime() > deadline.getTime(),
  });
}

/**
 * The last instant to confirm receipt of an electronic document to its sender: the end of the day of receipt in
 * Vietnam (Decree 30 Điều 21.2.c, "ngay trong ngày"). The system confirms on import, so a non-working day counts.
 */
export function receiptConfirmationDue(receivedAt: Date): Date {
  return endOfVietnamDay(vietnamDateOf(receivedAt));
}
