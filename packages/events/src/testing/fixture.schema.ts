// Schema of the pretend `events_fixture` service used by this package's integration tests and by anyone testing
// against the outbox and inbox. Its migrations in ../../test-fixtures/migrations are generated from this file:
// `npm run db-generate` (drizzle-kit with test-fixtures/drizzle.config.ts).
import { integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { inboxTable, outboxTable } from '../tables.js';

export const eventsFixtureSchema = pgSchema('events_fixture');

export const fixtureOutbox = outboxTable(eventsFixtureSchema);
export const fixtureInbox = inboxTable(eventsFixtureSchema);

/**
 * What the fixture handlers write: one row per application of an event, with no unique constraint on `event_id`,
 * so an event applied twice shows up as two rows.
 */
export const fixtureApplications = eventsFixtureSchema.table('application', {
  id: uuid('id').primaryKey(),
  consumerGroup: text('consumer_group').notNull(),
  eventId: uuid('event_id').notNull(),
  documentId: uuid('document_id').notNull(),
  sequence: integer('sequence').notNull(),
  appliedAt: timestamp('applied_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** A pretend business table written in the same transaction as `enqueue`. */
export const fixtureDocuments = eventsFixtureSchema.table('document', {
  id: uuid('id').primaryKey(),
  subject: text('subject').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});
