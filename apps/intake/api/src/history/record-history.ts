import type { Database, Transaction } from '@lienthong/db';
import type { IdGenerator } from '@lienthong/kernel';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { documentHistory } from '../db/schema.js';

export type HistoryInput = {
  documentId: string;
  direction: 'incoming' | 'outgoing';
  at: Date;
  actor: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  detail?: Record<string, unknown>;
};

/** Adds a line to a document's history inside the caller's transaction (history is only ever appended to). */
export async function recordHistory(tx: Transaction | Database, ids: IdGenerator, entry: HistoryInput): Promise<void> {
  await tx.insert(documentHistory).values({
    id: ids(),
    documentId: entry.documentId,
    direction: entry.direction,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    fromStatus: entry.fromStatus ?? null,
    toStatus: entry.toStatus ?? null,
    note: entry.note ?? null,
    detail: entry.detail ?? null,
  });
}

/** One line of a document's history as clients see it. */
export const HistoryEntryDto = z.object({
  at: z.date(),
  actor: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type HistoryEntryDto = z.infer<typeof HistoryEntryDto>;

/** A document's history, oldest first (ids are UUID v7, so id order is insertion order). */
export async function loadHistory(db: Database, documentId: string): Promise<HistoryEntryDto[]> {
  const rows = await db
    .select()
    .from(documentHistory)
    .where(eq(documentHistory.documentId, documentId))
    .orderBy(asc(documentHistory.id));
  return rows.map(({ at, actor, action, fromStatus, toStatus, note, detail }) => ({
    at,
    actor,
    action,
    fromStatus,
    toStatus,
    note,
    detail: detail ?? null,
  }));
}
