import { requireOrgId } from '@lienthong/auth';
import { withTransaction } from '@lienthong/db';
import {
  IncomingDocumentInput,
  findDuplicates,
  prepareIncomingRegistration,
  vietnamDateOf,
  type DocumentIdentity,
} from '@lienthong/documents';
import { documentRegistered } from '@lienthong/documents/events';
import { enqueue } from '@lienthong/events';
import { unwrap } from '@lienthong/service-kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { incomingDocuments, intakeOutbox } from '../../db/schema.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { takeIncomingNumber } from '../../registers/take-incoming-number.js';
import { requireRoles } from '../../trpc.js';
import { EVENT_SOURCE } from '../../event-source.js';
import { IncomingDocumentDto, toIncomingDocumentDto } from './incoming-document.dto.js';

/** The registered document, and any earlier one it may duplicate (a warning: the clerk decides). */
export const RegisterIncomingOutput = IncomingDocumentDto.extend({
  duplicates: z.array(
    z.object({ id: z.uuid(), incomingNumber: z.number().int().nullable(), receivedAt: z.date(), reasons: z.array(z.string()) }),
  ),
});

/** `12/QĐ-UBND` → 12 and `QĐ-UBND`; `82-KL/TW` → 82 and `KL/TW` (the canonical forms formatSymbol writes). */
function identityOf(document: { id?: string; issuer: string; numberSymbol: string }): DocumentIdentity {
  const match = /^(\d+)[/-](.*)$/.exec(document.numberSymbol);
  return {
    ...(document.id ? { id: document.id } : {}),
    organName: document.issuer,
    codeNumber: match?.[1] ?? document.numberSymbol,
    codeNotation: match?.[2] ?? '',
  };
}

/**
 * Registers an incoming document (vào sổ văn bản đến) for the clerk's own unit, which must be valid today: it takes
 * the next số đến of the unit's incoming register, and the document, the register's counter and the
 * `document.registered` event commit together (a failure leaves no number used). The relay publishes the event.
 */
export const registerIncoming = requireRoles('van-thu')
  .input(IncomingDocumentInput)
  .output(RegisterIncomingOutput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, vietnamDateOf(now)));
    const draft = unwrap(prepareIncomingRegistration(input, { orgId, now }));
    const sameSymbol = await ctx.db
      .select()
      .from(incomingDocuments)
      .where(and(eq(incomingDocuments.orgId, orgId), eq(incomingDocuments.numberSymbol, draft.numberSymbol)));
    const duplicates = findDuplicates(identityOf(draft), sameSymbol.map(identityOf)).map((warning) => {
      const earlier = sameSymbol.find((row) => row.id === warning.earlier.id);
      if (!earlier) throw new Error('a duplicate warning names a document that was not loaded');
      return {
        id: earlier.id,
        incomingNumber: earlier.incomingNumber,
        receivedAt: earlier.receivedAt,
        reasons: [...warning.reasons],
      };
    });
    const row = await withTransaction(ctx.db, async (tx) => {
      const numbered = unwrap(await takeIncomingNumber(tx, unit, { ids: ctx.ids, now }));
      const [inserted] = await tx
        .insert(incomingDocuments)
        .values({
          id: ctx.ids(),
          ...draft,
          registerId: numbered.registerId,
          registerScope: numbered.scope,
          incomingNumber: numbered.number,
          createdAt: now,
        })
        .returning();
      if (!inserted) throw new Error('INSERT … RETURNING gave no row');
      await enqueue(
        tx,
        intakeOutbox,
        documentRegistered,
        {
          documentId: inserted.id,
          orgId,
          issuer: inserted.issuer,
          numberSymbol: inserted.numberSymbol,
          documentDate: inserted.documentDate,
          subject: inserted.subject,
          receivedAt: inserted.receivedAt.toISOString(),
          registeredBy: ctx.principal.username,
        },
        { id: ctx.ids(), source: EVENT_SOURCE, tenant: orgId, time: now },
      );
      return inserted;
    });
    ctx.onOutboxWritten();
    ctx.logger.info({ documentId: row.id, orgId }, 'incoming document registered');
    return { ...toIncomingDocumentDto(row), duplicates };
  });
