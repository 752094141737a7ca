import type { OutgoingRegisterEntryDto } from './outgoing-register-entry.dto.js';
import type { RegisterDirection, RegisterEntryDto } from './register-entry.dto.js';

/**
 * One column of a register book, Decree 30/2020 Phụ lục IV, reading its value from an `Entry` (one line of the
 * book). `type` says what the value is, so that each file format writes it its own way: CSV as text, XLSX as a real
 * date or number.
 * - `instant`: a moment (shown in Vietnam time, day and minute);
 * - `date`: a calendar date, `YYYY-MM-DD`;
 * - `number`, `text`: as they are.
 * `width` is the column's width in XLSX, in characters.
 */
export type RegisterColumn<Entry> = { readonly header: string; readonly width: number } & (
  | { readonly type: 'instant'; readonly value: (entry: Entry) => Date | null }
  | { readonly type: 'date'; readonly value: (entry: Entry) => string | null }
  | { readonly type: 'number'; readonly value: (entry: Entry) => number | null }
  | { readonly type: 'text'; readonly value: (entry: Entry) => string | null }
);

/**
 * A register book as the exports write it: its columns (the one place that says what a line of the book holds; the
 * CSV and XLSX writers both read it) and its names.
 */
export type RegisterBook<Entry> = {
  readonly direction: RegisterDirection;
  readonly columns: readonly RegisterColumn<Entry>[];
  /** `Sổ văn bản đến`: the worksheet's name before the year, and the subject of error messages. */
  readonly shortName: string;
  /** `Sổ đăng ký văn bản đến`: the title above the headings, before the year. */
  readonly title: string;
  /** `so-van-ban-den`: export files are `<prefix>-<orgId>-<year>.<csv|xlsx>`. */
  readonly filePrefix: string;
};

/** The headings of a book, in its order. */
export const headersOf = <Entry>(book: RegisterBook<Entry>): string[] => book.columns.map((column) => column.header);

/** `so-van-ban-den-th-ubnd-xa-hoang-hoa-2025.csv`. */
export const registerFileName = <Entry>(
  book: RegisterBook<Entry>,
  orgId: string,
  year: number,
  extension: 'csv' | 'xlsx',
) => `${book.filePrefix}-${orgId}-${year}.${extension}`;

/**
 * Column "tên loại và trích yếu nội dung" of both books: the kind's name before the subject, unless the subject
 * already starts with it.
 */
export function kindAndSubject(entry: { readonly kindName: string | null; readonly subject: string }): string {
  if (!entry.kindName) return entry.subject;
  const startsWithKind = entry.subject.toLocaleLowerCase('vi').startsWith(entry.kindName.toLocaleLowerCase('vi'));
  return startsWithKind ? entry.subject : `${entry.kindName}: ${entry.subject}`;
}

/**
 * The columns of the incoming register book (Mẫu sổ đăng ký văn bản đến), in the order and with the headings of
 * Decree 30/2020 Phụ lục IV.
 */
export const INCOMING_REGISTER_COLUMNS: readonly RegisterColumn<RegisterEntryDto>[] = [
  { header: 'Ngày đến', width: 17, type: 'instant', value: (entry) => entry.receivedAt },
  { header: 'Số đến', width: 8, type: 'number', value: (entry) => entry.incomingNumber },
  { header: 'Tác giả', width: 28, type: 'text', value: (entry) => entry.issuer },
  { header: 'Số, ký hiệu', width: 16, type: 'text', value: (entry) => entry.numberSymbol },
  { header: 'Ngày tháng', width: 12, type: 'date', value: (entry) => entry.documentDate },
  { header: 'Tên loại và trích yếu nội dung', width: 60, type: 'text', value: kindAndSubject },
  { header: 'Đơn vị hoặc người nhận', width: 24, type: 'text', value: (entry) => entry.recipient },
  { header: 'Ngày chuyển', width: 17, type: 'instant', value: (entry) => entry.forwardedAt },
  { header: 'Ký nhận', width: 14, type: 'text', value: (entry) => entry.acknowledgedBy },
  { header: 'Ghi chú', width: 16, type: 'text', value: (entry) => entry.notes },
];

/** The incoming register book (sổ đăng ký văn bản đến), by số đến. */
export const INCOMING_REGISTER_BOOK: RegisterBook<RegisterEntryDto> = {
  direction: 'incoming',
  columns: INCOMING_REGISTER_COLUMNS,
  shortName: 'Sổ văn bản đến',
  title: 'Sổ đăng ký văn bản đến',
  filePrefix: 'so-van-ban-den',
};

/**
 * The ten columns of the outgoing register book (Mẫu sổ đăng ký văn bản đi), in the order of Decree 30/2020
 * Phụ lục IV. The headings were written from memory of the Decree, since our reference (vn-egov.md §1.6) only says
 * the book has ten columns: check them word for word against the Phụ lục IV form before a unit prints the book.
 * Columns (6), (7) and (9) hold what the service does not record yet (see `OutgoingRegisterEntryDto`).
 */
export const OUTGOING_REGISTER_COLUMNS: readonly RegisterColumn<OutgoingRegisterEntryDto>[] = [
  { header: 'Số, ký hiệu văn bản', width: 16, type: 'text', value: (entry) => entry.numberSymbol },
  { header: 'Ngày tháng văn bản', width: 12, type: 'date', value: (entry) => entry.issuedDate },
  { header: 'Tên loại và trích yếu nội dung văn bản', width: 60, type: 'text', value: kindAndSubject },
  { header: 'Người ký', width: 20, type: 'text', value: (entry) => entry.signerName },
  { header: 'Nơi nhận văn bản', width: 32, type: 'text', value: (entry) => entry.recipients.join('; ') || null },
  { header: 'Đơn vị, người nhận bản lưu', width: 20, type: 'text', value: (entry) => entry.draftedBy },
  { header: 'Số lượng bản', width: 8, type: 'number', value: (entry) => entry.copies },
  { header: 'Ngày chuyển', width: 17, type: 'instant', value: (entry) => entry.issuedAt },
  { header: 'Ký nhận', width: 14, type: 'text', value: (entry) => entry.acknowledgedBy },
  { header: 'Ghi chú', width: 16, type: 'text', value: (entry) => entry.notes },
];

/** The outgoing register book (sổ đăng ký văn bản đi), by số đi. */
export const OUTGOING_REGISTER_BOOK: RegisterBook<OutgoingRegisterEntryDto> = {
  direction: 'outgoing',
  columns: OUTGOING_REGISTER_COLUMNS,
  shortName: 'Sổ văn bản đi',
  title: 'Sổ đăng ký văn bản đi',
  filePrefix: 'so-van-ban-di',
};

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is Asia/Ho_Chi_Minh.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The instant moved by Vietnam's offset: a Date whose UTC fields read as the wall clock in Vietnam. For formats
 * that have no time zone (an Excel date is a plain day count), never for comparing instants.
 */
export function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}

/** 2025-12-31T17:30:00Z → `01/01/2026 00:30` (Vietnam time). */
export function vietnamDateTime(instant: Date): string {
  const iso = vietnamWallClock(instant).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** `2025-09-01` → `01/09/2025`. */
export function vietnamDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}
