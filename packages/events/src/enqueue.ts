import type { Database, Transaction } from '@lienthong/db';
import type { EventDefinition, EventPayload } from '@lienthong/kernel';
import { createEnvelope, type CloudEvent, type EnvelopeMeta } from './envelope.js';
import type { OutboxTable } from './tables.js';
import { activeTraceparent } from './trace-context.js';

/**
 * Writes one event into the outbox inside the caller's transaction, so it is published if and only if the state
 * change it announces commits. `meta.traceparent` defaults to the active OpenTelemetry span; `meta.subject` to the
 * aggregate id. Returns the envelope. Throws when the payload does not match the definition (a bug).
 */
export async function enqueue<D extends EventDefinition>(
  tx: Transaction | Database,
  outbox: OutboxTable,
  definition: D,
  payload: EventPayload<D>,
  meta: EnvelopeMeta,
): Promise<CloudEvent<EventPayload<D>>> {
  const envelope = createEnvelope(definition, payload, {
    ...meta,
    traceparent: meta.traceparent ?? activeTraceparent(),
  });
  await tx.insert(outbox).values({
    id: envelope.id,
    topic: definition.topic,
    key: definition.aggregateId(envelope.data),
    type: envelope.type,
    envelope,
    createdAt: meta.time,
  });
  return envelope;
}
