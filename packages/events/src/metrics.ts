import { Counter, Gauge, type Registry } from 'prom-client';

/** Outcome label of `events_consumed_total`. */
export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead_lettered';

/**
 * The event metrics of one registry. Gauges are computed when the registry is scraped, from the sources relays and
 * consumers register while they run.
 */
export type EventMetrics = {
  published(outbox: string, topic: string, count: number): void;
  publishFailed(outbox: string): void;
  consumed(group: string, type: string, outcome: ConsumeOutcome): void;
  deadLettered(group: string, topic: string): void;
  /** Registers a backlog source; returns its unregister function. */
  trackOutbox(outbox: string, backlog: () => Promise<number>): () => void;
  /** Registers a lag source for one consumer group; returns its unregister function. */
  trackConsumer(group: string, lag: () => Promise<{ topic: string; lag: number }[]>): () => void;
};

const byRegistry = new WeakMap<Registry, EventMetrics>();

/**
 * The event metrics registered on `registry` (e.g. service-kit's `server.metricsRegistry`): `events_outbox_backlog
 * {outbox}`, `events_published_total{outbox,topic}`, `events_publish_failures_total{outbox}`,
 * `events_consumed_total{group,type,outcome}`, `events_dead_letters_total{group,topic}` and
 * `events_consumer_lag{group,topic}`.
 * Invariant: idempotent per registry, so every relay and consumer of a process shares one set of metrics.
 */
export function createEventMetrics(registry: Registry): EventMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;

  const outboxes = new Map<string, () => Promise<number>>();
  const consumers = new Map<string, () => Promise<{ topic: string; lag: number }[]>>();

  new Gauge({
    name: 'events_outbox_backlog',
    help: 'Outbox rows not yet published, per outbox (service schema).',
    labelNames: ['outbox'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [outbox, backlog] of outboxes) {
        // A database that cannot answer leaves the sample out rather than failing the whole scrape.
        const value = await backlog().catch(() => undefined);
        if (value !== undefined) this.set({ outbox }, value);
      }
    },
  });
  new Gauge({
    name: 'events_consumer_lag',
    help: 'Messages a consumer group has not yet consumed, per topic.',
    labelNames: ['group', 'topic'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [group, lag] of consumers) {
        const topics = await lag().catch(() => []);
        for (const { topic, lag: value } of topics) this.set({ group, topic }, value);
      }
    },
  });
  const published = new Counter({
    name: 'events_published_total',
    help: 'Events the outbox relay handed to the transport.',
    labelNames: ['outbox', 'topic'],
    registers: [registry],
  });
  const publishFailures = new Counter({
    name: 'events_publish_failures_total',
    help: 'Relay batches the transport refused (they stay in the outbox and are retried).',
    labelNames: ['outbox'],
    registers: [registry],
  });
  const consumed = new Counter({
    name: 'events_consumed_total',
    help: 'Events a consumer group finished with, by type and outcome (applied, duplicate, ignored, dead_lettered).',
    labelNames: ['group', 'type', 'outcome'],
    registers: [registry],
  });
  const deadLetters = new Counter({
    name: 'events_dead_letters_total',
    help: 'Events a consumer group sent to <topic>.dlq.',
    labelNames: ['group', 'topic'],
    registers: [registry],
  });

  const metrics: EventMetrics = {
    published: (outbox, topic, count) => published.inc({ outbox, topic }, count),
    publishFailed: (outbox) => publishFailures.inc({ outbox }),
    consumed: (group, type, outcome) => consumed.inc({ group, type, outcome }),
    deadLettered: (group, topic) => deadLetters.inc({ group, topic }),
    trackOutbox: (outbox, backlog) => {
      outboxes.set(outbox, backlog);
      return () => {
        if (outboxes.get(outbox) === backlog) outboxes.delete(outbox);
      };
    },
    trackConsumer: (group, lag) => {
      consumers.set(group, lag);
      return () => {
        if (consumers.get(group) === lag) consumers.delete(group);
      };
    },
  };
  byRegistry.set(registry, metrics);
  return metrics;
}
