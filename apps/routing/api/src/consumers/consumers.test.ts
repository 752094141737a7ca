import { DOCUMENT_EVENTS } from '@lienthong/documents/events';
import { checkConsumerCoverage, checkEventDefinitions } from '@lienthong/events';
import { createIdGenerator, fixedClock } from '@lienthong/kernel';
import { WORKFLOW_EVENTS } from '@lienthong/workflows/events';
import { describe, expect, it } from 'vitest';
import { calendarScheduleSetHandler } from './calendar-schedule-set.consumer.js';
import { documentRegisteredHandler } from './document-registered.consumer.js';
import { dossierReceivedHandler } from './dossier-received.consumer.js';
import { ROUTING_GROUPS } from './groups.js';

describe('routing consumers', () => {
  const clock = fixedClock('2025-09-15T02:00:00Z');
  const handlers = [documentRegisteredHandler({ clock, ids: createIdGenerator(clock) })];
  const dossierHandlers = [dossierReceivedHandler({ clock }), calendarScheduleSetHandler({ clock })];

  it('subscribe to events whose examples parse and survive a JSON envelope', () => {
    expect(checkEventDefinitions(DOCUMENT_EVENTS)).toEqual([]);
    expect(checkEventDefinitions(WORKFLOW_EVENTS)).toEqual([]);
  });

  it('handle every version of the events they subscribe to', () => {
    expect(checkConsumerCoverage({ group: ROUTING_GROUPS.documents, handlers }, DOCUMENT_EVENTS)).toEqual([]);
    expect(checkConsumerCoverage({ group: ROUTING_GROUPS.dossiers, handlers: dossierHandlers }, WORKFLOW_EVENTS)).toEqual([]);
  });
});
