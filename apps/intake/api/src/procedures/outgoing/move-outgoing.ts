import { requireOrgId, type Role } from '@lienthong/auth';
import { withTransaction, type Transaction } from '@lienthong/db';
import type { OutgoingCommand } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { IntakeContext } from '../../context.js';
import type { OutgoingDocumentRow } from '../../db/outgoing-document.table.js';
import { consultationRounds, outgoingDocuments } from '../../db/schema.js';
import { requireRoles } from '../../trpc.js';
import { OutgoingDocumentDto, toOutgoingDocumentDto } from './outgoing-document.dto.js';
import { outgoingError } from './outgoing-errors.js';
import { latestFile, loadOutgoing, moveOutgoing, requireDrafter } from './outgoing-store.js';

const DocumentRef = { documentId: z.uuid({ error: 'Mã văn bản không hợp lệ' }) };
const Reason = z
  .string({ error: 'Lý do là bắt buộc' })
  .trim()
  .min(1, { error: 'Lý do không được để trống' })
  .max(2000, { error: 'Lý do dài quá 2000 ký tự' });

type Ctx = IntakeContext & { principal: NonNullable<IntakeContext['principal']> };

/** A lifecycle move as a procedure: load and lock the unit's document, check, move, answer the new state. */
function transitionProcedure<TInput extends z.ZodObject<typeof DocumentRef>>(
  roles: [Role, ...Role[]],
  input: TInput,
  command: OutgoingCommand,
  prepare: (
    ctx: Ctx,
    row: OutgoingDocumentRow,
    input: z.output<TInput>,
    tx: Transaction,
  ) => Promise<Parameters<typeof moveOutgoing>[4]> | Parameters<typeof moveOutgoing>[4],
) {
  return requireRoles(...roles)
    .input(input)
    .output(OutgoingDocumentDto)
    .mutation(async ({ ctx, input: given }) => {
      const orgId = unwrap(requireOrgId(ctx.principal));
      const moved = await withTransaction(ctx.db, async (tx) => {
        const row = unwrap(await loadOutgoing(tx, orgId, given.documentId, { forUpdate: true }));
        const options = await prepare(ctx, row, given as z.output<TInput>, tx);
        return unwrap(await moveOutgoing(tx, ctx, row, command, options));
      });
      ctx.logger.info({ documentId: moved.id, command, status: moved.status }, 'outgoing document moved');
      return toOutgoingDocumentDto(moved);
    });
}

/**
 * The drafter submits the draft for approval (trình ký). It needs a file; any open consultation round is closed, since
 * comments after submission would reach nobody.
 */
export const submitOutgoing = transitionProcedure(
  ['chuyen-vien', 'lanh-dao', 'van-thu'],
  z.object(DocumentRef),
  'submit',
  async (ctx, row, _input, tx) => {
    unwrap(requireDrafter(row, ctx.principal.username, 'trình ký'));
    // A confidential document has no file in the system (metadata only); every other draft needs one.
    if (row.secrecy === 'thuong' && !(await latestFile(tx, row.id))) throw outgoingError('OUTGOING_NO_FILE');
    await tx
      .update(consultationRounds)
      .set({ status: 'closed', closedBy: ctx.principal.username, closedAt: ctx.clock.now() })
      .where(and(eq(consultationRounds.documentId, row.id), eq(consultationRounds.status, 'open')));
    return {};
  },
);

/** A leader approves the submitted draft (duyệt). */
export const approveOutgoing = transitionProcedure(
  ['lanh-dao'],
  z.object({ ...DocumentRef, note: z.string().trim().max(2000).optional() }),
  'approve',
  (_ctx, _row, input) => (input.note ? { note: input.note } : {}),
);

/** A leader sends a submitted or approved draft back to its drafter, saying why (Decree 30 Điều 10.3, 11.2). */
export const returnOutgoing = transitionProcedure(
  ['lanh-dao'],
  z.object({ ...DocumentRef, reason: Reason }),
  'revise',
  (_ctx, _row, input) => ({ note: input.reason }),
);

/**
 * The competent leader signs the approved document (ký ban hành). Until the signing service lands this records who
 * signed and when; the digital signature itself attaches here later.
 */
export const signOutgoing = transitionProcedure(['lanh-dao'], z.object(DocumentRef), 'sign', (ctx) => ({
  patch: {
    signerName: ctx.principal.name ?? ctx.principal.username,
    signedBy: ctx.principal.username,
    signedAt: ctx.clock.now(),
  },
}));

/** Recalls an issued document (thu hồi, Điều 18.4): the reason is required and kept; the number stays used. */
export const recallOutgoing = transitionProcedure(
  ['van-thu', 'lanh-dao'],
  z.object({ ...DocumentRef, reason: Reason }),
  'recall',
  (_ctx, _row, input) => ({ note: input.reason }),
);

/**
 * Marks an issued document as replaced by another issued document of the unit (Điều 18.3); both keep their history
 * and point at each other.
 */
export const replaceOutgoing = transitionProcedure(
  ['van-thu', 'lanh-dao'],
  z.object({ ...DocumentRef, replacementId: z.uuid({ error: 'Mã văn bản thay thế không hợp lệ' }), reason: Reason }),
  'replace',
  async (ctx, row, input, tx) => {
    const replacement = await loadOutgoing(tx, row.orgId, input.replacementId, { forUpdate: true });
    if (!replacement.ok || replacement.value.id === row.id || replacement.value.status !== 'issued') {
      throw outgoingError('REPLACEMENT_INVALID');
    }
    await tx
      .update(outgoingDocuments)
      .set({ replacesId: row.id, updatedAt: ctx.clock.now() })
      .where(eq(outgoingDocuments.id, replacement.value.id));
    return { note: input.reason, replacementId: replacement.value.id, patch: { replacedById: replacement.value.id } };
  },
);
