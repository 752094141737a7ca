import type { EventDefinition } from '@lienthong/kernel';
import { isDeepStrictEqual } from 'node:util';
import type { EventHandler } from './consumer.js';
import { createEnvelope, parseEnvelope, parseEventData } from './envelope.js';

const PROBE_META = {
  id: '01990000-0000-7000-8000-000000000000',
  source: '/lienthong/catalogue-check',
  tenant: 'catalogue-check',
  time: new Date('2025-01-01T00:00:00Z'),
};

/**
 * Problems with a set of event definitions, empty when there are none: an example that does not parse, does not
 * survive the trip through a JSON envelope unchanged (a `Date` or `undefined` in it would not), or has an empty
 * aggregate id; two definitions with one type. For each service's "every event's example parses" test.
 */
export function checkEventDefinitions(definitions: readonly EventDefinition[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const definition of definitions) {
    if (seen.has(definition.type)) problems.push(`${definition.type}: defined twice`);
    seen.add(definition.type);
    const example = definition.payload.safeParse(definition.example);
    if (!example.success) {
      problems.push(`${definition.type}: the example does not parse: ${example.error.message}`);
      continue;
    }
    const key = definition.aggregateId(example.data);
    if (typeof key !== 'string' || key === '') {
      problems.push(`${definition.type}: aggregateId(example) is empty`);
      continue;
    }
    try {
      const envelope = createEnvelope(definition, example.data, PROBE_META);
      const received = parseEnvelope(JSON.stringify(envelope));
      if (!received.ok) {
        problems.push(`${definition.type}: its envelope does not parse: ${received.error}`);
        continue;
      }
      const data = parseEventData(definition, received.value);
      if (!data.ok) problems.push(`${definition.type}: the example does not parse after JSON: ${data.error}`);
      else if (!isDeepStrictEqual(data.value, example.data)) {
        problems.push(`${definition.type}: the example changes through JSON (Dates, undefined, Maps are not JSON)`);
      }
    } catch (error) {
      problems.push(`${definition.type}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/**
 * Problems with one consumer against the catalogue of published definitions, empty when there are none: a handled
 * type nobody publishes, or a published version of an event the consumer handles in another version only (it
 * would be dead-lettered as `unsupported_version`). For each service's "consumers handle their versions" test.
 */
export function checkConsumerCoverage(
  consumer: { group: string; handlers: readonly EventHandler[] },
  catalogue: readonly EventDefinition[],
): string[] {
  const problems: string[] = [];
  const published = new Set(catalogue.map((definition) => definition.type));
  const handled = new Set(consumer.handlers.map((handler) => handler.definition.type));
  const names = new Set(consumer.handlers.map((handler) => handler.definition.name));
  for (const type of handled) {
    if (!published.has(type)) problems.push(`${consumer.group}: handles ${type}, which no definition publishes`);
  }
  for (const definition of catalogue) {
    if (names.has(definition.name) && !handled.has(definition.type)) {
      problems.push(`${consumer.group}: subscribes to ${definition.name} but has no handler for ${definition.type}`);
    }
  }
  return problems;
}
