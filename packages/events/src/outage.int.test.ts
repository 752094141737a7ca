import { createTestDatabase, testDatabaseDriver, type TestDatabase } from '@lienthong/db/testing';
import { count, isNull } from 'drizzle-orm';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventMetrics } from './metrics.js';
import { startOutboxRelay } from './relay.js';
import { applications, nextId, recordingConsumer, registerDocument } from './test-support/fixture-flow.js';
import {
  createBrokerOutage,
  createTestTransport,
  type BrokerOutage,
  EVENTS_FIXTURE_SET,
  fixtureApplications,
  fixtureInbox,
  fixtureOutbox,
  testLogger,
  testTransportKind,
  waitFor,
  type TestTransport,
} from './testing/index.js';

const DOCUMENTS = 50;
const EVENTS_PER_DOCUMENT = 20;
const TOTAL = DOCUMENTS * EVENTS_PER_DOCUMENT;
const kind = testTransportKind();
const logger = testLogger();

describe(`${TOTAL} events through a broker outage over ${kind} (${testDatabaseDriver()})`, () => {
  let database: TestDatabase;
  let bus: TestTransport;
  let outage: BrokerOutage;

  beforeAll(async () => {
    database = await createTestDatabase([EVENTS_FIXTURE_SET]);
    bus = createTestTransport({ clientId: 'outage-int' });
    outage = await createBrokerOutage(bus);
  });
  afterAll(async () => {
    // Never leave the shared local broker stopped, whatever happened above.
    await outage?.restore().catch(() => undefined);
    await bus?.close();
    await database?.close();
  });

  it('delivers every event exactly once, in order per document, when the broker stops and starts mid-stream', async () => {
    const registry = new Registry();
    const metrics = createEventMetrics(registry);
    const relay = startOutboxRelay({
      database,
      outbox: fixtureOutbox,
      transport: outage.transport,
      logger,
      metrics,
      pollIntervalMs: 20,
      retry: { initialDelayMs: 200, maxDelayMs: 1_000 },
    });
    const consumer = recordingConsumer(database.db, outage.transport, 'outage.consumer', {
      metrics,
      retry: { attempts: 5, initialDelayMs: 50, maxDelayMs: 500 },
    });
    await consumer.start();
    const documents = Array.from({ length: DOCUMENTS }, () => nextId());
    let written = 0;
    const writing = (async () => {
      for (let sequence = 0; sequence < EVENTS_PER_DOCUMENT; sequence += 1) {
        for (const documentId of documents) {
          await registerDocument(database.db, documentId, sequence);
          written += 1;
          // A steady trickle (about 1 000 events in 6 s), so that events are written, published and consumed
          // before, during and after the outage.
          if (written % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 60));
        }
      }
    })();

    try {
      await waitFor(
        'events written and consumed before the outage',
        async () => written >= 250 && (await applications(database.db, 'outage.consumer')).events >= 50,
        { timeoutMs: 30_000 },
      );
      await outage.goDown();
      const writtenWhenDown = written;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const writtenBeforeRestart = written;
      await outage.comeBack();
      expect(writtenWhenDown).toBeLessThan(TOTAL);
      expect(writtenBeforeRestart).toBeGreaterThan(writtenWhenDown);
      await writing;
      await waitFor(
        `${TOTAL} events applied`,
        async () => (await applications(database.db, 'outage.consumer')).events === TOTAL,
        { timeoutMs: 45_000, intervalMs: 200 },
      );
    } finally {
      await writing.catch(() => undefined);
      await relay.stop();
      await consumer.stop();
    }

    expect(await applications(database.db, 'outage.consumer')).toEqual({ rows: TOTAL, events: TOTAL });
    const [inbox] = await database.db.select({ n: count() }).from(fixtureInbox);
    expect(inbox?.n).toBe(TOTAL);
    const [unpublished] = await database.db
      .select({ n: count() })
      .from(fixtureOutbox)
      .where(isNull(fixtureOutbox.publishedAt));
    expect(unpublished?.n).toBe(0);
    // The outage really hit the relay: at least one batch was refused and kept for later.
    expect(await registry.metrics()).toMatch(/events_publish_failures_total\{outbox="events_fixture"\} [1-9]/);

    const rows = await database.db.select().from(fixtureApplications).orderBy(fixtureApplications.appliedAt);
    for (const documentId of documents) {
      const sequences = rows.filter((row) => row.documentId === documentId).map((row) => row.sequence);
      expect(sequences).toEqual([...Array(EVENTS_PER_DOCUMENT).keys()]);
    }
  });
});
