import { vnSearchCondition } from '@lienthong/db';
import { and, asc, eq, gt, gte, isNull, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { procedureVersions } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { ProcedureVersionDto, toProcedureVersionDto } from './procedure-version.dto.js';
import { CatalogueUnit, catalogueToRead, todayOf } from './procedure-store.js';

const t = procedureVersions;

export const ListProceduresInput = z
  .object({
    orgId: CatalogueUnit,
    /** Accent-insensitive words, each of which must appear in the code or the name. */
    query: z.string().max(200, { error: 'Từ khóa tìm kiếm dài quá 200 ký tự' }).optional(),
    /** Include draft versions (default true). */
    includeDrafts: z.boolean().default(true),
    limit: z.number().int().min(1).max(200).default(50),
    /** The `nextCursor` of the previous page. */
    cursor: z.object({ code: z.string(), id: z.uuid() }).optional(),
  })
  .default({ includeDrafts: true, limit: 50 });

export const ListProceduresOutput = z.object({
  items: z.array(ProcedureVersionDto),
  nextCursor: z.object({ code: z.string(), id: z.uuid() }).nullable(),
});

/**
 * A unit's catalogue: the versions in force or still to come (not ended before today) and, unless excluded, the
 * drafts; by code, then import order. Superseded versions that have ended are under `procedures.versions`.
 */
export const listProcedures = protectedProcedure
  .input(ListProceduresInput)
  .output(ListProceduresOutput)
  .query(async ({ ctx, input }) => {
    const orgId = catalogueToRead(ctx.principal, input.orgId);
    const today = todayOf(ctx);
    const issuedAndCurrent = and(ne(t.status, 'draft'), or(isNull(t.effectiveTo), gte(t.effectiveTo, today)));
    const rows = await ctx.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.orgId, orgId),
          input.includeDrafts ? or(eq(t.status, 'draft'), issuedAndCurrent) : issuedAndCurrent,
          input.query === undefined ? undefined : vnSearchCondition(sql`${t.code} || ' ' || ${t.name}`, input.query),
          input.cursor === undefined
            ? undefined
            : or(gt(t.code, input.cursor.code), and(eq(t.code, input.cursor.code), gt(t.id, input.cursor.id))),
        ),
      )
      .orderBy(asc(t.code), asc(t.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => toProcedureVersionDto(row, today)),
      nextCursor: rows.length > input.limit && last ? { code: last.code, id: last.id } : null,
    };
  });
