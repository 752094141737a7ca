import type { CloudEvent } from './envelope.js';
import { HEADERS, type OutgoingMessage } from './transport.js';

/** The transport message of an envelope: structured-mode JSON value, attributes repeated as headers. */
export function toOutgoingMessage(topic: string, key: string, envelope: CloudEvent<unknown>): OutgoingMessage {
  const headers: Record<string, string> = {
    [HEADERS.id]: envelope.id,
    [HEADERS.type]: envelope.type,
    [HEADERS.tenant]: envelope.tenant,
    [HEADERS.contentType]: 'application/cloudevents+json',
  };
  if (envelope.traceparent !== undefined) headers[HEADERS.traceparent] = envelope.traceparent;
  return { topic, key, value: JSON.stringify(envelope), headers };
}

/** Headers without `undefined` values. */
export function definedHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) result[name] = value;
  return result;
}
