import { requireOrgId } from '@lienthong/auth';
import { withTransaction } from '@lienthong/db';
import { err, ok } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { z } from 'zod';
import { outgoingFiles } from '../../db/schema.js';
import { findUploads } from '../../files/file-routes.js';
import { recordHistory } from '../../history/record-history.js';
import { protectedProcedure } from '../../trpc.js';
import { OutgoingFileDto, toOutgoingFileDto } from './outgoing-document.dto.js';
import { latestFile, loadOutgoing, requireDrafter } from './outgoing-store.js';
import { OUTGOING_STATE_LABELS, assertMayStoreContent } from '@lienthong/documents';
import { outgoingError } from './outgoing-errors.js';

export const AddOutgoingVersionInput = z.object({
  documentId: z.uuid({ error: 'Mã văn bản không hợp lệ' }),
  uploadId: z.uuid({ error: 'Mã tệp tải lên không hợp lệ' }),
  note: z.string().trim().max(1000, { error: 'Ghi chú dài quá 1000 ký tự' }).optional(),
});

/** Versions can be added while the drafter still holds the draft: while drafting and during consultation. */
const EDITABLE = new Set(['draft', 'in-consultation']);

/**
 * Adds a new version of the draft's file (never an overwrite: earlier versions and the comments made on them stay).
 * Only the drafter, only before submission.
 */
export const addOutgoingVersion = protectedProcedure
  .input(AddOutgoingVersionInput)
  .output(OutgoingFileDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const [upload] = unwrap(await findUploads(ctx.db, orgId, [input.uploadId]));
    if (!upload) throw new Error('findUploads returned no row for one id');
    const username = ctx.principal.username;
    const file = await withTransaction(ctx.db, async (tx) => {
      const row = unwrap(await loadOutgoing(tx, orgId, input.documentId, { forUpdate: true }));
      unwrap(requireDrafter(row, username, 'thêm phiên bản dự thảo'));
      unwrap(assertMayStoreContent(row));
      // A submitted draft is the leader's to review: a new version needs it sent back first.
      unwrap(
        EDITABLE.has(row.status)
          ? ok(undefined)
          : err(outgoingError('OUTGOING_NOT_EDITABLE', { statusLabel: OUTGOING_STATE_LABELS[row.status] })),
      );
      const version = ((await latestFile(tx, row.id))?.version ?? 0) + 1;
      const [inserted] = await tx
        .insert(outgoingFiles)
        .values({
          id: ctx.ids(),
          documentId: row.id,
          version,
          sha256: upload.sha256,
          fileName: upload.fileName,
          contentType: upload.contentType,
          size: upload.size,
          note: input.note ?? null,
          uploadedBy: username,
          createdAt: now,
        })
        .returning();
      if (!inserted) throw new Error('INSERT … RETURNING gave no row');
      await recordHistory(tx, ctx.ids, {
        documentId: row.id,
        direction: 'outgoing',
        at: now,
        actor: username,
        action: 'add-version',
        note: input.note ?? null,
        detail: { fileVersion: version, fileName: upload.fileName },
      });
      return inserted;
    });
    return toOutgoingFileDto(file);
  });
