import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { FindRegisterEntriesInput, FindRegisterEntriesOutput } from './find-register-entries.schema.js';
import { selectRegisterRows } from './register-entries.js';
import { thisVietnameseYear, toRegisterEntryDto } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

/** The caller's unit's incoming register (sổ đăng ký văn bản đến) for a year, in số đến order, paged by số đến. */
export const findRegisterEntries = registerReaderProcedure
  .input(FindRegisterEntriesInput)
  .output(FindRegisterEntriesOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const rows = await selectRegisterRows(ctx.db, { orgId, year, afterNumber: input.cursor, limit: input.limit + 1 });
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      year,
      items: page.map(toRegisterEntryDto),
      nextCursor: rows.length > input.limit && last ? last.incomingNumber : null,
    };
  });
