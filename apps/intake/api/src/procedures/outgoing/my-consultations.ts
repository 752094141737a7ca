import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { consultationRounds, outgoingDocuments } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';

/**
 * The open consultation rounds that ask the caller, by name or through their unit, newest first, with the draft's
 * subject and deadline: the "Góp ý dự thảo" inbox.
 */
export const myConsultations = protectedProcedure
  .output(
    z.array(
      z.object({
        roundId: z.uuid(),
        documentId: z.uuid(),
        subject: z.string(),
        draftedBy: z.string(),
        fileVersion: z.number().int(),
        deadline: z.date(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const asked = sql`(${consultationRounds.participants} @> ${JSON.stringify([{ type: 'user', username: ctx.principal.username }])}::jsonb
      or ${consultationRounds.participants} @> ${JSON.stringify([{ type: 'unit', orgId }])}::jsonb)`;
    const rows = await ctx.db
      .select({ round: consultationRounds, document: outgoingDocuments })
      .from(consultationRounds)
      .innerJoin(outgoingDocuments, eq(outgoingDocuments.id, consultationRounds.documentId))
      .where(and(eq(consultationRounds.status, 'open'), asked))
      .orderBy(desc(consultationRounds.id))
      .limit(200);
    return rows.map(({ round, document }) => ({
      roundId: round.id,
      documentId: document.id,
      subject: document.subject,
      draftedBy: document.draftedBy,
      fileVersion: round.fileVersion,
      deadline: round.deadline,
    }));
  });
