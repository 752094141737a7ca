import { DOCUMENT_EVENTS } from '@lienthong/documents/events';
import { checkConsumerCoverage, checkEventDefinitions } from '@lienthong/events';
import { createIdGenerator, fixedClock } from '@lienthong/kernel';
import { describe, expect, it } from 'vitest';
import { documentRegisteredHandler } from './document-registered.consumer.js';
import { ROUTING_GROUPS } from './groups.js';

describe('routing consumers', () => {
  const clock = fixedClock('2025-09-15T02:00:00Z');
  const handlers = [documentRegisteredHandler({ clock, ids: createIdGenerator(clock) })];

  it('subscribe to events whose examples parse and survive a JSON envelope', () => {
    expect(checkEventDefinitions(DOCUMENT_EVENTS)).toEqual([]);
  });

  it('handle every version of the events they subscribe to', () => {
    expect(checkConsumerCoverage({ group: ROUTING_GROUPS.documents, handlers }, DOCUMENT_EVENTS)).toEqual([]);
  });
});
