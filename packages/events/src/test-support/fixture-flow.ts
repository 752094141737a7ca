// Shared pieces of this package's integration tests (not part of the build): a pretend service that registers
// documents and enqueues the fixture event, and a consumer that records every application.
import { randomUUID } from 'node:crypto';
import type { Database } from '@lienthong/db';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { count, countDistinct, eq } from 'drizzle-orm';
import { createConsumer, eventHandler, type ConsumerOptions, type EventConsumer } from '../consumer.js';
import { enqueue } from '../enqueue.js';
import {
  fixtureApplications,
  fixtureDocumentRegistered,
  fixtureDocuments,
  fixtureInbox,
  fixtureOutbox,
  testLogger,
} from '../testing/index.js';
import type { EventTransport, IncomingMessage, Subscription } from '../transport.js';

export const nextId = createIdGenerator(systemClock);
const silent = testLogger();

/** Registers a document and enqueues `registered` for it, in one transaction; returns the event id. */
export async function registerDocument(
  db: Database,
  documentId: string,
  sequence: number,
  options: { subject?: string; tenant?: string } = {},
): Promise<string> {
  const now = new Date();
  return db.transaction(async (tx) => {
    if (sequence === 0) {
      await tx.insert(fixtureDocuments).values({ id: documentId, subject: options.subject ?? 'Công văn', createdAt: now });
    }
    const envelope = await enqueue(
      tx,
      fixtureOutbox,
      fixtureDocumentRegistered,
      { documentId, subject: options.subject ?? 'Công văn', sequence },
      { id: nextId(), source: '/tests/events', tenant: options.tenant ?? 'th-ubnd-tinh', time: now },
    );
    return envelope.id;
  });
}

/** A consumer whose handler records each application in `application` (duplicates would show as extra rows). */
export function recordingConsumer(
  db: Database,
  transport: EventTransport,
  group: string,
  overrides: Partial<ConsumerOptions> & { beforeApply?: () => void | Promise<void> } = {},
): EventConsumer {
  const { beforeApply, ...rest } = overrides;
  return createConsumer({
    database: db,
    inbox: fixtureInbox,
    group,
    transport,
    logger: rest.logger ?? silent,
    retry: { attempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
    handlers: [
      eventHandler(fixtureDocumentRegistered, async (tx, payload, envelope) => {
        await beforeApply?.();
        await tx.insert(fixtureApplications).values({
          id: randomUUID(),
          consumerGroup: group,
          eventId: envelope.id,
          documentId: payload.documentId,
          sequence: payload.sequence,
          appliedAt: new Date(),
        });
      }),
    ],
    ...rest,
  });
}


/** Applications of `group`: total rows and distinct events. */
export async function applications(db: Database, group: string): Promise<{ rows: number; events: number }> {
  const [row] = await db
    .select({ rows: count(), events: countDistinct(fixtureApplications.eventId) })
    .from(fixtureApplications)
    .where(eq(fixtureApplications.consumerGroup, group));
  return { rows: row?.rows ?? 0, events: row?.events ?? 0 };
}

/** Collects every message of `topics` in a group of its own (e.g. the dead letters of a test). */
export async function collect(
  transport: EventTransport,
  group: string,
  topics: string[],
): Promise<{ messages: IncomingMessage[]; subscription: Subscription }> {
  const messages: IncomingMessage[] = [];
  const subscription = await transport.subscribe({
    group,
    topics,
    fromBeginning: true,
    handle: async (message) => void messages.push(message),
  });
  return { messages, subscription };
}

/** Wipes the fixture tables between tests. */
export async function wipe(db: Database): Promise<void> {
  await db.delete(fixtureApplications);
  await db.delete(fixtureInbox);
  await db.delete(fixtureOutbox);
  await db.delete(fixtureDocuments);
}
