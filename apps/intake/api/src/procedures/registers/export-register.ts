import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { asSpreadsheetText, toCsv, UTF8_BOM } from './csv.js';
import { ExportRegisterInput, ExportRegisterOutput } from './export-register.schema.js';
import { selectRegisterRows } from './register-entries.js';
import { thisVietnameseYear, toRegisterEntryDto, type RegisterEntryDto } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

/** The headings of the incoming register book, Decree 30/2020 Phụ lục IV, in its order. */
export const REGISTER_HEADERS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu',
  'Ngày tháng',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
] as const;

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is Asia/Ho_Chi_Minh.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** 2025-12-31T17:30:00Z → `01/01/2026 00:30` (Vietnam time). */
function vietnamDateTime(instant: Date): string {
  const iso = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** `2025-09-01` → `01/09/2025`. */
function vietnamDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** Column 6: the kind's name before the subject, unless the subject already starts with it. */
function kindAndSubject(entry: RegisterEntryDto): string {
  if (!entry.kindName) return entry.subject;
  const startsWithKind = entry.subject.toLocaleLowerCase('vi').startsWith(entry.kindName.toLocaleLowerCase('vi'));
  return startsWithKind ? entry.subject : `${entry.kindName}: ${entry.subject}`;
}

function registerLine(entry: RegisterEntryDto): string[] {
  return [
    vietnamDateTime(entry.receivedAt),
    String(entry.incomingNumber),
    entry.issuer,
    entry.numberSymbol,
    vietnamDate(entry.documentDate),
    kindAndSubject(entry),
    entry.recipient ?? '',
    entry.forwardedAt ? vietnamDateTime(entry.forwardedAt) : '',
    entry.acknowledgedBy ?? '',
    entry.notes ?? '',
  ].map(asSpreadsheetText);
}

/**
 * The caller's unit's incoming register for a year as a CSV file Excel opens correctly: a UTF-8 BOM, the Phụ lục IV
 * headings, RFC 4180 quoting, dates as dd/MM/yyyy and arrival times as dd/MM/yyyy HH:mm in Vietnam time.
 */
export const exportRegister = registerReaderProcedure
  .input(ExportRegisterInput)
  .output(ExportRegisterOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const rows = await selectRegisterRows(ctx.db, { orgId, year });
    const lines = rows.map((row) => registerLine(toRegisterEntryDto(row)));
    return {
      fileName: `so-van-ban-den-${orgId}-${year}.csv`,
      contentType: 'text/csv; charset=utf-8' as const,
      content: UTF8_BOM + toCsv([REGISTER_HEADERS, ...lines]),
    };
  });
