import { requireOrgId } from '@lienthong/auth';
import { vnSearchCondition } from '@lienthong/db';
import { OUTGOING_STATES } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { outgoingDocuments } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { OutgoingDocumentDto, toOutgoingDocumentDto } from './outgoing-document.dto.js';

const t = outgoingDocuments;

export const FindOutgoingInput = z
  .object({
    /** Accent-insensitive words of the subject or the number and symbol. */
    query: z.string().max(200, { error: 'Từ khóa tìm kiếm dài quá 200 ký tự' }).optional(),
    status: z
      .array(z.enum(OUTGOING_STATES, { error: 'Trạng thái không hợp lệ' }))
      .max(OUTGOING_STATES.length)
      .optional(),
    kindCode: z.string().max(40).optional(),
    /** Only the caller's own drafts. */
    mine: z.boolean().optional(),
    limit: z.number().int().min(1).max(100).default(20),
    cursor: z.uuid({ error: 'Con trỏ trang không hợp lệ' }).optional(),
  })
  .default({ limit: 20 });

/** The unit's outgoing documents, newest first, with filters and keyset paging. */
export const findOutgoing = protectedProcedure
  .input(FindOutgoingInput)
  .output(z.object({ items: z.array(OutgoingDocumentDto), nextCursor: z.uuid().nullable() }))
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const rows = await ctx.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.orgId, orgId),
          input.query === undefined
            ? undefined
            : vnSearchCondition(sql`${t.subject} || ' ' || coalesce(${t.numberSymbol}, '')`, input.query),
          input.status === undefined || input.status.length === 0 ? undefined : inArray(t.status, input.status),
          input.kindCode === undefined ? undefined : eq(t.kindCode, input.kindCode),
          input.mine ? eq(t.draftedBy, ctx.principal.username) : undefined,
          input.cursor === undefined ? undefined : lt(t.id, input.cursor),
        ),
      )
      .orderBy(desc(t.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return { items: page.map(toOutgoingDocumentDto), nextCursor: rows.length > input.limit && last ? last.id : null };
  });
