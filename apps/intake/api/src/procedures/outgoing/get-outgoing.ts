import { requireOrgId } from '@lienthong/auth';
import { documentsError } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { consultationComments, consultationRounds, outgoingDocuments, outgoingFiles } from '../../db/schema.js';
import { loadHistory } from '../../history/record-history.js';
import { protectedProcedure } from '../../trpc.js';
import { isParticipant } from './consultation-access.js';
import {
  OutgoingDocumentDetailDto,
  toConsultationRoundDto,
  toOutgoingDocumentDto,
  toOutgoingFileDto,
} from './outgoing-document.dto.js';

/**
 * One outgoing document with its file versions, rounds, comments and history. Visible to its unit, and to the people
 * and units asked in one of its consultation rounds (they must read the draft to comment); to anyone else it is "not
 * found".
 */
export const getOutgoing = protectedProcedure
  .input(z.object({ id: z.uuid({ error: 'Mã văn bản không hợp lệ' }) }))
  .output(OutgoingDocumentDetailDto)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const [row] = await ctx.db.select().from(outgoingDocuments).where(eq(outgoingDocuments.id, input.id)).limit(1);
    const rounds = row
      ? await ctx.db
          .select()
          .from(consultationRounds)
          .where(eq(consultationRounds.documentId, row.id))
          .orderBy(asc(consultationRounds.id))
      : [];
    const visible =
      row && (row.orgId === orgId || rounds.some((round) => isParticipant(round.participants, ctx.principal)));
    if (!row || !visible) throw documentsError('DOCUMENT_NOT_FOUND', { documentId: input.id });
    const files = await ctx.db
      .select()
      .from(outgoingFiles)
      .where(eq(outgoingFiles.documentId, row.id))
      .orderBy(asc(outgoingFiles.version));
    const comments = await ctx.db
      .select()
      .from(consultationComments)
      .where(eq(consultationComments.documentId, row.id))
      .orderBy(asc(consultationComments.id));
    return {
      ...toOutgoingDocumentDto(row),
      files: files.map(toOutgoingFileDto),
      rounds: rounds.map((round) => toConsultationRoundDto(round, comments)),
      history: await loadHistory(ctx.db, row.id),
    };
  });
