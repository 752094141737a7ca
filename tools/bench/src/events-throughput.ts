// Events per second through outbox → relay → Kafka → idempotent consumer, beside a raw kafkajs produce/consume loop on
// the same broker (the ratio is the figure), then the same pipeline over the in-process transport. End-to-end latency
// of an event: its consumer transaction committed minus its enqueue transaction committed (raw: received minus sent).
// Nothing is asserted about time; the run fails only when events are lost or do not arrive within TIMEOUT_MS.
import { randomBytes, randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@lienthong/db/testing';
import {
  createConsumer,
  createEnvelope,
  createInProcessTransport,
  enqueue,
  eventHandler,
  HEADERS,
  startOutboxRelay,
  type EventTransport,
  type OutboxRelay,
} from '@lienthong/events';
import { createKafkaTransport } from '@lienthong/events/kafka';
import {
  EVENTS_FIXTURE_SET,
  fixtureApplications,
  fixtureDocumentRegistered,
  fixtureInbox,
  fixtureOutbox,
} from '@lienthong/events/testing';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { createLogger } from '@lienthong/telemetry';
import { count, isNull } from 'drizzle-orm';
import kafkajs from 'kafkajs';
import { reachablePostgresUrl } from './postgres.js';
import { percentile } from './measure.js';

const { Kafka, Partitioners, logLevel } = kafkajs;

const EVENTS = positiveInteger('BENCH_EVENTS', 5000);
const BATCH = 100;
const WARM_UP = 20;
const PARTITIONS = 3;
const TIMEOUT_MS = 120_000;
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092')
  .split(',')
  .map((broker) => broker.trim())
  .filter((broker) => broker !== '');
const RUN = randomBytes(4).toString('hex');
const TOPIC_PREFIX = `lt-bench-${RUN}.`;
const GROUP = `bench.documents.${RUN}`;
const RAW_GROUP = `bench.raw.${RUN}`;
const SOURCE = '/bench/events';
const TENANT = 'th-ubnd-tinh';
// Long enough that an envelope is about 600 bytes of JSON, like a real registration event.
const SUBJECT =
  'Công văn về việc triển khai thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử ' +
  'phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025 trên địa bàn tỉnh Thanh Hóa';

const logger = createLogger({ name: 'bench', level: 'error' });
const nextId = createIdGenerator(systemClock);

type Figures = { pipeline: string; events: number; seconds: number; latencies: number[] };

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got ${process.env[name]}`);
  return value;
}

function kafkaClient(clientId: string, retries = 5) {
  return new Kafka({
    clientId,
    brokers: BROKERS,
    connectionTimeout: 2_000,
    retry: { retries },
    logLevel: logLevel.ERROR,
  });
}

async function kafkaReachable(): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'bench-probe',
    brokers: BROKERS,
    connectionTimeout: 2_000,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

// Deletes this run's topics and consumer groups (they are empty once the consumers disconnected).
async function deleteBenchTopicsAndGroups(): Promise<void> {
  const admin = kafkaClient('bench-cleanup', 1).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(TOPIC_PREFIX));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
    const groups = (await admin.listGroups()).groups
      .map((group) => group.groupId)
      .filter((group) => group === RAW_GROUP || group === GROUP);
    if (groups.length > 0) await admin.deleteGroups(groups);
  } finally {
    await admin.disconnect();
  }
}

// Sent and arrival times (performance.now(), ms) of a known set of ids. Arrivals of other ids and repeated arrivals
// (at-least-once redeliveries) are ignored; `wait` resolves when every id arrived and fails after TIMEOUT_MS.
function track(ids: readonly string[]) {
  const expected = new Set(ids);
  const sentAt = new Map<string, number>();
  const arrivedAt = new Map<string, number>();
  let complete: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (complete = resolve));
  if (expected.size === 0) complete();
  return {
    sent(id: string, at: number) {
      sentAt.set(id, at);
    },
    arrived(id: string, at: number) {
      if (!expected.has(id) || arrivedAt.has(id)) return;
      arrivedAt.set(id, at);
      if (arrivedAt.size === expected.size) complete();
    },
    async wait(what: string): Promise<void> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(`${what}: only ${arrivedAt.size} of ${expected.size} arrived within ${TIMEOUT_MS / 1000} s`),
            ),
          TIMEOUT_MS,
        );
      });
      try {
        await Promise.race([all, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    // Wall time from `startedAt` to the last arrival, and each id's arrival minus its sent time.
    figures(pipeline: string, startedAt: number): Figures {
      const latencies = ids.map((id) => (arrivedAt.get(id) ?? Number.NaN) - (sentAt.get(id) ?? Number.NaN));
      let last = Number.NaN;
      for (const at of arrivedAt.values()) if (!(at <= last)) last = at;
      return { pipeline, events: expected.size, seconds: (last - startedAt) / 1000, latencies };
    },
  };
}

// JSON bytes of one pipeline envelope, so the raw loop sends messages of the same size.
function envelopeBytes(): number {
  const envelope = createEnvelope(
    fixtureDocumentRegistered,
    { documentId: nextId(), subject: SUBJECT, sequence: 0 },
    { id: nextId(), source: SOURCE, tenant: TENANT, time: systemClock.now() },
  );
  return Buffer.byteLength(JSON.stringify(envelope));
}

// A plain kafkajs producer and consumer group on a topic of its own; the send time travels in the message.
async function rawKafka(messageBytes: number): Promise<Figures> {
  const kafka = kafkaClient('bench-raw');
  const topic = `${TOPIC_PREFIX}raw`;
  const admin = kafka.admin();
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId: RAW_GROUP, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  const padding = 'x'.repeat(
    Math.max(0, messageBytes - Buffer.byteLength(JSON.stringify({ id: '0', sentAt: 0, padding: '' }))),
  );
  let tracker = track([]);

  const sendAll = async (ids: readonly string[]) => {
    for (let i = 0; i < ids.length; i += BATCH) {
      const sentAt = performance.now();
      await producer.send({
        topic,
        acks: -1,
        messages: ids
          .slice(i, i + BATCH)
          .map((id) => ({ key: randomUUID(), value: JSON.stringify({ id, sentAt, padding }) })),
      });
    }
  };

  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
    });
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const at = performance.now();
        const body = JSON.parse(message.value?.toString('utf8') ?? '{}') as { id: string; sentAt: number };
        tracker.sent(body.id, body.sentAt);
        tracker.arrived(body.id, at);
      },
    });

    const warmUp = Array.from({ length: WARM_UP }, (_, i) => `w${i}`);
    tracker = track(warmUp);
    await sendAll(warmUp);
    await tracker.wait('raw kafkajs warm-up');

    const ids = Array.from({ length: EVENTS }, (_, i) => String(i));
    tracker = track(ids);
    const startedAt = performance.now();
    await sendAll(ids);
    await tracker.wait('raw kafkajs');
    return tracker.figures('raw kafkajs produce → consume', startedAt);
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

// The transport as the consumer sees it, reporting each event id once its consumer transaction has committed.
function observeApplied(transport: EventTransport, applied: (eventId: string, at: number) => void): EventTransport {
  return {
    kind: transport.kind,
    publish: (messages) => transport.publish(messages),
    consumerLag: transport.consumerLag?.bind(transport),
    close: () => transport.close(),
    subscribe: (options) =>
      transport.subscribe({
        ...options,
        handle: async (message) => {
          await options.handle(message);
          const id = message.headers[HEADERS.id];
          if (id !== undefined) applied(id, performance.now());
        },
      }),
  };
}

// Enqueues one event per id in transactions of BATCH, waking the relay after each commit; an event's sent time is
// its transaction's commit. Returns the first commit's time.
async function enqueueAll(
  database: TestDatabase,
  relay: OutboxRelay,
  ids: readonly string[],
  sent: (id: string, at: number) => void,
): Promise<number> {
  let firstCommit = Number.NaN;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    await database.db.transaction(async (tx) => {
      for (const id of batch) {
        await enqueue(
          tx,
          fixtureOutbox,
          fixtureDocumentRegistered,
          { documentId: nextId(), subject: SUBJECT, sequence: 0 },
          { id, source: SOURCE, tenant: TENANT, time: systemClock.now() },
        );
      }
    });
    const committed = performance.now();
    if (Number.isNaN(firstCommit)) firstCommit = committed;
    for (const id of batch) sent(id, committed);
    relay.wake();
  }
  return firstCommit;
}

// Outbox → relay → transport → idempotent consumer (inbox + one inserted row per event) on a fresh database.
async function outboxPipeline(pipeline: string, transport: EventTransport): Promise<Figures> {
  const database = await createTestDatabase([EVENTS_FIXTURE_SET]);
  let tracker = track([]);
  const relay = startOutboxRelay({ database, outbox: fixtureOutbox, transport, logger });
  const consumer = createConsumer({
    database,
    inbox: fixtureInbox,
    group: GROUP,
    transport: observeApplied(transport, (id, at) => tracker.arrived(id, at)),
    logger,
    handlers: [
      eventHandler(fixtureDocumentRegistered, async (tx, payload, envelope) => {
        await tx.insert(fixtureApplications).values({
          id: nextId(),
          consumerGroup: GROUP,
          eventId: envelope.id,
          documentId: payload.documentId,
          sequence: payload.sequence,
          appliedAt: systemClock.now(),
        });
      }),
    ],
  });
  try {
    await consumer.start();
    const warmUp = Array.from({ length: WARM_UP }, () => nextId());
    tracker = track(warmUp);
    await enqueueAll(database, relay, warmUp, (id, at) => tracker.sent(id, at));
    await tracker.wait(`${pipeline} warm-up`);

    const ids = Array.from({ length: EVENTS }, () => nextId());
    tracker = track(ids);
    const startedAt = await enqueueAll(database, relay, ids, (id, at) => tracker.sent(id, at));
    await tracker.wait(pipeline);
    const figures = tracker.figures(pipeline, startedAt);

    // Effectively once: every event applied exactly once, none left in the outbox.
    const [applied] = await database.db.select({ n: count() }).from(fixtureApplications);
    const [unpublished] = await database.db
      .select({ n: count() })
      .from(fixtureOutbox)
      .where(isNull(fixtureOutbox.publishedAt));
    if (applied?.n !== WARM_UP + EVENTS || unpublished?.n !== 0) {
      throw new Error(
        `${pipeline}: ${applied?.n} rows applied for ${WARM_UP + EVENTS} events, ${unpublished?.n} unpublished`,
      );
    }
    return figures;
  } finally {
    await consumer.stop().catch(() => undefined);
    await relay.stop().catch(() => undefined);
    await transport.close().catch(() => undefined);
    await database.close();
  }
}

function printTable(rows: readonly Figures[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  console.log(
    `${'pipeline'.padEnd(34)} ${'events'.padStart(7)} ${'seconds'.padStart(8)} ${'events/s'.padStart(9)}` +
      ` ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.pipeline.padEnd(34)} ${String(row.events).padStart(7)} ${row.seconds.toFixed(2).padStart(8)} ` +
        `${(row.events / row.seconds).toFixed(0).padStart(9)} ${ms(percentile(row.latencies, 50))} ` +
        `${ms(percentile(row.latencies, 95))} ${ms(percentile(row.latencies, 99))}`,
    );
  }
}

const postgres = await reachablePostgresUrl();
// createTestDatabase picks PostgreSQL when DATABASE_URL is set and makes a fresh database there; PGlite otherwise.
if (postgres) process.env.DATABASE_URL = postgres;
else delete process.env.DATABASE_URL;
delete process.env.REQUIRE_INFRA;
const kafka = await kafkaReachable();
const messageBytes = envelopeBytes();
console.log(
  `events: ${EVENTS} events of ${messageBytes} B JSON after ${WARM_UP} warm-up, enqueued/sent in batches of ${BATCH}; ` +
    `database ${postgres ? 'PostgreSQL' : 'PGlite (PostgreSQL not reachable, set DATABASE_URL)'}; ` +
    (kafka ? `Kafka ${BROKERS.join(',')}, ${PARTITIONS} partitions` : `Kafka ${BROKERS.join(',')} not reachable`),
);

const rows: Figures[] = [];
try {
  if (kafka) {
    const raw = await rawKafka(messageBytes);
    rows.push(raw);
    const transport = createKafkaTransport({
      brokers: BROKERS,
      clientId: 'bench-events',
      topicPrefix: TOPIC_PREFIX,
      numPartitions: PARTITIONS,
      logLevel: 'error',
      logger,
    });
    const outbox = await outboxPipeline('outbox → Kafka → consumer', transport);
    rows.push(outbox);
    rows.push(await outboxPipeline('outbox → in-process → consumer', createInProcessTransport()));
    printTable(rows);
    const ratio = outbox.events / outbox.seconds / (raw.events / raw.seconds);
    console.log(`ratio outbox → Kafka → consumer / raw kafkajs: ${ratio.toFixed(3)} (events/s)`);
  } else {
    console.log('Kafka part skipped (start a broker or set KAFKA_BROKERS)');
    rows.push(await outboxPipeline('outbox → in-process → consumer', createInProcessTransport()));
    printTable(rows);
  }
} finally {
  if (kafka)
    await deleteBenchTopicsAndGroups().catch((error: unknown) =>
      console.log(`could not delete the ${TOPIC_PREFIX}* topics or the bench groups: ${String(error)}`),
    );
}
