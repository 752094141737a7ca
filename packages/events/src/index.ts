export {
  createEnvelope,
  parseEnvelope,
  parseEventData,
  splitEventType,
  TRACEPARENT_PATTERN,
  type CloudEvent,
  type EnvelopeMeta,
} from './envelope.js';
export { outboxTable, inboxTable, type OutboxTable, type InboxTable, type OutboxRow } from './tables.js';
export { enqueue } from './enqueue.js';
export { startOutboxRelay, pruneOutbox, type OutboxRelay, type OutboxRelayOptions } from './relay.js';
export {
  createConsumer,
  eventHandler,
  type ConsumerOptions,
  type DeadLetterReason,
  type EventConsumer,
  type EventHandler,
} from './consumer.js';
export { replayDeadLetters, replayGroupName, type ReplayOptions, type ReplayResult } from './replay.js';
export {
  deadLetterTopic,
  HEADERS,
  type EventTransport,
  type IncomingMessage,
  type OutgoingMessage,
  type SubscribeOptions,
  type Subscription,
  type TopicLag,
} from './transport.js';
export { createInProcessTransport, type InProcessTransportOptions } from './in-process-transport.js';
export { createEventMetrics, type ConsumeOutcome, type EventMetrics } from './metrics.js';
export { activeTraceparent, contextFromTraceparent } from './trace-context.js';
export { checkEventDefinitions, checkConsumerCoverage } from './catalogue.js';
export type { Backoff } from './backoff.js';
export type { DatabaseInput } from './database.js';
export { kafkaEnv } from './env.js';
