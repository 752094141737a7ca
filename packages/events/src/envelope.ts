import { err, ok, type EventDefinition, type EventPayload, type Result } from '@lienthong/kernel';
import { z } from 'zod';

/**
 * A CloudEvents 1.0 event in structured JSON form, plus the `tenant` (organisation id) and W3C `traceparent`
 * extension attributes (architecture §5). `type` is the versioned type, e.g. `vn.lienthong.document.registered.v1`.
 */
export type CloudEvent<Data = unknown> = {
  specversion: '1.0';
  /** The event id (UUID v7): the outbox primary key and the consumers' idempotency key. */
  id: string;
  /** Who produced it, e.g. `/services/intake`. */
  source: string;
  type: string;
  /** The aggregate the event is about; defaults to the definition's `aggregateId(payload)`. */
  subject?: string;
  /** ISO 8601 instant. */
  time: string;
  datacontenttype: 'application/json';
  /** Organisation id the event belongs to, e.g. `th-ubnd-tinh`. */
  tenant: string;
  /** W3C trace context of the span that enqueued the event. */
  traceparent?: string;
  data: Data;
};

/** What the producer knows besides the payload; `time` comes from its Clock, `id` from its id generator. */
export type EnvelopeMeta = {
  id: string;
  source: string;
  tenant: string;
  time: Date;
  subject?: string | undefined;
  traceparent?: string | undefined;
};

/** `00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`. */
export const TRACEPARENT_PATTERN = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

const CloudEventSchema = z
  .object({
    specversion: z.literal('1.0'),
    id: z.uuid(),
    source: z.string().min(1),
    type: z.string().regex(/^[a-z][a-z0-9.-]*\.v[1-9][0-9]*$/, 'type must end with .v<version>'),
    subject: z.string().min(1).optional(),
    time: z.iso.datetime({ offset: true }),
    datacontenttype: z.literal('application/json'),
    tenant: z.string().min(1),
    traceparent: z.string().regex(TRACEPARENT_PATTERN).optional(),
    data: z.unknown(),
  })
  .refine((value) => value.data !== undefined, { message: 'data is required', path: ['data'] });

/**
 * Builds the envelope of one event. The payload is parsed with the definition's schema, so `data` is exactly what
 * consumers will parse. Throws (a bug in the caller, not a rule violation) when the payload does not match.
 */
export function createEnvelope<D extends EventDefinition>(
  definition: D,
  payload: EventPayload<D>,
  meta: EnvelopeMeta,
): CloudEvent<EventPayload<D>> {
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success) {
    throw new Error(`Event ${definition.type}: the payload does not match its schema: ${z.prettifyError(parsed.error)}`);
  }
  const data = parsed.data as EventPayload<D>;
  const envelope: CloudEvent<EventPayload<D>> = {
    specversion: '1.0',
    id: meta.id,
    source: meta.source,
    type: definition.type,
    subject: meta.subject ?? definition.aggregateId(data),
    time: meta.time.toISOString(),
    datacontenttype: 'application/json',
    tenant: meta.tenant,
    data,
  };
  if (meta.traceparent !== undefined) envelope.traceparent = meta.traceparent;
  const checked = CloudEventSchema.safeParse(envelope);
  if (!checked.success) {
    throw new Error(`Event ${definition.type}: invalid envelope attributes: ${z.prettifyError(checked.error)}`);
  }
  return envelope;
}

/**
 * Reads an envelope from a transport: a JSON string, bytes or an already parsed object. Checks the CloudEvents
 * attributes only; `data` is checked against the event's schema by `parseEventData`.
 */
export function parseEnvelope(value: unknown): Result<CloudEvent<unknown>, string> {
  let candidate = value;
  if (typeof value === 'string' || value instanceof Uint8Array) {
    const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
    try {
      candidate = JSON.parse(text);
    } catch (error) {
      return err(`the message is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const parsed = CloudEventSchema.safeParse(candidate);
  if (!parsed.success) return err(`the message is not a CloudEvent: ${z.prettifyError(parsed.error)}`);
  return ok(parsed.data as CloudEvent<unknown>);
}

/** Parses an envelope's `data` with the definition's schema; the error is zod's readable message. */
export function parseEventData<D extends EventDefinition>(
  definition: D,
  envelope: CloudEvent<unknown>,
): Result<EventPayload<D>, string> {
  const parsed = definition.payload.safeParse(envelope.data);
  if (!parsed.success) return err(z.prettifyError(parsed.error));
  return ok(parsed.data as EventPayload<D>);
}

/** `vn.lienthong.document.registered.v1` → `{ name: 'vn.lienthong.document.registered', version: 1 }`. */
export function splitEventType(type: string): { name: string; version: number } | undefined {
  const match = /^(.+)\.v([1-9][0-9]*)$/.exec(type);
  if (!match?.[1] || !match[2]) return undefined;
  return { name: match[1], version: Number(match[2]) };
}
