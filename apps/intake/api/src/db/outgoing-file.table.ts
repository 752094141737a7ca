import { createdAt, uuidPk } from '@lienthong/db';
import { integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/** The versions of a draft's file: each upload is a new version, never an overwrite, so comments keep their context. */
export const outgoingFiles = intakeSchema.table(
  'outgoing_files',
  {
    id: uuidPk(),
    documentId: uuid('document_id').notNull(),
    version: integer('version').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    note: text('note'),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('outgoing_files_document_version_key').on(table.documentId, table.version)],
);

export type OutgoingFileRow = typeof outgoingFiles.$inferSelect;
