import { uuidPk } from '@lienthong/db';
import { index, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * What happened to a document, oldest first: every lifecycle move (with its reason) and events that are not moves
 * (a file version, a consultation comment, OCR finished). Rows are only ever added, so recall and replacement keep
 * the whole story.
 */
export const documentHistory = intakeSchema.table(
  'document_history',
  {
    id: uuidPk(),
    documentId: uuid('document_id').notNull(),
    direction: text('direction', { enum: ['incoming', 'outgoing'] }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (table) => [index('document_history_document_idx').on(table.documentId, table.id)],
);

export type DocumentHistoryRow = typeof documentHistory.$inferSelect;
