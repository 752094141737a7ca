import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { asSpreadsheetText, toCsv, UTF8_BOM } from './csv.js';
import { ExportRegisterInput, ExportRegisterOutput } from './export-register.schema.js';
import {
  REGISTER_COLUMNS,
  REGISTER_HEADERS,
  vietnamDate,
  vietnamDateTime,
  type RegisterColumn,
} from './register-book.js';
import { selectRegisterForExport } from './register-entries.js';
import { thisVietnameseYear, toRegisterEntryDto, type RegisterEntryDto } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

/** One register cell as CSV text: dates as dd/MM/yyyy, moments as dd/MM/yyyy HH:mm in Vietnam time. */
function csvText(column: RegisterColumn, entry: RegisterEntryDto): string {
  switch (column.type) {
    case 'instant': {
      const instant = column.value(entry);
      return instant ? vietnamDateTime(instant) : '';
    }
    case 'date': {
      const date = column.value(entry);
      return date ? vietnamDate(date) : '';
    }
    case 'number':
      return String(column.value(entry));
    case 'text':
      return column.value(entry) ?? '';
  }
}

function registerLine(entry: RegisterEntryDto): string[] {
  return REGISTER_COLUMNS.map((column) => asSpreadsheetText(csvText(column, entry)));
}

/**
 * The caller's unit's incoming register for a year as a CSV file Excel opens correctly: a UTF-8 BOM, the Phụ lục IV
 * headings, RFC 4180 quoting, dates as dd/MM/yyyy and arrival times as dd/MM/yyyy HH:mm in Vietnam time.
 * At most `MAX_EXPORT_ENTRIES` lines (REGISTER_EXPORT_TOO_LARGE above).
 */
export const exportRegister = registerReaderProcedure
  .input(ExportRegisterInput)
  .output(ExportRegisterOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const rows = unwrap(await selectRegisterForExport(ctx.db, { orgId, year }));
    const lines = rows.map((row) => registerLine(toRegisterEntryDto(row)));
    return {
      fileName: `so-van-ban-den-${orgId}-${year}.csv`,
      contentType: 'text/csv; charset=utf-8' as const,
      content: UTF8_BOM + toCsv([REGISTER_HEADERS, ...lines]),
    };
  });
