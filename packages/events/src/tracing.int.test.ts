import { startTestTelemetry, SpanKind } from '@lienthong/telemetry/testing';
import { createTestDatabase, testDatabaseDriver, type TestDatabase } from '@lienthong/db/testing';
import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxRelay } from './relay.js';
import { applications, collect, nextId, recordingConsumer, registerDocument } from './test-support/fixture-flow.js';
import {
  createTestTransport,
  EVENTS_FIXTURE_SET,
  fixtureOutbox,
  testLogger,
  testTransportKind,
  waitFor,
  type TestTransport,
} from './testing/index.js';

// Spans kept in memory; no automatic instrumentation (this file checks our own propagation only).
const telemetry = startTestTelemetry({ serviceName: 'events-tracing-test', instrumentations: 'none' });
const logger = testLogger();

describe(`trace propagation over ${testTransportKind()} (${testDatabaseDriver()})`, () => {
  let database: TestDatabase;
  let bus: TestTransport;

  beforeAll(async () => {
    database = await createTestDatabase([EVENTS_FIXTURE_SET]);
    bus = createTestTransport({ clientId: 'tracing-int' });
  });
  afterAll(async () => {
    await bus?.close();
    await database?.close();
  });

  it('hands the publishing span’s trace to the handler: one trace id from the request to the consumer', async () => {
    const seenInHandler: { traceId?: string; parentTraceparent?: string }[] = [];
    const wire = await collect(bus.transport, 'trace.observer', ['documents']);
    const consumer = recordingConsumer(database.db, bus.transport, 'trace.consumer', {
      beforeApply: () => {
        seenInHandler.push({ traceId: trace.getActiveSpan()?.spanContext().traceId });
      },
    });
    await consumer.start();
    const relay = startOutboxRelay({ database, outbox: fixtureOutbox, transport: bus.transport, logger, pollIntervalMs: 20 });
    try {
      const tracer = trace.getTracer('events-tracing-test');
      let publisher: { traceId: string; spanId: string } | undefined;
      await tracer.startActiveSpan('POST /trpc/document.register', async (span) => {
        publisher = span.spanContext();
        await registerDocument(database.db, nextId(), 0);
        span.end();
      });

      await waitFor('the event applied', async () => (await applications(database.db, 'trace.consumer')).events === 1);
      await waitFor('the message observed', () => wire.messages.length === 1);
      const expected = `00-${publisher?.traceId}-${publisher?.spanId}-01`;
      const [row] = await database.db.select().from(fixtureOutbox);
      expect(row?.envelope.traceparent).toBe(expected);
      expect(wire.messages[0]?.headers['traceparent']).toBe(expected);
      expect(seenInHandler).toEqual([{ traceId: publisher?.traceId }]);

      const spans = await telemetry.finishedSpans();
      const consumerSpan = spans.find((span) => span.kind === SpanKind.CONSUMER);
      expect(consumerSpan?.name).toBe('documents process');
      expect(consumerSpan?.spanContext().traceId).toBe(publisher?.traceId);
      expect(consumerSpan?.parentSpanContext?.spanId).toBe(publisher?.spanId);
      expect(consumerSpan?.attributes).toMatchObject({
        'messaging.destination.name': 'documents',
        'messaging.consumer.group.name': 'trace.consumer',
        'cloudevents.event_type': 'vn.lienthong.fixture-document.registered.v1',
        'lienthong.outcome': 'applied',
      });
    } finally {
      await relay.stop();
      await consumer.stop();
      await wire.subscription.stop();
    }
  });
});
