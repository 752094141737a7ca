import { requireOrgId } from '@lienthong/auth';
import {
  IncomingDocumentInput,
  assertMayStoreContent,
  prepareIncomingRegistration,
  registrationDelay,
  vietnamDateOf,
} from '@lienthong/documents';
import { createBusinessCalendar } from '@lienthong/calendar';
import { unwrap } from '@lienthong/service-kit';
import { z } from 'zod';
import { findUploads } from '../../files/file-routes.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { requireRoles } from '../../trpc.js';
import { IncomingDocumentDto } from './incoming-document.dto.js';
import { findEarlierDuplicates, registerDraft } from './register-draft.js';

// The shipped official schedules (Tết, swapped days) decide what the next working day is.
const calendar = createBusinessCalendar();
if (!calendar.ok) throw new Error(`The shipped business calendar is invalid: ${calendar.error.messageEn}`);
const workingDays = calendar.value;

/** The form's metadata and the scans the clerk uploaded first (`POST …/files`), by upload id. */
export const RegisterIncomingInput = IncomingDocumentInput.extend({
  fileIds: z
    .array(z.uuid({ error: 'Mã tệp tải lên không hợp lệ' }))
    .max(20, { error: 'Tối đa 20 tệp cho một văn bản' })
    .default([]),
  /** When the document reached the office, if before now (paper that arrived while the clerk was away). */
  arrivedAt: z.coerce.date({ error: 'Thời điểm đến phải là một thời điểm hợp lệ' }).optional(),
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
    const { fileIds, arrivedAt, ...fields } = input;
    const draft = unwrap(prepareIncomingRegistration(fields, { orgId, now }));
    // Urgent documents must be registered at once, the others by the next working day (Decree 30 Điều 4.2.c): a late
    // one is registered all the same, and flagged.
    const delay = unwrap(
      registrationDelay(arrivedAt ?? now, now, draft.urgency, { isWorkingDay: (day) => workingDays.isWorkingDay(day) }),
    );
    // A confidential document is registered by its metadata only: its scan is never stored (architecture §6).
    if (fileIds.length > 0) unwrap(assertMayStoreContent(draft));
    const uploaded = unwrap(await findUploads(ctx.db, orgId, fileIds));
    const files = uploaded.map(({ sha256, size, contentType, fileName }) => ({ sha256, size, contentType, fileName }));
    const duplicates = await findEarlierDuplicates(ctx, draft);
    const timing = { arrivedAt: arrivedAt ?? null, registeredLate: delay.isLate };
    return { ...(await registerDraft(ctx, unit, { ...draft, ...timing }, files)), duplicates };
  });
