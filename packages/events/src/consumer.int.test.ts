import { createTestDatabase, testDatabaseDriver, type TestDatabase } from '@lienthong/db/testing';
import { eq } from 'drizzle-orm';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsumer, eventHandler, type EventConsumer } from './consumer.js';
import { createEnvelope } from './envelope.js';
import { toOutgoingMessage } from './messages.js';
import { createEventMetrics } from './metrics.js';
import { startOutboxRelay, type OutboxRelay } from './relay.js';
import { replayDeadLetters } from './replay.js';
import { applications, collect, nextId, recordingConsumer, registerDocument, wipe } from './test-support/fixture-flow.js';
import {
  createTestTransport,
  crashAfterHandle,
  EVENTS_FIXTURE_SET,
  fixtureApplications,
  fixtureDocumentArchived,
  fixtureDocumentRegistered,
  fixtureDocumentRegisteredV2,
  fixtureInbox,
  fixtureOutbox,
  testLogger,
  testTransportKind,
  waitFor,
  type TestTransport,
} from './testing/index.js';
import type { Subscription } from './transport.js';

const logger = testLogger();
const kind = testTransportKind();

describe(`consumer over ${kind} (${testDatabaseDriver()})`, () => {
  let database: TestDatabase;
  let bus: TestTransport;
  let relay: OutboxRelay;
  const cleanups: (() => Promise<void>)[] = [];
  const later = <T extends EventConsumer | Subscription>(running: T): T => {
    cleanups.push(() => running.stop());
    return running;
  };

  beforeAll(async () => {
    database = await createTestDatabase([EVENTS_FIXTURE_SET]);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await wipe(database.db);
    // Fresh topics per test on Kafka (a random prefix), so a group starting from the beginning sees only this test.
    bus = createTestTransport({ clientId: 'consumer-int' });
    relay = startOutboxRelay({ database, outbox: fixtureOutbox, transport: bus.transport, logger, pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await relay.stop();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await bus.close();
  });

  it('applies each event once, writing the handler’s rows and the inbox row together', async () => {
    const registry = new Registry();
    const consumer = later(recordingConsumer(database.db, bus.transport, 'g.apply', { metrics: createEventMetrics(registry) }));
    await consumer.start();
    const ids = [];
    for (let sequence = 0; sequence < 5; sequence += 1) ids.push(await registerDocument(database.db, nextId(), 0));
    await waitFor('5 applications', async () => (await applications(database.db, 'g.apply')).events === 5);
    expect(await applications(database.db, 'g.apply')).toEqual({ rows: 5, events: 5 });
    const inbox = await database.db.select().from(fixtureInbox).where(eq(fixtureInbox.consumerGroup, 'g.apply'));
    expect(inbox.map((row) => row.eventId).sort()).toEqual([...ids].sort());
    expect(inbox[0]?.type).toBe('vn.lienthong.fixture-document.registered.v1');
    const text = await registry.metrics();
    expect(text).toContain(
      'events_consumed_total{group="g.apply",type="vn.lienthong.fixture-document.registered.v1",outcome="applied"} 5',
    );
    await waitFor('no lag', async () => (await registry.metrics()).includes('events_consumer_lag{group="g.apply",topic="documents"} 0'));
  });

  it('skips an event delivered twice (same id) without applying it again', async () => {
    const registry = new Registry();
    const consumer = later(recordingConsumer(database.db, bus.transport, 'g.dup', { metrics: createEventMetrics(registry) }));
    await consumer.start();
    const documentId = nextId();
    const envelope = createEnvelope(fixtureDocumentRegistered, { documentId, subject: 'x', sequence: 0 }, {
      id: nextId(),
      source: '/tests',
      tenant: 'th-ubnd-tinh',
      time: new Date(),
    });
    const message = toOutgoingMessage('documents', documentId, envelope);
    await bus.transport.publish([message, message]);
    await bus.transport.publish([message]);
    await waitFor('two duplicates seen', async () =>
      (await registry.metrics()).includes(
        'events_consumed_total{group="g.dup",type="vn.lienthong.fixture-document.registered.v1",outcome="duplicate"} 2',
      ),
    );
    expect(await applications(database.db, 'g.dup')).toEqual({ rows: 1, events: 1 });
  });

  it('does not apply an event twice when the consumer dies after its transaction committed but before the offset commit', async () => {
    const crashing = crashAfterHandle(bus.transport);
    const first = later(recordingConsumer(database.db, crashing.transport, 'g.crash'));
    await first.start();
    const id = await registerDocument(database.db, nextId(), 0);
    await crashing.crashed;
    expect(await applications(database.db, 'g.crash')).toEqual({ rows: 1, events: 1 });
    await first.stop();

    // A new process: another transport on the same broker, the same group, so the uncommitted event comes back.
    const registry = new Registry();
    const second = later(
      recordingConsumer(database.db, bus.reopen(), 'g.crash', { metrics: createEventMetrics(registry) }),
    );
    await second.start();
    await waitFor('the redelivered event to be skipped', async () =>
      (await registry.metrics()).includes('outcome="duplicate"} 1'),
    );
    expect(await applications(database.db, 'g.crash')).toEqual({ rows: 1, events: 1 });
    const [inbox] = await database.db.select().from(fixtureInbox).where(eq(fixtureInbox.consumerGroup, 'g.crash'));
    expect(inbox?.eventId).toBe(id);
  });

  it('retries a failing handler with backoff, dead-letters it with the error after the attempts, and replay applies it once fixed', async () => {
    const registry = new Registry();
    const metrics = createEventMetrics(registry);
    const dlq = await collect(bus.transport, 'g.fail.observer', ['documents.dlq']);
    later(dlq.subscription);
    let broken = true;
    let calls = 0;
    const consumer = later(
      recordingConsumer(database.db, bus.transport, 'g.fail', {
        metrics,
        retry: { attempts: 3, initialDelayMs: 20, maxDelayMs: 40 },
        beforeApply: () => {
          calls += 1;
          if (broken) throw new Error('Không tìm thấy đơn vị nhận / receiving unit not found');
        },
      }),
    );
    await consumer.start();
    const id = await registerDocument(database.db, nextId(), 0);

    await waitFor('a dead letter', () => dlq.messages.length === 1);
    const [dead] = dlq.messages;
    expect(calls).toBe(3);
    expect(dead?.headers).toMatchObject({
      ce_id: id,
      ce_type: 'vn.lienthong.fixture-document.registered.v1',
      tenant: 'th-ubnd-tinh',
      dlq_reason: 'handler_failed',
      dlq_error: 'Không tìm thấy đơn vị nhận / receiving unit not found',
      dlq_attempts: '3',
      dlq_original_topic: 'documents',
      dlq_group: 'g.fail',
    });
    expect(JSON.parse(dead?.value ?? '{}')).toMatchObject({ id });
    expect(await applications(database.db, 'g.fail')).toEqual({ rows: 0, events: 0 });
    expect(await database.db.select().from(fixtureInbox)).toEqual([]);
    expect(await registry.metrics()).toContain('events_dead_letters_total{group="g.fail",topic="documents"} 1');

    broken = false;
    const result = await replayDeadLetters({ transport: bus.transport, topic: 'documents', group: 'g.fail', logger, idleMs: 500 });
    expect(result).toEqual({ replayed: 1, skipped: 0 });
    await waitFor('the replayed event applied', async () => (await applications(database.db, 'g.fail')).events === 1);
    expect(await applications(database.db, 'g.fail')).toEqual({ rows: 1, events: 1 });

    // A second replay finds nothing new: the replay group's position has moved past the dead letter.
    const again = await replayDeadLetters({ transport: bus.transport, topic: 'documents', group: 'g.fail', idleMs: 500 });
    expect(again).toEqual({ replayed: 0, skipped: 0 });
    expect(await applications(database.db, 'g.fail')).toEqual({ rows: 1, events: 1 });
  });

  it('dead-letters a payload that fails its schema at once, with the validation message, and never runs the handler', async () => {
    const dlq = await collect(bus.transport, 'g.invalid.observer', ['documents.dlq']);
    later(dlq.subscription);
    let calls = 0;
    const consumer = later(
      recordingConsumer(database.db, bus.transport, 'g.invalid', { beforeApply: () => void (calls += 1) }),
    );
    await consumer.start();
    const documentId = nextId();
    const envelope = createEnvelope(fixtureDocumentRegistered, { documentId, subject: 'x', sequence: 0 }, {
      id: nextId(),
      source: '/tests',
      tenant: 'th-ubnd-tinh',
      time: new Date(),
    });
    const tampered = { ...envelope, data: { documentId, subject: 'x', sequence: 'first' } };
    await bus.transport.publish([{ ...toOutgoingMessage('documents', documentId, envelope), value: JSON.stringify(tampered) }]);

    await waitFor('a dead letter', () => dlq.messages.length === 1);
    expect(dlq.messages[0]?.headers).toMatchObject({ dlq_reason: 'invalid_payload', dlq_attempts: '0', dlq_group: 'g.invalid' });
    expect(dlq.messages[0]?.headers['dlq_error']).toMatch(/sequence/);
    expect(calls).toBe(0);
    expect(await applications(database.db, 'g.invalid')).toEqual({ rows: 0, events: 0 });
    expect(await database.db.select().from(fixtureInbox)).toEqual([]);
  });

  it('dead-letters a message that is not a CloudEvent and keeps consuming after it', async () => {
    const dlq = await collect(bus.transport, 'g.garbage.observer', ['documents.dlq']);
    later(dlq.subscription);
    const consumer = later(recordingConsumer(database.db, bus.transport, 'g.garbage'));
    await consumer.start();
    await bus.transport.publish([{ topic: 'documents', key: 'k', value: '{"hello":', headers: {} }]);
    await registerDocument(database.db, nextId(), 0);
    await waitFor('the next event applied', async () => (await applications(database.db, 'g.garbage')).events === 1);
    await waitFor('a dead letter', () => dlq.messages.length === 1);
    expect(dlq.messages[0]?.headers).toMatchObject({ dlq_reason: 'invalid_envelope', dlq_group: 'g.garbage' });
    expect(dlq.messages[0]?.headers['dlq_error']).toMatch(/not JSON/);
  });

  it('skips event types it does not handle, but dead-letters a version of an event it handles in another version', async () => {
    const registry = new Registry();
    const dlq = await collect(bus.transport, 'g.versions.observer', ['documents.dlq']);
    later(dlq.subscription);
    const consumer = later(recordingConsumer(database.db, bus.transport, 'g.versions', { metrics: createEventMetrics(registry) }));
    await consumer.start();
    const documentId = nextId();
    const meta = () => ({ id: nextId(), source: '/tests', tenant: 'th-ubnd-tinh', time: new Date() });
    const archived = createEnvelope(fixtureDocumentArchived, { documentId }, meta());
    const v2 = createEnvelope(fixtureDocumentRegisteredV2, { documentId, subject: 'x', sequence: 0, urgent: true }, meta());
    await bus.transport.publish([
      toOutgoingMessage('documents', documentId, archived),
      toOutgoingMessage('documents', documentId, v2),
    ]);
    await waitFor('a dead letter', () => dlq.messages.length === 1);
    expect(dlq.messages[0]?.headers).toMatchObject({ ce_id: v2.id, dlq_reason: 'unsupported_version' });
    expect(dlq.messages[0]?.headers['dlq_error']).toBe(
      'g.versions handles vn.lienthong.fixture-document.registered.v1, not vn.lienthong.fixture-document.registered.v2',
    );
    await waitFor('ignored counted', async () =>
      (await registry.metrics()).includes(
        'events_consumed_total{group="g.versions",type="vn.lienthong.fixture-document.archived.v1",outcome="ignored"} 1',
      ),
    );
  });

  it('keeps one aggregate’s events in order for a group', async () => {
    const consumer = later(recordingConsumer(database.db, bus.transport, 'g.order'));
    await consumer.start();
    const documents = [nextId(), nextId(), nextId()];
    for (let sequence = 0; sequence < 10; sequence += 1) {
      for (const documentId of documents) await registerDocument(database.db, documentId, sequence);
    }
    await waitFor('30 applications', async () => (await applications(database.db, 'g.order')).events === 30);
    const rows = await database.db.select().from(fixtureApplications).orderBy(fixtureApplications.appliedAt);
    for (const documentId of documents) {
      const sequences = rows.filter((row) => row.documentId === documentId).map((row) => row.sequence);
      expect(sequences).toEqual([...Array(10).keys()]);
    }
  });

  it('rejects two handlers for one event type', () => {
    const handle = async () => undefined;
    expect(() =>
      createConsumer({
        database,
        inbox: fixtureInbox,
        group: 'g.twice',
        transport: bus.transport,
        logger,
        handlers: [eventHandler(fixtureDocumentRegistered, handle), eventHandler(fixtureDocumentRegistered, handle)],
      }),
    ).toThrow(/two handlers/);
  });
});
