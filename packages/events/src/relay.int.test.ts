import { createTestDatabase, testDatabaseDriver, type TestDatabase } from '@lienthong/db/testing';
import { trace } from '@opentelemetry/api';
import { asc, eq, isNull } from 'drizzle-orm';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueue } from './enqueue.js';
import { createInProcessTransport } from './in-process-transport.js';
import { createEventMetrics } from './metrics.js';
import { pruneOutbox, startOutboxRelay } from './relay.js';
import { nextId, registerDocument, wipe } from './test-support/fixture-flow.js';
import {
  EVENTS_FIXTURE_SET,
  fixtureDocumentRegistered,
  fixtureDocuments,
  fixtureOutbox,
  testLogger,
  waitFor,
  withOutage,
} from './testing/index.js';
import type { EventTransport, IncomingMessage, OutgoingMessage } from './transport.js';

const logger = testLogger();
const DOCUMENT = '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9d';

/** Every message the transport stores, as published (an in-process transport observed from outside). */
function recordingTransport(): { transport: EventTransport; published: OutgoingMessage[] } {
  const inner = createInProcessTransport();
  const published: OutgoingMessage[] = [];
  return {
    published,
    transport: {
      ...inner,
      kind: inner.kind,
      publish: async (messages) => {
        await inner.publish(messages);
        published.push(...messages);
      },
      subscribe: (options) => inner.subscribe(options),
      close: () => inner.close(),
    },
  };
}

describe(`outbox and relay (${testDatabaseDriver()})`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase([EVENTS_FIXTURE_SET]);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await wipe(database.db);
  });

  describe('enqueue', () => {
    it('writes the whole CloudEvent into the outbox in the caller’s transaction', async () => {
      const time = new Date('2026-03-02T08:00:00Z');
      const id = nextId();
      await database.db.transaction(async (tx) => {
        await tx.insert(fixtureDocuments).values({ id: DOCUMENT, subject: 'Tờ trình', createdAt: time });
        await enqueue(tx, fixtureOutbox, fixtureDocumentRegistered, { documentId: DOCUMENT, subject: 'Tờ trình', sequence: 0 }, {
          id,
          source: '/services/intake',
          tenant: 'th-ubnd-tinh',
          time,
        });
      });
      const rows = await database.db.select().from(fixtureOutbox);
      expect(rows).toEqual([
        {
          id,
          position: expect.any(Number),
          topic: 'documents',
          key: DOCUMENT,
          type: 'vn.lienthong.fixture-document.registered.v1',
          envelope: {
            specversion: '1.0',
            id,
            source: '/services/intake',
            type: 'vn.lienthong.fixture-document.registered.v1',
            subject: DOCUMENT,
            time: '2026-03-02T08:00:00.000Z',
            datacontenttype: 'application/json',
            tenant: 'th-ubnd-tinh',
            data: { documentId: DOCUMENT, subject: 'Tờ trình', sequence: 0 },
          },
          createdAt: time,
          publishedAt: null,
          attempts: 0,
          lastError: null,
        },
      ]);
    });

    it('leaves no outbox row when the caller’s transaction rolls back', async () => {
      await expect(
        database.db.transaction(async (tx) => {
          await enqueue(tx, fixtureOutbox, fixtureDocumentRegistered, { documentId: DOCUMENT, subject: 'x', sequence: 0 }, {
            id: nextId(),
            source: '/services/intake',
            tenant: 'th-ubnd-tinh',
            time: new Date(),
          });
          throw new Error('the state change failed');
        }),
      ).rejects.toThrow('the state change failed');
      expect(await database.db.select().from(fixtureOutbox)).toEqual([]);
    });

    it('writes nothing when the payload is invalid', async () => {
      const bad = { documentId: 'not-a-uuid', subject: 'x', sequence: 0 };
      await expect(
        enqueue(database.db, fixtureOutbox, fixtureDocumentRegistered, bad, {
          id: nextId(),
          source: '/services/intake',
          tenant: 'th-ubnd-tinh',
          time: new Date(),
        }),
      ).rejects.toThrow(/does not match its schema/);
      expect(await database.db.select().from(fixtureOutbox)).toEqual([]);
    });

    it('has no traceparent outside a span', async () => {
      expect(trace.getActiveSpan()).toBeUndefined();
      await registerDocument(database.db, DOCUMENT, 0);
      const [row] = await database.db.select().from(fixtureOutbox);
      expect(row?.envelope.traceparent).toBeUndefined();
    });
  });

  describe('startOutboxRelay', () => {
    it('publishes rows in the order they were written, keyed by aggregate, stamps them and deletes none', async () => {
      const { transport, published } = recordingTransport();
      const documents = [nextId(), nextId(), nextId()];
      const ids: string[] = [];
      // Several events of one aggregate in one transaction: UUID v7 ids of one millisecond are unordered.
      await database.db.transaction(async (tx) => {
        for (let sequence = 0; sequence < 30; sequence += 1) {
          const documentId = documents[sequence % 3] ?? DOCUMENT;
          const envelope = await enqueue(tx, fixtureOutbox, fixtureDocumentRegistered, { documentId, subject: 's', sequence }, {
            id: nextId(),
            source: '/tests',
            tenant: 'th-ubnd-tinh',
            time: new Date(),
          });
          ids.push(envelope.id);
        }
      });
      const relay = startOutboxRelay({ database, outbox: fixtureOutbox, transport, logger, pollIntervalMs: 60_000, batchSize: 7 });
      await relay.stop();
      const second = startOutboxRelay({ database, outbox: fixtureOutbox, transport, logger, pollIntervalMs: 60_000, batchSize: 7 });
      await second.drain();
      await second.stop();

      expect(published.map((message) => message.headers['ce_id'])).toEqual(ids);
      expect(published[0]).toMatchObject({
        topic: 'documents',
        key: documents[0],
        headers: {
          ce_id: ids[0],
          ce_type: 'vn.lienthong.fixture-document.registered.v1',
          tenant: 'th-ubnd-tinh',
          'content-type': 'application/cloudevents+json',
        },
      });
      expect(JSON.parse(published[0]?.value ?? '{}')).toMatchObject({ id: ids[0], data: { sequence: 0 } });
      const rows = await database.db.select().from(fixtureOutbox).orderBy(asc(fixtureOutbox.position));
      expect(rows).toHaveLength(30);
      expect(rows.every((row) => row.publishedAt instanceof Date && row.attempts === 1)).toBe(true);
    });

    it('keeps rows when the transport refuses them, counts attempts, records the error and publishes after the outage', async () => {
      const outage = withOutage(createInProcessTransport());
      const registry = new Registry();
      outage.goDown();
      await registerDocument(database.db, DOCUMENT, 0);
      const relay = startOutboxRelay({
        database,
        outbox: fixtureOutbox,
        transport: outage.transport,
        logger,
        metrics: createEventMetrics(registry),
        pollIntervalMs: 10,
        retry: { initialDelayMs: 10, maxDelayMs: 20 },
      });
      try {
        await waitFor('two failed attempts', async () => {
          const [row] = await database.db.select().from(fixtureOutbox);
          return (row?.attempts ?? 0) >= 2;
        });
        const [failed] = await database.db.select().from(fixtureOutbox);
        expect(failed?.publishedAt).toBeNull();
        expect(failed?.lastError).toBe('simulated outage: the transport is unavailable');
        expect(await registry.metrics()).toMatch(/events_outbox_backlog\{outbox="events_fixture"\} 1/);
        expect(await registry.metrics()).toMatch(/events_publish_failures_total\{outbox="events_fixture"\} [1-9]/);

        outage.comeBack();
        await waitFor('published', async () => {
          const [row] = await database.db.select().from(fixtureOutbox);
          return row?.publishedAt instanceof Date;
        });
        const metrics = await registry.metrics();
        expect(metrics).toContain('events_outbox_backlog{outbox="events_fixture"} 0');
        expect(metrics).toContain('events_published_total{outbox="events_fixture",topic="documents"} 1');
      } finally {
        await relay.stop();
      }
    });

    it('drain() rejects while the transport refuses and leaves the rows for later', async () => {
      const outage = withOutage(createInProcessTransport());
      outage.goDown();
      await registerDocument(database.db, DOCUMENT, 0);
      const relay = startOutboxRelay({ database, outbox: fixtureOutbox, transport: outage.transport, logger, pollIntervalMs: 60_000 });
      try {
        await expect(relay.drain()).rejects.toThrow(/simulated outage/);
        expect(await database.db.select().from(fixtureOutbox).where(isNull(fixtureOutbox.publishedAt))).toHaveLength(1);
      } finally {
        await relay.stop();
      }
    });

    it('wake() publishes at once instead of waiting for the next poll', async () => {
      const { transport, published } = recordingTransport();
      const relay = startOutboxRelay({ database, outbox: fixtureOutbox, transport, logger, pollIntervalMs: 60_000 });
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const id = await registerDocument(database.db, DOCUMENT, 0);
        relay.wake();
        await waitFor('the woken relay to publish', () => published.length === 1, { timeoutMs: 5_000 });
        expect(published[0]?.headers['ce_id']).toBe(id);
      } finally {
        await relay.stop();
      }
    });

    it('publishes each row once when two relays poll the same outbox', async () => {
      const { transport, published } = recordingTransport();
      const relays = [1, 2].map(() =>
        startOutboxRelay({ database, outbox: fixtureOutbox, transport, logger, pollIntervalMs: 5, batchSize: 10 }),
      );
      try {
        for (let sequence = 0; sequence < 100; sequence += 1) await registerDocument(database.db, nextId(), 0);
        await waitFor('100 published', async () => {
          const left = await database.db.select().from(fixtureOutbox).where(isNull(fixtureOutbox.publishedAt));
          return left.length === 0;
        });
      } finally {
        await Promise.all(relays.map((relay) => relay.stop()));
      }
      const ids = published.map((message) => message.headers['ce_id']);
      expect(ids).toHaveLength(100);
      expect(new Set(ids).size).toBe(100);
    });

    it('hands recently published rows over again on start when asked (in-process transport after a restart)', async () => {
      const before = recordingTransport();
      const old = await registerDocument(database.db, DOCUMENT, 0);
      const first = startOutboxRelay({ database, outbox: fixtureOutbox, transport: before.transport, logger });
      await first.drain();
      await first.stop();
      await database.db
        .update(fixtureOutbox)
        .set({ publishedAt: new Date('2020-01-01T00:00:00Z') })
        .where(eq(fixtureOutbox.id, old));
      const recent = await registerDocument(database.db, nextId(), 0);
      const warm = startOutboxRelay({ database, outbox: fixtureOutbox, transport: before.transport, logger });
      await warm.drain();
      await warm.stop();

      const after = recordingTransport();
      const seen: IncomingMessage[] = [];
      await after.transport.subscribe({ group: 'g', topics: ['documents'], fromBeginning: true, handle: async (m) => void seen.push(m) });
      const restarted = startOutboxRelay({
        database,
        outbox: fixtureOutbox,
        transport: after.transport,
        logger,
        republishSince: new Date(Date.now() - 60_000),
      });
      try {
        await waitFor('the recent event again', () => seen.length === 1);
        expect(seen.map((m) => m.headers['ce_id'])).toEqual([recent]);
      } finally {
        await restarted.stop();
      }
    });
  });

  describe('pruneOutbox', () => {
    it('deletes only rows published before the given instant', async () => {
      const { transport } = recordingTransport();
      const published = await registerDocument(database.db, DOCUMENT, 0);
      const relay = startOutboxRelay({ database, outbox: fixtureOutbox, transport, logger });
      await relay.drain();
      await relay.stop();
      const pending = await registerDocument(database.db, nextId(), 0);
      expect(await pruneOutbox({ database, outbox: fixtureOutbox, publishedBefore: new Date(Date.now() + 1_000) })).toBe(1);
      const left = await database.db.select({ id: fixtureOutbox.id }).from(fixtureOutbox);
      expect(left).toEqual([{ id: pending }]);
      expect(left).not.toContainEqual({ id: published });
    });
  });
});
