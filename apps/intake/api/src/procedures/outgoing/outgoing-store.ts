import type { Database, Transaction } from '@lienthong/db';
import {
  OUTGOING_STATE_LABELS,
  outgoingTransition,
  documentsError,
  type OutgoingCommand,
  type OutgoingState,
} from '@lienthong/documents';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { and, desc, eq } from 'drizzle-orm';
import type { IntakeContext } from '../../context.js';
import type { OutgoingDocumentRow } from '../../db/outgoing-document.table.js';
import { outgoingDocuments, outgoingFiles } from '../../db/schema.js';
import { recordHistory } from '../../history/record-history.js';
import { outgoingError } from './outgoing-errors.js';

/** The caller's unit's outgoing document, locked for the transaction when `forUpdate`; others' are "not found". */
export async function loadOutgoing(
  tx: Transaction | Database,
  orgId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Result<OutgoingDocumentRow, DomainError>> {
  const query = tx
    .select()
    .from(outgoingDocuments)
    .where(and(eq(outgoingDocuments.id, id), eq(outgoingDocuments.orgId, orgId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ? ok(row) : err(documentsError('DOCUMENT_NOT_FOUND', { documentId: id }));
}

/** Refuses anyone but the drafter: the draft is theirs until it is submitted. */
export function requireDrafter(row: OutgoingDocumentRow, username: string, action: string): Result<void, DomainError> {
  return row.draftedBy === username
    ? ok(undefined)
    : err(outgoingError('OUTGOING_NOT_DRAFTER', { draftedBy: row.draftedBy, action }));
}

/** The newest file version of a document, if it has one. */
export async function latestFile(tx: Transaction | Database, documentId: string) {
  const [file] = await tx
    .select()
    .from(outgoingFiles)
    .where(eq(outgoingFiles.documentId, documentId))
    .orderBy(desc(outgoingFiles.version))
    .limit(1);
  return file;
}

/**
 * Moves a locked document by `command` (libs/documents OUTGOING_TRANSITIONS: illegal moves are typed errors), applies
 * `patch`, bumps `rowVersion` and appends the move to its history, all in the caller's transaction.
 */
export async function moveOutgoing(
  tx: Transaction,
  ctx: IntakeContext & { principal: { username: string } },
  row: OutgoingDocumentRow,
  command: OutgoingCommand,
  options: {
    note?: string;
    replacementId?: string;
    patch?: Partial<typeof outgoingDocuments.$inferInsert>;
    detail?: Record<string, unknown>;
  } = {},
): Promise<Result<OutgoingDocumentRow, DomainError>> {
  const now = ctx.clock.now();
  const moved = outgoingTransition({ status: row.status, history: [] }, command, {
    by: ctx.principal.username,
    at: now,
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.replacementId === undefined ? {} : { replacementId: options.replacementId }),
  });
  if (!moved.ok) return moved;
  const to: OutgoingState = moved.value.state.status;
  const [updated] = await tx
    .update(outgoingDocuments)
    .set({ ...options.patch, status: to, rowVersion: row.rowVersion + 1, updatedAt: now })
    .where(and(eq(outgoingDocuments.id, row.id), eq(outgoingDocuments.rowVersion, row.rowVersion)))
    .returning();
  if (!updated) return err(outgoingError('OUTGOING_STALE'));
  await recordHistory(tx, ctx.ids, {
    documentId: row.id,
    direction: 'outgoing',
    at: now,
    actor: ctx.principal.username,
    action: command,
    fromStatus: row.status,
    toStatus: to,
    note: moved.value.transition.note ?? null,
    detail: { ...options.detail, toLabel: OUTGOING_STATE_LABELS[to] },
  });
  return ok(updated);
}
