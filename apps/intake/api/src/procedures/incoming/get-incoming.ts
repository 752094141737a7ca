import { requireOrgId } from '@lienthong/auth';
import { documentsError } from '@lienthong/documents';
import { err, ok } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { incomingDocuments } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { IncomingDocumentDto, toIncomingDocumentDto } from './incoming-document.dto.js';

export const GetIncomingInput = z.object({ id: z.uuid({ error: 'Mã văn bản không hợp lệ' }) });

/** One incoming document of the caller's unit; another unit's document is "not found", like one that does not exist. */
export const getIncoming = protectedProcedure
  .input(GetIncomingInput)
  .output(IncomingDocumentDto)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const [row] = await ctx.db
      .select()
      .from(incomingDocuments)
      .where(and(eq(incomingDocuments.id, input.id), eq(incomingDocuments.orgId, orgId)))
      .limit(1);
    return toIncomingDocumentDto(
      unwrap(row ? ok(row) : err(documentsError('DOCUMENT_NOT_FOUND', { documentId: input.id }))),
    );
  });
