import type { Logger } from '@lienthong/telemetry';
import kafkajs from 'kafkajs';
import type { Admin, Consumer, IHeaders, KafkaConfig, LogEntry, Producer, RetryOptions } from 'kafkajs';
import {
  deadLetterTopic,
  type EventTransport,
  type IncomingMessage,
  type OutgoingMessage,
  type SubscribeOptions,
  type Subscription,
  type TopicLag,
} from '../transport.js';

const { Kafka, logLevel: KafkaLogLevel, Partitioners } = kafkajs;

export type KafkaLogLevel = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

export type KafkaTransportOptions = {
  brokers: readonly string[];
  clientId: string;
  /** kafkajs's own log level. Default `warn`. */
  logLevel?: KafkaLogLevel;
  /** Where kafkajs logs go; its default console logger when absent. */
  logger?: Logger;
  /**
   * kafkajs retry policy for connections and requests. Default: 5 retries from 300 ms up to 5 s, so an unreachable
   * broker fails a publish within seconds (the relay then backs off) instead of hanging.
   */
  retry?: RetryOptions;
  /** Connection timeout, ms. Default 3 000. */
  connectionTimeoutMs?: number;
  /** Request timeout, ms. Default 30 000. */
  requestTimeoutMs?: number;
  /** Prepended to every topic name on the broker (`staging.documents`); handlers still see `documents`. */
  topicPrefix?: string;
  /** Partitions of the topics this transport creates. Default 3. */
  numPartitions?: number;
  /** Replication factor of the topics this transport creates. Default 1 (a single broker); 3 in production. */
  replicationFactor?: number;
  /** Consumer session timeout, ms. Default 30 000. */
  sessionTimeoutMs?: number;
};

const LEVELS: Record<KafkaLogLevel, number> = {
  nothing: KafkaLogLevel.NOTHING,
  error: KafkaLogLevel.ERROR,
  warn: KafkaLogLevel.WARN,
  info: KafkaLogLevel.INFO,
  debug: KafkaLogLevel.DEBUG,
};

/**
 * Kafka through kafkajs.
 * Invariants: one idempotent producer (`idempotent: true`, `maxInFlightRequests: 1`, `acks: -1`), so a publish
 * resolves only when every in-sync replica has the messages and retries cannot reorder or duplicate them within a
 * producer session; a producer that failed is replaced, so a broker restart cannot leave it stuck on stale sequence
 * numbers. Message key = the aggregate id; headers `ce_id`, `ce_type`, `tenant`, `traceparent`. Topics (and their
 * `.dlq`) are created with the admin client before first use. Consumers run with `autoCommit: false` and commit a
 * message's offset only after `handle` resolved, so a crash between the two delivers the message again.
 */
export function createKafkaTransport(options: KafkaTransportOptions): EventTransport {
  const prefix = options.topicPrefix ?? '';
  const physical = (topic: string) => `${prefix}${topic}`;
  const logical = (topic: string) => (topic.startsWith(prefix) ? topic.slice(prefix.length) : topic);
  const retry: RetryOptions = { retries: 5, initialRetryTime: 300, maxRetryTime: 5_000, ...options.retry };
  const config: KafkaConfig = {
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: options.connectionTimeoutMs ?? 3_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    retry,
    logLevel: LEVELS[options.logLevel ?? 'warn'],
  };
  if (options.logger) config.logCreator = pinoLogCreator(options.logger);
  const kafka = new Kafka(config);

  let producer: Promise<Producer> | undefined;
  let admin: Promise<Admin> | undefined;
  const ensured = new Map<string, Promise<void>>();
  const consumers = new Set<Subscription>();
  let closed = false;

  const connectedProducer = (): Promise<Producer> =>
    (producer ??= (async () => {
      const created = kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        // Java-compatible murmur2 on the key: one aggregate always lands on one partition.
        createPartitioner: Partitioners.DefaultPartitioner,
        retry,
      });
      try {
        await created.connect();
      } catch (error) {
        producer = undefined;
        throw error;
      }
      return created;
    })());

  const connectedAdmin = (): Promise<Admin> =>
    (admin ??= (async () => {
      const created = kafka.admin({ retry });
      try {
        await created.connect();
      } catch (error) {
        admin = undefined;
        throw error;
      }
      return created;
    })());

  /** Creates each logical topic and its dead-letter topic once per transport. */
  async function ensureTopics(topics: readonly string[]): Promise<void> {
    const wanted = [...new Set(topics.flatMap((topic) => (topic.endsWith('.dlq') ? [topic] : [topic, deadLetterTopic(topic)])))];
    const missing = wanted.filter((topic) => !ensured.has(topic));
    if (missing.length > 0) {
      const creation = (async () => {
        const client = await connectedAdmin();
        // Ask first: creating a topic that exists makes kafkajs log an ERROR on every start of every service.
        const existing = new Set(await client.listTopics());
        const absent = missing.filter((topic) => !existing.has(physical(topic)));
        if (absent.length === 0) return;
        await client.createTopics({
          waitForLeaders: true,
          topics: absent.map((topic) => ({
            topic: physical(topic),
            numPartitions: options.numPartitions ?? 3,
            replicationFactor: options.replicationFactor ?? 1,
          })),
        });
      })();
      for (const topic of missing) ensured.set(topic, creation);
      creation.catch(() => {
        for (const topic of missing) if (ensured.get(topic) === creation) ensured.delete(topic);
      });
    }
    await Promise.all(wanted.map((topic) => ensured.get(topic)));
  }

  async function publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (closed) throw new Error('The Kafka transport is closed');
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const message of messages) {
      const list = byTopic.get(message.topic) ?? [];
      list.push(message);
      byTopic.set(message.topic, list);
    }
    await ensureTopics([...byTopic.keys()]);
    const current = connectedProducer();
    try {
      const client = await current;
      await client.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic: physical(topic),
          messages: list.map((message) => ({ key: message.key, value: message.value, headers: message.headers })),
        })),
      });
    } catch (error) {
      // A fresh producer gets a new producer id, so sequence numbers left over from the failure cannot wedge it.
      if (producer === current) producer = undefined;
      current.then((client) => client.disconnect()).catch(() => undefined);
      throw error;
    }
  }

  async function subscribe({ group, topics, handle, fromBeginning = false }: SubscribeOptions): Promise<Subscription> {
    if (closed) throw new Error('The Kafka transport is closed');
    await ensureTopics(topics);
    const consumer: Consumer = kafka.consumer({
      groupId: group,
      allowAutoTopicCreation: false,
      sessionTimeout: options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: 3_000,
      maxWaitTimeInMs: 500,
      retry: { ...retry, restartOnFailure: async () => true },
    });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: topics.map(physical), fromBeginning });
      await consumer.run({
        autoCommit: false,
        partitionsConsumedConcurrently: 1,
        eachMessage: async ({ topic, partition, message, heartbeat }) => {
          const incoming: IncomingMessage = {
            topic: logical(topic),
            partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? null,
            value: message.value?.toString('utf8') ?? '',
            headers: headersOf(message.headers),
            heartbeat,
          };
          await handle(incoming);
          await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
        },
      });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    let stopping: Promise<void> | undefined;
    const subscription: Subscription = {
      stop: () =>
        (stopping ??= (async () => {
          consumers.delete(subscription);
          await consumer.disconnect();
        })()),
    };
    consumers.add(subscription);
    return subscription;
  }

  async function consumerLag(group: string, topics: readonly string[]): Promise<TopicLag[]> {
    const client = await connectedAdmin();
    const committed = await client.fetchOffsets({ groupId: group, topics: topics.map(physical) });
    return Promise.all(
      topics.map(async (topic) => {
        const ends = await client.fetchTopicOffsets(physical(topic));
        const positions = committed.find((entry) => entry.topic === physical(topic))?.partitions ?? [];
        let lag = 0;
        for (const end of ends) {
          const position = Number(positions.find((p) => p.partition === end.partition)?.offset ?? '-1');
          const from = position >= 0 ? position : Number(end.low);
          lag += Math.max(0, Number(end.high) - from);
        }
        return { topic, lag };
      }),
    );
  }

  return {
    kind: 'kafka',
    publish,
    subscribe,
    consumerLag,
    async close() {
      closed = true;
      await Promise.allSettled([...consumers].map((subscription) => subscription.stop()));
      const closing = [producer, admin].map((client) =>
        client?.then((connected) => connected.disconnect()).catch(() => undefined),
      );
      producer = undefined;
      admin = undefined;
      await Promise.all(closing);
    },
  };
}

function headersOf(headers: IHeaders | undefined): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    result[name] = first === undefined ? undefined : first.toString();
  }
  return result;
}

function pinoLogCreator(logger: Logger): KafkaConfig['logCreator'] {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, ...fields } = log;
      const entry = { kafka: namespace, ...fields };
      // Retries are bounded on purpose (a failed publish must reach the relay, which backs off and records it);
      // duplicates that a retry may cause are absorbed by the consumers' inbox, so this warning is noise.
      if (message.startsWith('Limiting retries for the idempotent producer')) logger.debug(entry, message);
      else if (level === KafkaLogLevel.ERROR) logger.error(entry, message);
      else if (level === KafkaLogLevel.WARN) logger.warn(entry, message);
      else if (level === KafkaLogLevel.INFO) logger.info(entry, message);
      else logger.debug(entry, message);
    };
}

