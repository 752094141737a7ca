import { requireOrgId } from '@lienthong/auth';
import { vnSearchCondition } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { incomingSearchText } from '../../db/incoming-document.table.js';
import { incomingDocuments } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { FindIncomingInput, FindIncomingOutput } from './find-incoming.schema.js';
import { toIncomingDocumentDto } from './incoming-document.dto.js';

const t = incomingDocuments;
// Vietnam has kept UTC+7 without daylight saving since 1975: a calendar day there starts at 17:00 UTC the day before.
const startOfVietnamDay = (day: string) => new Date(`${day}T00:00:00+07:00`);
const nextVietnamDay = (day: string) => new Date(startOfVietnamDay(day).getTime() + 24 * 60 * 60 * 1000);

/** Lists the caller's unit's incoming documents, newest first, with accent-insensitive search and keyset paging. */
export const findIncoming = protectedProcedure
  .input(FindIncomingInput)
  .output(FindIncomingOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const rows = await ctx.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.orgId, orgId),
          input.query === undefined ? undefined : vnSearchCondition(incomingSearchText(t), input.query),
          input.issuer === undefined ? undefined : vnSearchCondition(t.issuer, input.issuer),
          input.documentDateFrom === undefined ? undefined : gte(t.documentDate, input.documentDateFrom),
          input.documentDateTo === undefined ? undefined : lte(t.documentDate, input.documentDateTo),
          input.receivedFrom === undefined ? undefined : gte(t.receivedAt, startOfVietnamDay(input.receivedFrom)),
          input.receivedTo === undefined ? undefined : lt(t.receivedAt, nextVietnamDay(input.receivedTo)),
          input.kindCode === undefined ? undefined : eq(t.kindCode, input.kindCode),
          input.urgency === undefined ? undefined : eq(t.urgency, input.urgency),
          input.secrecy === undefined ? undefined : eq(t.secrecy, input.secrecy),
          input.status === undefined ? undefined : eq(t.status, input.status),
          input.registerScope === undefined ? undefined : eq(t.registerScope, input.registerScope),
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
