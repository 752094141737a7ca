import { requireOrgId } from '@lienthong/auth';
import { withTransaction } from '@lienthong/db';
import { err, ok } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { consultationComments, consultationRounds } from '../../db/schema.js';
import { recordHistory } from '../../history/record-history.js';
import { protectedProcedure } from '../../trpc.js';
import { ConsultationCommentDto } from './outgoing-document.dto.js';
import { isParticipant } from './consultation-access.js';
import { outgoingError } from './outgoing-errors.js';

export const CommentConsultationInput = z.object({
  roundId: z.uuid({ error: 'Mã đợt lấy ý kiến không hợp lệ' }),
  body: z
    .string({ error: 'Nội dung góp ý là bắt buộc' })
    .trim()
    .min(1, { error: 'Nội dung góp ý không được để trống' })
    .max(10_000, { error: 'Nội dung góp ý dài quá 10.000 ký tự' }),
});

/**
 * A participant's comment (góp ý) on the version the round was opened on. Only participants (by name or unit), only
 * while the round is open and before its deadline; it joins the document's history.
 */
export const commentConsultation = protectedProcedure
  .input(CommentConsultationInput)
  .output(ConsultationCommentDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const comment = await withTransaction(ctx.db, async (tx) => {
      const [round] = await tx
        .select()
        .from(consultationRounds)
        .where(eq(consultationRounds.id, input.roundId))
        .for('update');
      // Someone not asked learns nothing about the round, not even that it exists.
      if (!round || !isParticipant(round.participants, ctx.principal)) {
        throw outgoingError('CONSULTATION_NOT_FOUND', { roundId: input.roundId });
      }
      unwrap(round.status === 'open' ? ok(undefined) : err(outgoingError('CONSULTATION_CLOSED')));
      unwrap(
        now.getTime() <= round.deadline.getTime()
          ? ok(undefined)
          : err(outgoingError('CONSULTATION_DEADLINE_PASSED', { deadline: round.deadline.toISOString() })),
      );
      const [inserted] = await tx
        .insert(consultationComments)
        .values({
          id: ctx.ids(),
          roundId: round.id,
          documentId: round.documentId,
          fileVersion: round.fileVersion,
          author: ctx.principal.username,
          authorOrgId: orgId,
          body: input.body,
          createdAt: now,
        })
        .returning();
      if (!inserted) throw new Error('INSERT … RETURNING gave no row');
      await recordHistory(tx, ctx.ids, {
        documentId: round.documentId,
        direction: 'outgoing',
        at: now,
        actor: ctx.principal.username,
        action: 'comment',
        detail: { roundId: round.id, fileVersion: round.fileVersion },
      });
      return inserted;
    });
    const { id, fileVersion, author, authorOrgId, body, createdAt } = comment;
    return { id, fileVersion, author, authorOrgId, body, createdAt };
  });
