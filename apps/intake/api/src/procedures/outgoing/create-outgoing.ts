import { requireOrgId } from '@lienthong/auth';
import { withTransaction } from '@lienthong/db';
import { OutgoingDraftInput, assertMayStoreContent, checkOutgoingKind, vietnamDateOf } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { z } from 'zod';
import { outgoingDocuments, outgoingFiles } from '../../db/schema.js';
import { findUploads } from '../../files/file-routes.js';
import { recordHistory } from '../../history/record-history.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { requireRoles } from '../../trpc.js';
import { OutgoingDocumentDto, toOutgoingDocumentDto } from './outgoing-document.dto.js';
import { checkRecipients } from './recipients.js';

export const CreateOutgoingInput = OutgoingDraftInput.extend({
  /** The draft's first file, uploaded first (`POST …/files`). */
  uploadId: z.uuid({ error: 'Mã tệp tải lên không hợp lệ' }).optional(),
});

/**
 * Starts an outgoing document (dự thảo) in the caller's unit: the kind must exist in the unit's system (State or
 * Party) and its symbol must be writable; recipients are checked; the first file, if given, becomes version 1.
 */
export const createOutgoing = requireRoles('chuyen-vien', 'lanh-dao', 'van-thu')
  .input(CreateOutgoingInput)
  .output(OutgoingDocumentDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, vietnamDateOf(now)));
    const system = unit.side === 'party' ? 'party' : 'state';
    unwrap(checkOutgoingKind({ system, ...input }));
    const recipients = unwrap(await checkRecipients(ctx.db, input.recipients, input.secrecy, now));
    // A confidential document is handled on paper: the system keeps its metadata and number, never its text.
    if (input.uploadId) unwrap(assertMayStoreContent(input));
    const [upload] = unwrap(await findUploads(ctx.db, orgId, input.uploadId ? [input.uploadId] : []));
    const username = ctx.principal.username;
    const row = await withTransaction(ctx.db, async (tx) => {
      const [inserted] = await tx
        .insert(outgoingDocuments)
        .values({
          id: ctx.ids(),
          orgId,
          status: 'draft',
          documentSystem: system,
          kindCode: input.kindCode,
          issuerCode: input.issuerCode,
          unitCode: input.unitCode ?? null,
          legalNormative: input.legalNormative,
          subject: input.subject,
          urgency: input.urgency,
          secrecy: input.secrecy,
          recipients,
          inReplyToId: input.inReplyToId ?? null,
          draftedBy: username,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!inserted) throw new Error('INSERT … RETURNING gave no row');
      if (upload) {
        await tx.insert(outgoingFiles).values({
          id: ctx.ids(),
          documentId: inserted.id,
          version: 1,
          sha256: upload.sha256,
          fileName: upload.fileName,
          contentType: upload.contentType,
          size: upload.size,
          uploadedBy: username,
          createdAt: now,
        });
      }
      await recordHistory(tx, ctx.ids, {
        documentId: inserted.id,
        direction: 'outgoing',
        at: now,
        actor: username,
        action: 'create',
        toStatus: 'draft',
        detail: upload ? { fileVersion: 1, fileName: upload.fileName } : {},
      });
      return inserted;
    });
    ctx.logger.info({ documentId: row.id, orgId }, 'outgoing draft created');
    return toOutgoingDocumentDto(row);
  });
