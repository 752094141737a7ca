import { documentsError } from '@lienthong/documents';
import { err, ok } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { incomingDocuments } from '../../db/schema.js';
import { publicProcedure } from '../../trpc.js';
import { IncomingDocumentDto, toIncomingDocumentDto } from './incoming-document.dto.js';

export const GetIncomingInput = z.object({ orgId: z.string().min(1), id: z.uuid({ error: 'Mã văn bản không hợp lệ' }) });

/** One incoming document of the unit; another unit's document is "not found", like one that does not exist. */
export const getIncoming = publicProcedure
  .input(GetIncomingInput)
  .output(IncomingDocumentDto)
  .query(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select()
      .from(incomingDocuments)
      .where(and(eq(incomingDocuments.id, input.id), eq(incomingDocuments.orgId, input.orgId)))
      .limit(1);
    return toIncomingDocumentDto(unwrap(row ? ok(row) : err(documentsError('DOCUMENT_NOT_FOUND', { documentId: input.id }))));
  });
