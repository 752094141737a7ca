import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { MigrationSet } from '@lienthong/db';
import { createLogger, type Logger } from '@lienthong/telemetry';
import kafkajs from 'kafkajs';
import { createInProcessTransport } from '../in-process-transport.js';
import { createKafkaTransport } from '../kafka/kafka-transport.js';
import type { EventTransport, Subscription } from '../transport.js';

export {
  eventsFixtureSchema,
  fixtureApplications,
  fixtureDocuments,
  fixtureInbox,
  fixtureOutbox,
} from './fixture.schema.js';
export {
  FIXTURE_EVENTS,
  fixtureDocumentArchived,
  fixtureDocumentRegistered,
  fixtureDocumentRegisteredV2,
} from './fixture-events.js';

/** Migrations of the `events_fixture` schema (outbox, inbox, application, document), for `createTestDatabase`. */
export const EVENTS_FIXTURE_SET: MigrationSet = {
  schemaName: 'events_fixture',
  // Two levels up from both src/testing and dist/testing: the package root.
  migrationsFolder: fileURLToPath(new URL('../../test-fixtures/migrations', import.meta.url)),
};

/**
 * The brokers test suites use: KAFKA_BROKERS split on commas, or undefined (in-process transport).
 * Throws when REQUIRE_INFRA=1 and KAFKA_BROKERS is missing: CI must never fall back to the in-process bus silently.
 */
export function testKafkaBrokers(): string[] | undefined {
  // The only place in this package that reads process.env: test set-up, never production code.
  const brokers = (process.env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  if (brokers.length > 0) return brokers;
  if (process.env['REQUIRE_INFRA'] === '1') {
    throw new Error(
      'REQUIRE_INFRA=1 nhưng chưa đặt KAFKA_BROKERS: kiểm thử tích hợp phải chạy trên Kafka thật. ' +
        '/ REQUIRE_INFRA=1 but KAFKA_BROKERS is not set: integration tests must run against a real Kafka.',
    );
  }
  return undefined;
}

/** `kafka` when KAFKA_BROKERS is set, otherwise `in-process` (throws like `testKafkaBrokers`). */
export function testTransportKind(): 'kafka' | 'in-process' {
  return testKafkaBrokers() === undefined ? 'in-process' : 'kafka';
}

/** A logger for tests: silent unless TEST_LOG_LEVEL is set (e.g. `debug`). */
export function testLogger(name = 'events-test'): Logger {
  const level = process.env['TEST_LOG_LEVEL'];
  return createLogger({ name, level: (level as Parameters<typeof createLogger>[0]['level']) ?? 'silent' });
}

export type TestTransport = {
  transport: EventTransport;
  kind: 'kafka' | 'in-process';
  /** Prefix of this run's topics on the broker (`''` in process). */
  topicPrefix: string;
  /** Opens another transport on the same broker and topics (another process, in effect); in process: the same one. */
  reopen(): EventTransport;
  /** Closes every transport opened here and, on Kafka, deletes this run's topics. */
  close(): Promise<void>;
};

/**
 * A transport for an integration test: Kafka when KAFKA_BROKERS is set, with topics prefixed by a random run id
 * (so reruns never see old messages) and short, bounded retries; otherwise the in-process transport.
 */
export function createTestTransport(options: { clientId?: string; logger?: Logger } = {}): TestTransport {
  const brokers = testKafkaBrokers();
  if (brokers === undefined) {
    const transport = createInProcessTransport({ redelivery: { initialDelayMs: 10, maxDelayMs: 200 } });
    return { transport, kind: 'in-process', topicPrefix: '', reopen: () => transport, close: () => transport.close() };
  }
  const topicPrefix = `lt-test-${randomBytes(4).toString('hex')}.`;
  const opened: EventTransport[] = [];
  const open = () => {
    const transport = createKafkaTransport({
      brokers,
      clientId: options.clientId ?? 'events-test',
      topicPrefix,
      numPartitions: 3,
      replicationFactor: 1,
      logLevel: options.logger ? 'warn' : 'nothing',
      ...(options.logger ? { logger: options.logger } : {}),
      retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 1_000 },
      connectionTimeoutMs: 2_000,
      requestTimeoutMs: 10_000,
      sessionTimeoutMs: 10_000,
    });
    opened.push(transport);
    return transport;
  };
  const transport = open();
  return {
    transport,
    kind: 'kafka',
    topicPrefix,
    reopen: open,
    close: async () => {
      await Promise.allSettled(opened.map((t) => t.close()));
      await deleteTopicsWithPrefix(brokers, topicPrefix).catch(() => undefined);
    },
  };
}

async function deleteTopicsWithPrefix(brokers: string[], prefix: string): Promise<void> {
  const kafka = new kafkajs.Kafka({
    clientId: 'events-test-cleanup',
    brokers,
    logLevel: kafkajs.logLevel.NOTHING,
    retry: { retries: 1 },
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Wraps a transport so that the subscriber "crashes" right after its handler finished (for a consumer: after the
 * handler's transaction committed) and before the offset is committed: the message is left unacknowledged and the
 * subscription stops answering. `crashed` resolves with the offset it crashed on.
 */
export function crashAfterHandle(transport: EventTransport): { transport: EventTransport; crashed: Promise<string> } {
  let markCrashed: (offset: string) => void = () => undefined;
  const crashed = new Promise<string>((resolve) => (markCrashed = resolve));
  let dead = false;
  const wrapped: EventTransport = {
    kind: transport.kind,
    publish: (messages) => transport.publish(messages),
    consumerLag: transport.consumerLag?.bind(transport),
    close: () => transport.close(),
    subscribe: (options) =>
      transport.subscribe({
        ...options,
        handle: async (message) => {
          if (dead) throw new Error('crashed consumer');
          await options.handle(message);
          dead = true;
          markCrashed(message.offset);
          throw new Error('simulated crash after the handler committed, before the offset commit');
        },
      }),
  };
  return { transport: wrapped, crashed };
}

/**
 * Wraps a transport with a switchable outage, for in-process stand-ins of "the broker is down": while down,
 * `publish` rejects and deliveries fail before reaching the subscriber (so they are delivered again later).
 */
export function withOutage(transport: EventTransport): {
  transport: EventTransport;
  goDown(): void;
  comeBack(): void;
} {
  let down = false;
  const unavailable = () => new Error('simulated outage: the transport is unavailable');
  const wrapped: EventTransport = {
    kind: transport.kind,
    publish: async (messages) => {
      if (down) throw unavailable();
      await transport.publish(messages);
    },
    consumerLag: transport.consumerLag?.bind(transport),
    close: () => transport.close(),
    subscribe: (options): Promise<Subscription> =>
      transport.subscribe({
        ...options,
        handle: async (message) => {
          if (down) throw unavailable();
          await options.handle(message);
        },
      }),
  };
  return { transport: wrapped, goDown: () => (down = true), comeBack: () => (down = false) };
}

/** Polls `check` until it returns true; throws with `what` after `timeoutMs` (default 20 s). */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
}
export { createBrokerOutage, type BrokerOutage } from './broker-outage.js';
