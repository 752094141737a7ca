import { createdAt, orgId, uuidPk } from '@lienthong/db';
import { date, index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { routingSchema } from './routing-schema.js';

/** The lifecycle stages a queue item passes through; direction and assignment come with the routing issue. */
export const QUEUE_STATUSES = ['awaiting_direction'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/**
 * A registered document waiting in its unit's queue (văn bản chờ chỉ đạo), built from `document.registered`.
 * One item per document: a redelivered event can never queue a document twice.
 */
export const queueItems = routingSchema.table(
  'queue_items',
  {
    id: uuidPk(),
    documentId: uuid('document_id').notNull(),
    orgId: orgId(),
    issuer: text('issuer').notNull(),
    numberSymbol: text('number_symbol').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    status: text('status', { enum: QUEUE_STATUSES }).notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('queue_items_document_id_key').on(table.documentId),
    index('queue_items_org_status_idx').on(table.orgId, table.status, table.id.desc()),
  ],
);

export type QueueItemRow = typeof queueItems.$inferSelect;
