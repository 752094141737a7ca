import { createdAt, orgId, uuidPk } from '@lienthong/db';
import { bigint, index, text } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Files a user uploaded (a scan, a draft's version) before attaching them to a document. The bytes are already in
 * the content-addressed store; the row says who may attach them (the uploader's unit) and under which name.
 */
export const uploads = intakeSchema.table(
  'uploads',
  {
    id: uuidPk(),
    orgId: orgId(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('uploads_org_sha256_idx').on(table.orgId, table.sha256)],
);

export type UploadRow = typeof uploads.$inferSelect;
