import { backoffDelay, sleep, type Backoff } from './backoff.js';
import type {
  EventTransport,
  IncomingMessage,
  OutgoingMessage,
  SubscribeOptions,
  Subscription,
  TopicLag,
} from './transport.js';

export type InProcessTransportOptions = {
  /** Wait before delivering a message again after `handle` rejected it. Default 50 ms doubling up to 2 s. */
  redelivery?: Partial<Backoff>;
  /**
   * How long a message every subscribed group has consumed stays available to groups that subscribe later
   * (`fromBeginning`). Default 10 minutes, so consumers started a little after the relay still see everything.
   */
  retentionMs?: number;
};

type StoredMessage = OutgoingMessage & { storedAt: number };

type TopicLog = {
  /** Offset of `messages[0]`; messages below it were consumed by every group that reads the topic. */
  base: number;
  messages: StoredMessage[];
  /** Wakes the delivery loops waiting for a new message. */
  waiters: Set<() => void>;
};

/**
 * The default transport: one ordered log per topic inside this process, with per-group offsets.
 * Invariants: `publish` only appends (delivery is asynchronous, so a publisher inside a database transaction never
 * waits for a consumer); a group reads each topic one message at a time, in order, and a rejected message is
 * delivered again with backoff until it is acknowledged; a group's position survives `stop()` (a new subscriber of
 * the same group resumes there, like a Kafka consumer group); a message is dropped once every group that has
 * subscribed to its topic has consumed it and `retentionMs` has passed (a topic nobody has subscribed to keeps
 * messages for `retentionMs`; a `.dlq` topic keeps them until read). One active subscriber per group and topic.
 * Not durable: messages live in memory, so after a restart the relay must hand recent rows over again
 * (`startOutboxRelay({ republishSince })`); consumers skip the ones they had applied.
 */
export function createInProcessTransport(options: InProcessTransportOptions = {}): EventTransport {
  const redelivery: Backoff = { initialDelayMs: 50, maxDelayMs: 2_000, ...options.redelivery };
  const retentionMs = options.retentionMs ?? 10 * 60_000;
  const logs = new Map<string, TopicLog>();
  /** group → topic → next offset to deliver. */
  const offsets = new Map<string, Map<string, number>>();
  const active = new Set<string>();
  const subscriptions = new Set<Subscription>();
  let closed = false;

  const logOf = (topic: string): TopicLog => {
    let log = logs.get(topic);
    if (!log) {
      log = { base: 0, messages: [], waiters: new Set() };
      logs.set(topic, log);
    }
    return log;
  };
  const endOf = (log: TopicLog) => log.base + log.messages.length;
  const positionsOf = (group: string) => {
    let positions = offsets.get(group);
    if (!positions) {
      positions = new Map();
      offsets.set(group, positions);
    }
    return positions;
  };

  function trim(topic: string, log: TopicLog): void {
    let lowest = Number.POSITIVE_INFINITY;
    for (const positions of offsets.values()) {
      const position = positions.get(topic);
      if (position !== undefined) lowest = Math.min(lowest, position);
    }
    // A topic nobody reads keeps its messages for `retentionMs` only, except dead letters, which wait for a replay.
    if (!Number.isFinite(lowest)) {
      if (topic.endsWith('.dlq')) return;
      lowest = endOf(log);
    }
    const cutoff = Date.now() - retentionMs;
    let drop = 0;
    while (log.base + drop < lowest && (log.messages[drop]?.storedAt ?? Number.POSITIVE_INFINITY) <= cutoff) drop += 1;
    if (drop === 0) return;
    log.messages.splice(0, drop);
    log.base += drop;
  }

  async function deliverLoop(
    group: string,
    topic: string,
    handle: SubscribeOptions['handle'],
    signal: AbortSignal,
  ): Promise<void> {
    const log = logOf(topic);
    const positions = positionsOf(group);
    let failures = 0;
    while (!signal.aborted) {
      const offset = Math.max(positions.get(topic) ?? log.base, log.base);
      const stored = log.messages[offset - log.base];
      if (!stored) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            log.waiters.delete(wake);
            signal.removeEventListener('abort', wake);
            resolve();
          };
          log.waiters.add(wake);
          signal.addEventListener('abort', wake, { once: true });
        });
        continue;
      }
      const message: IncomingMessage = {
        topic,
        partition: 0,
        offset: String(offset),
        key: stored.key,
        value: stored.value,
        headers: { ...stored.headers },
        heartbeat: async () => undefined,
      };
      try {
        await handle(message);
      } catch {
        failures += 1;
        await sleep(backoffDelay(redelivery, failures), signal);
        continue;
      }
      failures = 0;
      positions.set(topic, offset + 1);
      trim(topic, log);
    }
  }

  return {
    kind: 'in-process',

    async publish(messages) {
      if (closed) throw new Error('The in-process transport is closed');
      const touched = new Set<TopicLog>();
      for (const message of messages) {
        const log = logOf(message.topic);
        trim(message.topic, log);
        log.messages.push({ ...message, headers: { ...message.headers }, storedAt: Date.now() });
        touched.add(log);
      }
      for (const log of touched) for (const wake of [...log.waiters]) wake();
    },

    async subscribe({ group, topics, handle, fromBeginning = false }) {
      if (closed) throw new Error('The in-process transport is closed');
      const keys = topics.map((topic) => `${group}\u0000${topic}`);
      const taken = topics.find((_, index) => active.has(keys[index] ?? ''));
      if (taken !== undefined) {
        throw new Error(`Group "${group}" already has an active subscriber for topic "${taken}"`);
      }
      for (const key of keys) active.add(key);
      const positions = positionsOf(group);
      for (const topic of topics) {
        const log = logOf(topic);
        if (!positions.has(topic)) positions.set(topic, fromBeginning ? log.base : endOf(log));
      }
      const controller = new AbortController();
      const loops = topics.map((topic) => deliverLoop(group, topic, handle, controller.signal));
      let stopping: Promise<void> | undefined;
      const subscription: Subscription = {
        stop: () =>
          (stopping ??= (async () => {
            controller.abort();
            await Promise.all(loops);
            for (const key of keys) active.delete(key);
            subscriptions.delete(subscription);
          })()),
      };
      subscriptions.add(subscription);
      return subscription;
    },

    async consumerLag(group, topics): Promise<TopicLag[]> {
      const positions = offsets.get(group);
      return topics.map((topic) => {
        const log = logOf(topic);
        const position = Math.max(positions?.get(topic) ?? log.base, log.base);
        return { topic, lag: endOf(log) - position };
      });
    },

    async close() {
      closed = true;
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
    },
  };
}
