import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { ExportRegisterInput, ExportRegisterOutput } from './export-register.schema.js';
import { selectBookForExport } from './register-book-export.js';
import { thisVietnameseYear } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

/**
 * The caller's unit's incoming register (or, with `direction: 'outgoing'`, its ordinary outgoing register) for a
 * year as a CSV file Excel opens correctly: a UTF-8 BOM, the Phụ lục IV headings of that book, RFC 4180 quoting,
 * dates as dd/MM/yyyy and moments (arrival, issue) as dd/MM/yyyy HH:mm in Vietnam time.
 * At most `MAX_EXPORT_ENTRIES` lines (REGISTER_EXPORT_TOO_LARGE above).
 */
export const exportRegister = registerReaderProcedure
  .input(ExportRegisterInput)
  .output(ExportRegisterOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const book = unwrap(await selectBookForExport(ctx.db, input.direction, { orgId, year }));
    return {
      fileName: book.fileName(orgId, year, 'csv'),
      contentType: 'text/csv; charset=utf-8' as const,
      content: book.csv(),
    };
  });
