import type { RegisterEntryDto } from './register-entry.dto.js';

/**
 * One column of the incoming register book, Decree 30/2020 Phụ lục IV. `type` says what the value is, so that each
 * file format writes it its own way: CSV as text, XLSX as a real date or number.
 * - `instant`: a moment (shown in Vietnam time, day and minute);
 * - `date`: a calendar date, `YYYY-MM-DD`;
 * - `number`, `text`: as they are.
 * `width` is the column's width in XLSX, in characters.
 */
export type RegisterColumn = { readonly header: string; readonly width: number } & (
  | { readonly type: 'instant'; readonly value: (entry: RegisterEntryDto) => Date | null }
  | { readonly type: 'date'; readonly value: (entry: RegisterEntryDto) => string | null }
  | { readonly type: 'number'; readonly value: (entry: RegisterEntryDto) => number }
  | { readonly type: 'text'; readonly value: (entry: RegisterEntryDto) => string | null }
);

/** Column 6: the kind's name before the subject, unless the subject already starts with it. */
export function kindAndSubject(entry: RegisterEntryDto): string {
  if (!entry.kindName) return entry.subject;
  const startsWithKind = entry.subject.toLocaleLowerCase('vi').startsWith(entry.kindName.toLocaleLowerCase('vi'));
  return startsWithKind ? entry.subject : `${entry.kindName}: ${entry.subject}`;
}

/**
 * The columns of the incoming register book, in the order and with the headings of Decree 30/2020 Phụ lục IV:
 * the one place that says what a register line holds (the CSV and XLSX exports both read it).
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
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

/** The headings of the incoming register book, Decree 30/2020 Phụ lục IV, in its order. */
export const REGISTER_HEADERS: readonly string[] = REGISTER_COLUMNS.map((column) => column.header);

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
