import { withTransaction } from '@lienthong/db';
import { findDuplicates, type DocumentIdentity, type IncomingDocumentDraft } from '@lienthong/documents';
import { documentRegistered } from '@lienthong/documents/events';
import { enqueue } from '@lienthong/events';
import { unwrap } from '@lienthong/service-kit';
import type { StoredFile } from '@lienthong/storage';
import { and, desc, eq } from 'drizzle-orm';
import type { IntakeContext } from '../../context.js';
import type { OrgUnitRow } from '../../db/org-unit.table.js';
import { incomingDocuments, incomingFiles, intakeOutbox, ocrJobs } from '../../db/schema.js';
import { recordHistory } from '../../history/record-history.js';
import { EVENT_SOURCE } from '../../event-source.js';
import { takeIncomingNumber } from '../../registers/take-incoming-number.js';
import { toIncomingDocumentDto } from './incoming-document.dto.js';

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

/** How many earlier documents with the same symbol a registration reads to warn about duplicates (newest first). */
export const DUPLICATES_SHOWN = 10;

/** Earlier documents of the unit with the same issuer and number/symbol: a warning for the clerk, not a refusal. */
export async function findEarlierDuplicates(ctx: IntakeContext, draft: IncomingDocumentDraft) {
  // The most recent few are enough for a warning; a symbol registered thousands of times must not make every new
  // registration read (and answer with) all of them.
  const sameSymbol = await ctx.db
    .select()
    .from(incomingDocuments)
    .where(and(eq(incomingDocuments.orgId, draft.orgId), eq(incomingDocuments.numberSymbol, draft.numberSymbol)))
    .orderBy(desc(incomingDocuments.id))
    .limit(DUPLICATES_SHOWN);
  return findDuplicates(identityOf(draft), sameSymbol.map(identityOf)).map((warning) => {
    const earlier = sameSymbol.find((row) => row.id === warning.earlier.id);
    if (!earlier) throw new Error('a duplicate warning names a document that was not loaded');
    return {
      id: earlier.id,
      incomingNumber: earlier.incomingNumber,
      receivedAt: earlier.receivedAt,
      reasons: [...warning.reasons],
    };
  });
}

export type AttachedFile = StoredFile & { fileName: string };

/** Files OCR reads: PDFs (scans, or born-digital ones whose text layer is taken as it is). */
const OCR_TYPES: ReadonlySet<string> = new Set(['application/pdf']);

/**
 * Registers a prepared draft: in one transaction, the next số đến of the unit's register, the document, its files'
 * records and the `document.registered` event. A failure rolls all of it back and no number is used.
 */
export async function registerDraft(
  ctx: IntakeContext & { principal: { username: string } },
  unit: OrgUnitRow,
  draft: IncomingDocumentDraft & { arrivedAt?: Date | null; registeredLate?: boolean },
  files: readonly AttachedFile[],
  source: 'form' | 'edxml' = 'form',
) {
  const now = draft.receivedAt;
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
    if (files.length > 0) {
      const fileRows = await tx
        .insert(incomingFiles)
        .values(
          files.map((file) => ({
            id: ctx.ids(),
            documentId: inserted.id,
            sha256: file.sha256,
            fileName: file.fileName,
            contentType: file.contentType,
            size: file.size,
            createdAt: now,
          })),
        )
        .returning();
      // Each scan is read in the background; the text joins the search index when the job is done.
      const readable = fileRows.filter((file) => OCR_TYPES.has(file.contentType));
      if (readable.length > 0) {
        await tx.insert(ocrJobs).values(
          readable.map((file) => ({
            id: ctx.ids(),
            documentId: inserted.id,
            fileId: file.id,
            sha256: file.sha256,
            state: 'queued' as const,
            createdAt: now,
          })),
        );
      }
    }
    await recordHistory(tx, ctx.ids, {
      documentId: inserted.id,
      direction: 'incoming',
      at: now,
      actor: ctx.principal.username,
      action: 'register',
      fromStatus: 'received',
      toStatus: inserted.status,
      detail: {
        incomingNumber: numbered.number,
        files: files.length,
        via: source,
        ...(inserted.registeredLate ? { registeredLate: true, arrivedAt: inserted.arrivedAt?.toISOString() } : {}),
      },
    });
    await enqueue(
      tx,
      intakeOutbox,
      documentRegistered,
      {
        documentId: inserted.id,
        orgId: draft.orgId,
        issuer: inserted.issuer,
        numberSymbol: inserted.numberSymbol,
        documentDate: inserted.documentDate,
        subject: inserted.subject,
        receivedAt: inserted.receivedAt.toISOString(),
        registeredBy: ctx.principal.username,
      },
      { id: ctx.ids(), source: EVENT_SOURCE, tenant: draft.orgId, time: now },
    );
    return inserted;
  });
  ctx.onOutboxWritten();
  if (files.some((file) => OCR_TYPES.has(file.contentType))) ctx.onOcrQueued();
  ctx.logger.info({ documentId: row.id, orgId: draft.orgId, files: files.length }, 'incoming document registered');
  return toIncomingDocumentDto(row);
}
