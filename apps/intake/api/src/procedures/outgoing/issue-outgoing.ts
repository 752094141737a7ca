import { requireOrgId } from '@lienthong/auth';
import { withTransaction } from '@lienthong/db';
import { outgoingSeriesOf, outgoingSymbol, vietnamDateOf } from '@lienthong/documents';
import { documentIssued } from '@lienthong/documents/events';
import { enqueue } from '@lienthong/events';
import { unwrap } from '@lienthong/service-kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { intakeOutbox, outgoingDocuments as outgoingDocumentsTable } from '../../db/schema.js';
import { EVENT_SOURCE } from '../../event-source.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { takeNumber } from '../../registers/take-incoming-number.js';
import { requireRoles } from '../../trpc.js';
import { OutgoingDocumentDto, toOutgoingDocumentDto } from './outgoing-document.dto.js';
import { outgoingError } from './outgoing-errors.js';
import { latestFile, loadOutgoing, moveOutgoing } from './outgoing-store.js';
import { checkRecipients } from './recipients.js';

export const IssueOutgoingInput = z.object({ documentId: z.uuid({ error: 'Mã văn bản không hợp lệ' }) });

/**
 * The clerk issues a signed document (phát hành, Decree 30/2020 Điều 15–16): in one transaction the next số đi of
 * the unit's outgoing register for the document's series, its canonical number and symbol, the issue date (today in
 * Vietnam), the moves signed → numbered → issued in its history, and the `document.issued` event. A failure rolls all
 * of it back and no number is used. A confidential document with an outside recipient is refused.
 */
export const issueOutgoing = requireRoles('van-thu')
  .input(IssueOutgoingInput)
  .output(OutgoingDocumentDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const today = vietnamDateOf(now);
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, today));
    const issued = await withTransaction(ctx.db, async (tx) => {
      const row = unwrap(await loadOutgoing(tx, orgId, input.documentId, { forUpdate: true }));
      if (row.recipients.length === 0) throw outgoingError('OUTGOING_NO_RECIPIENT');
      unwrap(await checkRecipients(tx, row.recipients, row.secrecy, now));
      const file = await latestFile(tx, row.id);
      if (!file && row.secrecy === 'thuong') throw outgoingError('OUTGOING_NO_FILE');
      const parts = {
        system: row.documentSystem,
        kindCode: row.kindCode,
        issuerCode: row.issuerCode,
        unitCode: row.unitCode,
        legalNormative: row.legalNormative,
      };
      const series = unwrap(outgoingSeriesOf({ ...parts, secrecy: row.secrecy }));
      // The lifecycle refuses a document that is not signed before any number is taken.
      unwrap(await moveOutgoing(tx, ctx, row, 'number'));
      const number = unwrap(await takeNumber(tx, unit, { ids: ctx.ids, now, direction: 'outgoing', series }));
      const numberSymbol = unwrap(outgoingSymbol(parts, number.number, Number(today.slice(0, 4))));
      const [withNumber] = await tx
        .update(outgoingDocumentsTable)
        .set({
          registerId: number.registerId,
          registerScope: number.scope,
          outgoingNumber: number.number,
          numberSymbol,
          issuedDate: today,
        })
        .where(eq(outgoingDocumentsTable.id, row.id))
        .returning();
      if (!withNumber) throw new Error('UPDATE … RETURNING gave no row');
      const done = unwrap(
        await moveOutgoing(tx, ctx, withNumber, 'issue', {
          patch: { issuedAt: now, issuedBy: ctx.principal.username },
          detail: { numberSymbol, outgoingNumber: number.number, series },
        }),
      );
      await enqueue(
        tx,
        intakeOutbox,
        documentIssued,
        {
          documentId: done.id,
          orgId,
          numberSymbol,
          issuedDate: today,
          kindCode: done.kindCode,
          subject: done.subject,
          urgency: done.urgency,
          recipients: done.recipients,
          files: file ? [{ sha256: file.sha256, fileName: file.fileName }] : [],
          replacesId: done.replacesId,
          issuedBy: ctx.principal.username,
        },
        { id: ctx.ids(), source: EVENT_SOURCE, tenant: orgId, time: now },
      );
      return done;
    });
    ctx.onOutboxWritten();
    ctx.logger.info({ documentId: issued.id, numberSymbol: issued.numberSymbol }, 'outgoing document issued');
    return toOutgoingDocumentDto(issued);
  });
