import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, primaryKey, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { CloudEvent } from './envelope.js';

/**
 * The transactional outbox of one service, created in that service's schema so drizzle-kit generates it into the
 * service's own migrations: `export const intakeOutbox = outboxTable(intakeSchema)`.
 * Invariants: a row is written in the same transaction as the state change it announces (`enqueue`); the relay
 * stamps `published_at` and never deletes a row in its hot path; `id` is the event id. The relay publishes in
 * `position` order (an identity column), not id order: UUID v7 ids made within one millisecond are not ordered, and
 * two events of one aggregate written in one transaction must keep their order. The partial index serves the relay's
 * "unpublished rows by position" scan.
 */
export function outboxTable(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      id: uuid('id').primaryKey(),
      position: bigint('position', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
      topic: text('topic').notNull(),
      key: text('key').notNull(),
      type: text('type').notNull(),
      envelope: jsonb('envelope').$type<CloudEvent<unknown>>().notNull(),
      createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
      publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
      attempts: integer('attempts').notNull().default(0),
      lastError: text('last_error'),
    },
    (t) => [index('outbox_unpublished_idx').on(t.position).where(sql`published_at is null`)],
  );
}

/**
 * The inbox of one service: which events each of its consumer groups has applied. A handler's writes and its inbox
 * row commit in one transaction, so a redelivered event finds its row and is skipped.
 */
export function inboxTable(schema: PgSchema) {
  return schema.table(
    'inbox',
    {
      consumerGroup: text('consumer_group').notNull(),
      eventId: uuid('event_id').notNull(),
      type: text('type').notNull(),
      processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.consumerGroup, t.eventId] })],
  );
}

export type OutboxTable = ReturnType<typeof outboxTable>;
export type InboxTable = ReturnType<typeof inboxTable>;
export type OutboxRow = OutboxTable['$inferSelect'];
