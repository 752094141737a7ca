import { defineEvent } from '@lienthong/kernel';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkConsumerCoverage, checkEventDefinitions } from './catalogue.js';
import { eventHandler } from './consumer.js';
import {
  FIXTURE_EVENTS,
  fixtureDocumentRegistered,
  fixtureDocumentRegisteredV2,
} from './testing/fixture-events.js';

const noop = async () => undefined;

describe('checkEventDefinitions', () => {
  it('finds nothing wrong with the fixture events: every example parses through a JSON envelope', () => {
    expect(checkEventDefinitions(FIXTURE_EVENTS)).toEqual([]);
  });

  it('reports an example that does not survive JSON (a Date)', () => {
    const withDate = defineEvent({
      name: 'vn.lienthong.fixture-document.dated',
      version: 1,
      topic: 'documents',
      description: 'has a Date',
      payload: z.object({ documentId: z.string(), at: z.date() }),
      example: { documentId: 'd-1', at: new Date('2025-01-01T00:00:00Z') },
      aggregateId: (payload) => payload.documentId,
    });
    expect(checkEventDefinitions([withDate])).toEqual([
      expect.stringMatching(/^vn\.lienthong\.fixture-document\.dated\.v1: the example does not parse after JSON/),
    ]);
  });

  it('reports a type defined twice and an empty aggregate id', () => {
    const emptyKey = defineEvent({
      name: 'vn.lienthong.fixture-document.keyless',
      version: 1,
      topic: 'documents',
      description: 'no key',
      payload: z.object({ documentId: z.string() }),
      example: { documentId: '' },
      aggregateId: (payload) => payload.documentId,
    });
    expect(checkEventDefinitions([fixtureDocumentRegistered, fixtureDocumentRegistered, emptyKey])).toEqual([
      'vn.lienthong.fixture-document.registered.v1: defined twice',
      'vn.lienthong.fixture-document.keyless.v1: aggregateId(example) is empty',
    ]);
  });
});

describe('checkConsumerCoverage', () => {
  it('accepts a consumer that handles every published version of the events it subscribes to', () => {
    const consumer = {
      group: 'routing.documents',
      handlers: [eventHandler(fixtureDocumentRegistered, noop), eventHandler(fixtureDocumentRegisteredV2, noop)],
    };
    expect(checkConsumerCoverage(consumer, FIXTURE_EVENTS)).toEqual([]);
  });

  it('reports a published version the consumer has no handler for, and a handled type nobody publishes', () => {
    const consumer = { group: 'routing.documents', handlers: [eventHandler(fixtureDocumentRegistered, noop)] };
    expect(checkConsumerCoverage(consumer, FIXTURE_EVENTS)).toEqual([
      'routing.documents: subscribes to vn.lienthong.fixture-document.registered but has no handler for ' +
        'vn.lienthong.fixture-document.registered.v2',
    ]);
    expect(checkConsumerCoverage(consumer, [fixtureDocumentRegisteredV2])).toContain(
      'routing.documents: handles vn.lienthong.fixture-document.registered.v1, which no definition publishes',
    );
  });
});
