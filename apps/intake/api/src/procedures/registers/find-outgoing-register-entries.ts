import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import {
  FindOutgoingRegisterEntriesInput,
  FindOutgoingRegisterEntriesOutput,
} from './find-outgoing-register-entries.schema.js';
import { selectOutgoingRegisterRows } from './outgoing-register-entries.js';
import { toOutgoingRegisterEntryDto } from './outgoing-register-entry.dto.js';
import { thisVietnameseYear } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

/**
 * The caller's unit's ordinary outgoing register (sổ đăng ký văn bản đi) for a year, in số đi order, paged by số đi:
 * every document issued from it, recalled and replaced ones included (with a note).
 *
 * A procedure of its own rather than a `direction` on `registers.entries`: its lines are another DTO, and a tRPC
 * output type cannot depend on the input, so a shared procedure would give every client a union of both lines to
 * narrow (the portal's incoming book reads `entries` items as incoming lines).
 */
export const findOutgoingRegisterEntries = registerReaderProcedure
  .input(FindOutgoingRegisterEntriesInput)
  .output(FindOutgoingRegisterEntriesOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const rows = await selectOutgoingRegisterRows(ctx.db, {
      orgId,
      year,
      afterNumber: input.cursor,
      limit: input.limit + 1,
    });
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      year,
      items: page.map(toOutgoingRegisterEntryDto),
      nextCursor: rows.length > input.limit && last ? last.outgoingNumber : null,
    };
  });
