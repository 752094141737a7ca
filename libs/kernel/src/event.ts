import type { z } from 'zod';

/** Aggregate topics of design §5; one document's events share a key and so stay in order. */
export const EVENT_TOPICS = ['documents', 'assignments', 'dispatches', 'signatures', 'meetings', 'dossiers', 'archive'] as const;
export type EventTopic = (typeof EVENT_TOPICS)[number];

/**
 * One versioned event type owned by a domain library. `type` is the CloudEvents type, e.g.
 * `vn.lienthong.document.registered.v1`: `name` plus the version.
 */
export type EventDefinition<Name extends string = string, Payload extends z.ZodType = z.ZodType> = {
  readonly name: Name;
  readonly version: number;
  readonly type: `${Name}.v${number}`;
  readonly topic: EventTopic;
  readonly payload: Payload;
  readonly example: z.output<Payload>;
  /** The aggregate the event belongs to; the transport uses it as the partition key. */
  readonly aggregateId: (payload: z.output<Payload>) => string;
  readonly description: string;
};

export type EventPayload<D extends EventDefinition> = z.output<D['payload']>;

const NAME_PATTERN = /^vn\.lienthong\.[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;

/**
 * Defines an event. Throws (a bug, not a rule violation) when the name does not follow
 * `vn.lienthong.<domain>.<past-verb>`, the version is not a positive integer, or the example does not parse.
 */
export function defineEvent<const Name extends string, Payload extends z.ZodType>(definition: {
  name: Name;
  version: number;
  topic: EventTopic;
  payload: Payload;
  example: z.output<Payload>;
  aggregateId: (payload: z.output<Payload>) => string;
  description: string;
}): EventDefinition<Name, Payload> {
  if (!NAME_PATTERN.test(definition.name)) {
    throw new Error(`Event name "${definition.name}" must look like vn.lienthong.<domain>.<past-verb>`);
  }
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    throw new Error(`Event ${definition.name}: version must be a positive integer`);
  }
  const parsed = definition.payload.safeParse(definition.example);
  if (!parsed.success) {
    throw new Error(`Event ${definition.name}: its example does not match its payload schema: ${parsed.error.message}`);
  }
  return { ...definition, type: `${definition.name}.v${definition.version}` as `${Name}.v${number}` };
}
