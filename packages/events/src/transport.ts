/** A message handed to a transport: the JSON envelope, keyed by aggregate id so one aggregate's events stay in order. */
export type OutgoingMessage = {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
};

/** A message delivered to a subscriber. `topic` is the logical topic (without any transport prefix). */
export type IncomingMessage = {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string | undefined>;
  /** Tells the broker this consumer is alive during long processing (a no-op in process). */
  heartbeat(): Promise<void>;
};

export type SubscribeOptions = {
  group: string;
  topics: readonly string[];
  /**
   * Called once per message, one message at a time per subscription. Resolving acknowledges the message (its
   * offset is committed after `handle` returns); rejecting leaves it uncommitted, and it is delivered again.
   */
  handle(message: IncomingMessage): Promise<void>;
  /** Where a group with no committed position starts: the oldest retained message (true) or new ones (false). */
  fromBeginning?: boolean;
};

export type Subscription = { stop(): Promise<void> };

/** Messages a group has not yet consumed, per topic. */
export type TopicLag = { topic: string; lag: number };

/**
 * Moves envelopes between services: in process (`createInProcessTransport`) or over Kafka
 * (`createKafkaTransport` from `@lienthong/events/kafka`).
 * Invariants: at-least-once; a message is acknowledged only after `handle` resolved; messages with one key are
 * delivered in publication order within a group.
 */
export interface EventTransport {
  readonly kind: 'in-process' | 'kafka';
  /** Resolves once every message is stored by the transport (for Kafka: acknowledged by all in-sync replicas). */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Unconsumed messages of `group` per topic, for the `events_consumer_lag` gauge. */
  consumerLag?(group: string, topics: readonly string[]): Promise<TopicLag[]>;
  close(): Promise<void>;
}

/** The dead-letter topic of `topic`. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Header names written by the relay and the consumer (CloudEvents attributes are duplicated for tooling). */
export const HEADERS = {
  id: 'ce_id',
  type: 'ce_type',
  tenant: 'tenant',
  traceparent: 'traceparent',
  contentType: 'content-type',
  dlqError: 'dlq_error',
  dlqReason: 'dlq_reason',
  dlqAttempts: 'dlq_attempts',
  dlqOriginalTopic: 'dlq_original_topic',
  dlqGroup: 'dlq_group',
  dlqFailedAt: 'dlq_failed_at',
} as const;
