import { requireOrgId } from '@lienthong/auth';
import type { Database } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { eq } from 'drizzle-orm';
import { orgUnits } from '../../db/schema.js';
import { ExportRegisterInput, ExportRegisterXlsxOutput, XLSX_CONTENT_TYPE } from './export-register.schema.js';
import { selectBookForExport } from './register-book-export.js';
import { thisVietnameseYear } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

/** The unit's name from this service's copy of the organisation directory; its id when the directory lacks it. */
async function unitNameOf(db: Database, orgId: string): Promise<string> {
  const [unit] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, orgId)).limit(1);
  return unit?.name ?? orgId;
}

/**
 * The caller's unit's incoming register (or, with `direction: 'outgoing'`, its ordinary outgoing register) for a
 * year as an Excel workbook (the same lines as the CSV export): real dates in Vietnam time shown dd/mm/yyyy, numbers
 * as numbers, text never read as a formula. The bytes travel in base64 because tRPC answers in JSON; at most
 * `MAX_EXPORT_ENTRIES` lines (REGISTER_EXPORT_TOO_LARGE above).
 */
export const exportRegisterXlsx = registerReaderProcedure
  .input(ExportRegisterInput)
  .output(ExportRegisterXlsxOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const book = unwrap(await selectBookForExport(ctx.db, input.direction, { orgId, year }));
    const bytes = await book.xlsx({ unitName: await unitNameOf(ctx.db, orgId), year, createdAt: ctx.clock.now() });
    return {
      fileName: book.fileName(orgId, year, 'xlsx'),
      contentType: XLSX_CONTENT_TYPE,
      base64: bytes.toString('base64'),
      rows: book.rows,
    };
  });
