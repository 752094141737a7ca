import { requireOrgId } from '@lienthong/auth';
import { withTransaction } from '@lienthong/db';
import { err, ok } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { consultationComments, consultationRounds } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { ConsultationRoundDto, toConsultationRoundDto } from './outgoing-document.dto.js';
import { outgoingError } from './outgoing-errors.js';
import { loadOutgoing, moveOutgoing, requireDrafter } from './outgoing-store.js';

export const CloseConsultationInput = z.object({
  roundId: z.uuid({ error: 'Mã đợt lấy ý kiến không hợp lệ' }),
  /** How the comments were taken in (tổng hợp, tiếp thu, giải trình). */
  summary: z.string().trim().max(10_000, { error: 'Tổng hợp ý kiến dài quá 10.000 ký tự' }).optional(),
});

/** Closes a round: no more comments; the draft goes back to its drafter to take the comments in. */
export const closeConsultation = protectedProcedure
  .input(CloseConsultationInput)
  .output(ConsultationRoundDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const username = ctx.principal.username;
    const closed = await withTransaction(ctx.db, async (tx) => {
      const [round] = await tx
        .select()
        .from(consultationRounds)
        .where(eq(consultationRounds.id, input.roundId))
        .for('update');
      if (!round) throw outgoingError('CONSULTATION_NOT_FOUND', { roundId: input.roundId });
      const row = unwrap(await loadOutgoing(tx, orgId, round.documentId, { forUpdate: true }));
      unwrap(requireDrafter(row, username, 'kết thúc lấy ý kiến'));
      unwrap(round.status === 'open' ? ok(undefined) : err(outgoingError('CONSULTATION_CLOSED')));
      const [updated] = await tx
        .update(consultationRounds)
        .set({ status: 'closed', closedBy: username, closedAt: now, summary: input.summary ?? null })
        .where(eq(consultationRounds.id, round.id))
        .returning();
      if (!updated) throw new Error('UPDATE … RETURNING gave no row');
      if (row.status === 'in-consultation') {
        unwrap(
          await moveOutgoing(tx, { ...ctx, principal: ctx.principal }, row, 'revise', {
            ...(input.summary ? { note: input.summary } : {}),
            detail: { roundId: round.id },
          }),
        );
      }
      const comments = await tx.select().from(consultationComments).where(eq(consultationComments.roundId, round.id));
      return toConsultationRoundDto(updated, comments);
    });
    return closed;
  });
