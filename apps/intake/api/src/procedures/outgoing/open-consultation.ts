import { requireOrgId } from '@lienthong/auth';
import { withTransaction } from '@lienthong/db';
import { err, ok } from '@lienthong/kernel';
import { assertMayStoreContent } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { z } from 'zod';
import { consultationRounds } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { ConsultationRoundDto, toConsultationRoundDto } from './outgoing-document.dto.js';
import { outgoingError } from './outgoing-errors.js';
import { latestFile, loadOutgoing, moveOutgoing, requireDrafter } from './outgoing-store.js';

export const OpenConsultationInput = z.object({
  documentId: z.uuid({ error: 'Mã văn bản không hợp lệ' }),
  /** People (usernames) and units (any member may answer) asked for comments. */
  participants: z
    .array(
      z.discriminatedUnion(
        'type',
        [
          z.object({ type: z.literal('user'), username: z.string().trim().min(1).max(100) }),
          z.object({ type: z.literal('unit'), orgId: z.string().trim().min(1).max(100) }),
        ],
        { error: 'Người hoặc đơn vị được lấy ý kiến không hợp lệ' },
      ),
    )
    .min(1, { error: 'Cần ít nhất một người hoặc đơn vị được lấy ý kiến' })
    .max(100, { error: 'Tối đa 100 người hoặc đơn vị cho một đợt' }),
  deadline: z.coerce.date({ error: 'Hạn góp ý phải là một thời điểm hợp lệ' }),
});

/**
 * Opens a consultation round (lấy ý kiến) on the draft's newest version: the drafter names people or units and a
 * deadline; the document moves to "đang lấy ý kiến". Needs a file to comment on and a deadline in the future.
 */
export const openConsultation = protectedProcedure
  .input(OpenConsultationInput)
  .output(ConsultationRoundDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const username = ctx.principal.username;
    unwrap(
      input.deadline.getTime() > now.getTime() ? ok(undefined) : err(outgoingError('CONSULTATION_DEADLINE_IN_PAST')),
    );
    const round = await withTransaction(ctx.db, async (tx) => {
      const row = unwrap(await loadOutgoing(tx, orgId, input.documentId, { forUpdate: true }));
      unwrap(requireDrafter(row, username, 'lấy ý kiến'));
      // Comments are made on the draft's file, which a confidential document never has: it is consulted on paper.
      unwrap(assertMayStoreContent(row));
      const file = await latestFile(tx, row.id);
      if (!file) throw outgoingError('OUTGOING_NO_FILE');
      const version = file.version;
      unwrap(
        await moveOutgoing(tx, { ...ctx, principal: ctx.principal }, row, 'consult', {
          detail: { fileVersion: version },
        }),
      );
      const [inserted] = await tx
        .insert(consultationRounds)
        .values({
          id: ctx.ids(),
          documentId: row.id,
          fileVersion: version,
          participants: input.participants,
          deadline: input.deadline,
          status: 'open',
          openedBy: username,
          openedAt: now,
        })
        .returning();
      if (!inserted) throw new Error('INSERT … RETURNING gave no row');
      return inserted;
    });
    return toConsultationRoundDto(round, []);
  });
