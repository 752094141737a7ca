import { createdAt, uuidPk } from '@lienthong/db';
import { bigint, index, text, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/** Files of an incoming document; the bytes live once in the content-addressed store, under `sha256`. */
export const incomingFiles = intakeSchema.table(
  'incoming_files',
  {
    id: uuidPk(),
    documentId: uuid('document_id').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('incoming_files_document_id_idx').on(table.documentId)],
);

export type IncomingFileRow = typeof incomingFiles.$inferSelect;
