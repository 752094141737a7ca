import { requireOrgId } from '@lienthong/auth';
import {
  IncomingDocumentInput,
  assertMayStoreContent,
  prepareIncomingRegistration,
  vietnamDateOf,
} from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { z } from 'zod';
import { findUploads } from '../../files/file-routes.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { requireRoles } from '../../trpc.js';
import { IncomingDocumentDto } from './incoming-document.dto.js';
import { findEarlierDuplicates, registerDraft } from './register-draft.js';

/** The form's metadata and the scans the clerk uploaded first (`POST …/files`), by upload id. */
export const RegisterIncomingInput = IncomingDocumentInput.extend({
  fileIds: z
    .array(z.uuid({ error: 'Mã tệp tải lên không hợp lệ' }))
    .max(20, { error: 'Tối đa 20 tệp cho một văn bản' })
    .default([]),
});

/** The registered document, and any earlier one it may duplicate (a warning: the clerk decides). */
export const RegisterIncomingOutput = IncomingDocumentDto.extend({
  duplicates: z.array(
    z.object({
      id: z.uuid(),
      incomingNumber: z.number().int().nullable(),
      receivedAt: z.date(),
      reasons: z.array(z.string()),
    }),
  ),
});

/**
 * Registers an incoming document (vào sổ văn bản đến) for the clerk's own unit, which must be valid today: the next
 * số đến of the unit's incoming register, the document and its `document.registered` event commit together (a
 * failure leaves no number used). The relay publishes the event.
 */
export const registerIncoming = requireRoles('van-thu')
  .input(RegisterIncomingInput)
  .output(RegisterIncomingOutput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, vietnamDateOf(now)));
    const { fileIds, ...fields } = input;
    const draft = unwrap(prepareIncomingRegistration(fields, { orgId, now }));
    // A confidential document is registered by its metadata only: its scan is never stored (architecture §6).
    if (fileIds.length > 0) unwrap(assertMayStoreContent(draft));
    const uploaded = unwrap(await findUploads(ctx.db, orgId, fileIds));
    const files = uploaded.map(({ sha256, size, contentType, fileName }) => ({ sha256, size, contentType, fileName }));
    const duplicates = await findEarlierDuplicates(ctx, draft);
    return { ...(await registerDraft(ctx, unit, draft, files)), duplicates };
  });
