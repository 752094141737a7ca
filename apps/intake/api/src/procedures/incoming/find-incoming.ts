import { requireOrgId } from '@lienthong/auth';
import { vnSearchCondition } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { incomingDocuments } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { FindIncomingInput, FindIncomingOutput } from './find-incoming.schema.js';
import { toIncomingDocumentDto } from './incoming-document.dto.js';

const t = incomingDocuments;

/** Lists the caller's unit's incoming documents, newest first, with accent-insensitive search and keyset paging. */
export const findIncoming = protectedProcedure
  .input(FindIncomingInput)
  .output(FindIncomingOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const searchable = sql`${t.subject} || ' ' || ${t.numberSymbol} || ' ' || ${t.issuer}`;
    const rows = await ctx.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.orgId, orgId),
          input.query === undefined ? undefined : vnSearchCondition(searchable, input.query),
          input.documentDateFrom === undefined ? undefined : gte(t.documentDate, input.documentDateFrom),
          input.documentDateTo === undefined ? undefined : lte(t.documentDate, input.documentDateTo),
          input.cursor === undefined ? undefined : lt(t.id, input.cursor),
        ),
      )
      .orderBy(desc(t.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page.map(toIncomingDocumentDto),
      nextCursor: rows.length > input.limit && last ? last.id : null,
    };
  });
