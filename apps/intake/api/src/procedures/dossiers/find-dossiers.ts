import { requireOrgId } from '@lienthong/auth';
import { vnSearchCondition } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import { dossierSearchText } from '../../db/dossier.table.js';
import { dossiers } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { DossierDto } from './dossier.dto.js';
import { readDossiers } from './dossier-reader.js';

const day = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' });

export const FindDossiersInput = z
  .object({
    /** Accent-insensitive words, each of which must appear in the code, the applicant's name or identity number. */
    query: z.string().max(200, { error: 'Từ khóa tìm kiếm dài quá 200 ký tự' }).optional(),
    procedureCode: z.string().trim().max(64).optional(),
    /** Received on or after / on or before these Vietnam calendar dates. */
    receivedFrom: day.optional(),
    receivedTo: day.optional(),
    limit: z.number().int().min(1).max(100).default(20),
    /** The `nextCursor` of the previous page. */
    cursor: z.uuid({ error: 'Con trỏ trang không hợp lệ' }).optional(),
  })
  .default({ limit: 20 });

export const FindDossiersOutput = z.object({ items: z.array(DossierDto), nextCursor: z.uuid().nullable() });

/** The dossiers the caller's unit received, newest first, with accent-insensitive search and keyset paging. */
export const findDossiers = protectedProcedure
  .input(FindDossiersInput)
  .output(FindDossiersOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const t = dossiers;
    const items = await readDossiers(
      ctx.db,
      and(
        eq(t.orgId, orgId),
        input.query === undefined ? undefined : vnSearchCondition(dossierSearchText(t), input.query),
        input.procedureCode === undefined ? undefined : eq(t.procedureCode, input.procedureCode),
        input.receivedFrom === undefined ? undefined : gte(t.receivedOn, input.receivedFrom),
        input.receivedTo === undefined ? undefined : lte(t.receivedOn, input.receivedTo),
        input.cursor === undefined ? undefined : lt(t.id, input.cursor),
      ),
      { orderBy: desc(t.id), limit: input.limit + 1 },
    );
    const page = items.slice(0, input.limit);
    const last = page.at(-1);
    return { items: page, nextCursor: items.length > input.limit && last ? last.id : null };
  });
