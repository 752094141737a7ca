import { createdAt, uuidPk } from '@lienthong/db';
import { index, integer, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

export const OCR_JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type OcrJobState = (typeof OCR_JOB_STATES)[number];

/**
 * Background OCR of one scanned file of an incoming document. A worker claims queued jobs (`FOR UPDATE SKIP LOCKED`);
 * a job ends `done` (the text joins the document's search text) or `failed` with a reason, and a failure touches
 * nothing else. `leaseUntil` lets another worker take over a job whose worker died.
 */
export const ocrJobs = intakeSchema.table(
  'ocr_jobs',
  {
    id: uuidPk(),
    documentId: uuid('document_id').notNull(),
    fileId: uuid('file_id').notNull(),
    sha256: text('sha256').notNull(),
    state: text('state', { enum: OCR_JOB_STATES }).notNull(),
    progress: real('progress').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    engine: text('engine'),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    index('ocr_jobs_state_idx').on(table.state, table.id),
    index('ocr_jobs_document_idx').on(table.documentId),
  ],
);

export type OcrJobRow = typeof ocrJobs.$inferSelect;
