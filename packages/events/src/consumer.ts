import type { Transaction } from '@lienthong/db';
import { systemClock, type Clock, type EventDefinition, type EventPayload } from '@lienthong/kernel';
import type { Logger } from '@lienthong/telemetry';
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { backoffDelay, errorMessage, sleep, type Backoff } from './backoff.js';
import { toDatabase, type DatabaseInput } from './database.js';
import { parseEnvelope, parseEventData, splitEventType, type CloudEvent } from './envelope.js';
import { definedHeaders } from './messages.js';
import type { ConsumeOutcome, EventMetrics } from './metrics.js';
import type { InboxTable } from './tables.js';
import { contextFromTraceparent } from './trace-context.js';
import { deadLetterTopic, HEADERS, type EventTransport, type IncomingMessage } from './transport.js';

/**
 * Applies one event type. `handle` runs inside the transaction that also records the event in the inbox: write
 * through `tx` only, and throw to refuse (the event is retried, then dead-lettered).
 */
export type EventHandler<D extends EventDefinition = EventDefinition> = {
  readonly definition: D;
  handle(tx: Transaction, payload: EventPayload<D>, envelope: CloudEvent<EventPayload<D>>): Promise<void>;
};

/** Types a handler from its definition: `eventHandler(documentRegistered, async (tx, payload) => …)`. */
export function eventHandler<D extends EventDefinition>(
  definition: D,
  handle: (tx: Transaction, payload: EventPayload<D>, envelope: CloudEvent<EventPayload<D>>) => Promise<void>,
): EventHandler<D> {
  return { definition, handle };
}

/** Why an event went to `<topic>.dlq` (the `dlq_reason` header). */
export type DeadLetterReason = 'handler_failed' | 'invalid_payload' | 'invalid_envelope' | 'unsupported_version';

export type ConsumerOptions = {
  database: DatabaseInput;
  inbox: InboxTable;
  /** Consumer group, e.g. `routing.document-registered`: a constant of the service, never a string at a call site. */
  group: string;
  transport: EventTransport;
  handlers: readonly EventHandler[];
  /** Attempts per delivery before dead-lettering: default 5 attempts, 100 ms doubling up to 5 s between them. */
  retry?: Partial<Backoff & { attempts: number }>;
  logger: Logger;
  metrics?: EventMetrics | undefined;
  /** Stamps the inbox's `processed_at`. Default: the system clock. */
  clock?: Clock;
  /** A group with no committed position starts from the oldest retained message. Default true. */
  fromBeginning?: boolean;
};

export type EventConsumer = {
  readonly group: string;
  readonly handlers: readonly EventHandler[];
  /** The logical topics of the handlers' definitions. */
  readonly topics: readonly string[];
  /** Subscribes to the topics of the handlers' definitions. */
  start(): Promise<void>;
  /** Stops after the message in flight; an event interrupted between retries stays unacknowledged. */
  stop(): Promise<void>;
};

const tracer = trace.getTracer('@lienthong/events');

/**
 * An idempotent consumer group. For each message: parse the envelope, pick the handler by `type`, parse the payload,
 * then run the handler and the inbox insert in one transaction.
 * Invariants:
 * - applied at most once per group: an event whose id is already in the inbox is skipped (`duplicate`);
 * - a message is acknowledged only when it was applied, skipped or dead-lettered; if the database or the dead-letter
 *   publish fails it is left unacknowledged and the transport delivers it again;
 * - a payload that fails its schema, or an envelope that is not a CloudEvent, is dead-lettered at once and the
 *   handler never runs; a handler that keeps throwing is dead-lettered after `attempts` tries, with its message;
 * - a type this group does not handle is acknowledged and skipped (`ignored`) unless the group handles another
 *   version of the same event, which is dead-lettered (`unsupported_version`) so it can be replayed after an upgrade;
 * - the handler runs inside a CONSUMER span whose parent is the envelope's `traceparent`.
 */
export function createConsumer(options: ConsumerOptions): EventConsumer {
  const db = toDatabase(options.database);
  const { inbox, group, transport, logger, metrics } = options;
  const clock = options.clock ?? systemClock;
  const attempts = Math.max(1, options.retry?.attempts ?? 5);
  const backoff: Backoff = {
    initialDelayMs: options.retry?.initialDelayMs ?? 100,
    maxDelayMs: options.retry?.maxDelayMs ?? 5_000,
  };
  const byType = new Map<string, EventHandler>();
  for (const handler of options.handlers) {
    if (byType.has(handler.definition.type)) {
      throw new Error(`Consumer ${group}: two handlers for ${handler.definition.type}`);
    }
    byType.set(handler.definition.type, handler);
  }
  const handledNames = new Set(options.handlers.map((handler) => handler.definition.name));
  const topics = [...new Set(options.handlers.map((handler) => handler.definition.topic))];

  let stopper = new AbortController();
  let subscription: { stop(): Promise<void> } | undefined;
  let untrack: (() => void) | undefined;

  const finish = (type: string, outcome: ConsumeOutcome) => metrics?.consumed(group, type, outcome);

  async function deadLetter(
    message: IncomingMessage,
    reason: DeadLetterReason,
    error: string,
    tries: number,
    type: string,
  ): Promise<void> {
    await transport.publish([
      {
        topic: deadLetterTopic(message.topic),
        key: message.key ?? '',
        value: message.value,
        headers: {
          ...definedHeaders(message.headers),
          [HEADERS.dlqReason]: reason,
          [HEADERS.dlqError]: error.slice(0, 4_000),
          [HEADERS.dlqAttempts]: String(tries),
          [HEADERS.dlqOriginalTopic]: message.topic,
          [HEADERS.dlqGroup]: group,
          [HEADERS.dlqFailedAt]: clock.now().toISOString(),
        },
      },
    ]);
    metrics?.deadLettered(group, message.topic);
    finish(type, 'dead_lettered');
    logger.error(
      { group, topic: message.topic, offset: message.offset, type, reason, attempts: tries, err: error },
      'event dead-lettered',
    );
  }

  /** Handler + inbox in one transaction; `duplicate` when the inbox already has the event. */
  async function applyOnce(
    handler: EventHandler,
    payload: unknown,
    envelope: CloudEvent<unknown>,
  ): Promise<'applied' | 'duplicate'> {
    return db.transaction(async (tx) => {
      const inserted = await tx
        .insert(inbox)
        .values({ consumerGroup: group, eventId: envelope.id, type: envelope.type, processedAt: clock.now() })
        .onConflictDoNothing()
        .returning({ eventId: inbox.eventId });
      if (inserted.length === 0) return 'duplicate';
      // Errors before this point are the database's (redelivered by the transport); from here on, the handler's.
      try {
        await handler.handle(tx, payload, envelope);
      } catch (error) {
        throw new HandlerError(error);
      }
      return 'applied';
    });
  }

  async function handleMessage(message: IncomingMessage): Promise<void> {
    const parsed = parseEnvelope(message.value);
    if (!parsed.ok) {
      await deadLetter(message, 'invalid_envelope', parsed.error, 0, message.headers[HEADERS.type] ?? 'unknown');
      return;
    }
    const envelope = parsed.value;
    const handler = byType.get(envelope.type);
    if (!handler) {
      const name = splitEventType(envelope.type)?.name;
      if (name !== undefined && handledNames.has(name)) {
        const handled = options.handlers.filter((h) => h.definition.name === name).map((h) => h.definition.type);
        const error = `${group} handles ${handled.join(', ')}, not ${envelope.type}`;
        await deadLetter(message, 'unsupported_version', error, 0, envelope.type);
        return;
      }
      logger.debug({ group, type: envelope.type, id: envelope.id }, 'event type not handled by this group: skipped');
      finish(envelope.type, 'ignored');
      return;
    }
    const payload = parseEventData(handler.definition, envelope);
    if (!payload.ok) {
      await deadLetter(message, 'invalid_payload', payload.error, 0, envelope.type);
      return;
    }

    const parent = contextFromTraceparent(envelope.traceparent ?? message.headers[HEADERS.traceparent]);
    const outcome = await tracer.startActiveSpan(
      `${message.topic} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': transport.kind === 'kafka' ? 'kafka' : 'in-process',
          'messaging.operation.type': 'process',
          'messaging.destination.name': message.topic,
          'messaging.consumer.group.name': group,
          'messaging.message.id': envelope.id,
          'cloudevents.event_id': envelope.id,
          'cloudevents.event_type': envelope.type,
          'lienthong.tenant': envelope.tenant,
        },
      },
      parent,
      (span) => attemptAll(span, message, handler, payload.value, envelope),
    );
    finish(envelope.type, outcome);
  }

  async function attemptAll(
    span: Span,
    message: IncomingMessage,
    handler: EventHandler,
    payload: unknown,
    envelope: CloudEvent<unknown>,
  ): Promise<ConsumeOutcome> {
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const result = await applyOnce(handler, payload, envelope);
          span.setAttribute('lienthong.outcome', result);
          if (result === 'duplicate') logger.debug({ group, id: envelope.id }, 'event already applied: skipped');
          return result;
        } catch (error) {
          if (!(error instanceof HandlerError)) throw error;
          const reason = errorMessage(error.cause);
          span.addEvent('handler failed', { attempt, 'exception.message': reason });
          if (attempt >= attempts) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: reason });
            await deadLetter(message, 'handler_failed', reason, attempt, envelope.type);
            return 'dead_lettered';
          }
          const delayMs = backoffDelay(backoff, attempt);
          logger.warn({ group, type: envelope.type, id: envelope.id, attempt, delayMs, err: reason }, 'handler failed');
          await sleep(delayMs, stopper.signal);
          if (stopper.signal.aborted) throw new Error(`Consumer ${group} is stopping`);
          await message.heartbeat();
        }
      }
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage(error) });
      throw error;
    } finally {
      span.end();
    }
  }

  return {
    group,
    handlers: options.handlers,
    topics,
    async start() {
      if (subscription) return;
      stopper = new AbortController();
      subscription = await transport.subscribe({
        group,
        topics,
        fromBeginning: options.fromBeginning ?? true,
        handle: async (message) => {
          try {
            await handleMessage(message);
          } catch (error) {
            logger.error(
              { group, topic: message.topic, offset: message.offset, err: errorMessage(error) },
              'event not processed: it will be delivered again',
            );
            throw error;
          }
        },
      });
      const lag = transport.consumerLag?.bind(transport);
      if (metrics && lag) untrack = metrics.trackConsumer(group, () => lag(group, topics));
      logger.info({ group, topics, transport: transport.kind }, 'consumer started');
    },
    async stop() {
      stopper.abort();
      untrack?.();
      untrack = undefined;
      const current = subscription;
      subscription = undefined;
      await current?.stop();
    },
  };
}

/** Marks an error thrown by a handler (as opposed to the database or the transport). */
class HandlerError extends Error {
  constructor(cause: unknown) {
    super(errorMessage(cause), { cause });
    this.name = 'HandlerError';
  }
}
