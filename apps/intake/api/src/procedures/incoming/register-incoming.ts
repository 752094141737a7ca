import { requireOrgId } from '@lienthong/auth';
import { IncomingDocumentInput, prepareIncomingRegistration, vietnamDateOf } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { z } from 'zod';
import { findActiveUnit } from '../../organization/org-directory.js';
import { requireRoles } from '../../trpc.js';
import { IncomingDocumentDto } from './incoming-document.dto.js';
import { findEarlierDuplicates, registerDraft } from './register-draft.js';

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
  .input(IncomingDocumentInput)
  .output(RegisterIncomingOutput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, vietnamDateOf(now)));
    const draft = unwrap(prepareIncomingRegistration(input, { orgId, now }));
    const duplicates = await findEarlierDuplicates(ctx, draft);
    return { ...(await registerDraft(ctx, unit, draft, [])), duplicates };
  });
