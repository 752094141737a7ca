import { defineEvent } from '@lienthong/kernel';
import { z } from 'zod';

/** v1 of the fixture event: a pretend document was registered; `sequence` orders one document's events. */
export const fixtureDocumentRegistered = defineEvent({
  name: 'vn.lienthong.fixture-document.registered',
  version: 1,
  topic: 'documents',
  description: 'Fixture: a document was registered (tests of @lienthong/events only)',
  payload: z.object({
    documentId: z.uuid(),
    subject: z.string().min(1),
    sequence: z.number().int().min(0),
  }),
  example: { documentId: '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9d', subject: 'Công văn số 12/UBND', sequence: 0 },
  aggregateId: (payload) => payload.documentId,
});

/** v2 of the same event (adds `urgent`): a consumer that handles only v1 must not silently drop it. */
export const fixtureDocumentRegisteredV2 = defineEvent({
  name: 'vn.lienthong.fixture-document.registered',
  version: 2,
  topic: 'documents',
  description: 'Fixture: a document was registered, with urgency (tests of @lienthong/events only)',
  payload: z.object({
    documentId: z.uuid(),
    subject: z.string().min(1),
    sequence: z.number().int().min(0),
    urgent: z.boolean(),
  }),
  example: {
    documentId: '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9d',
    subject: 'Công văn hỏa tốc',
    sequence: 0,
    urgent: true,
  },
  aggregateId: (payload) => payload.documentId,
});

/** Another event on the same topic, which the fixture consumers do not handle. */
export const fixtureDocumentArchived = defineEvent({
  name: 'vn.lienthong.fixture-document.archived',
  version: 1,
  topic: 'documents',
  description: 'Fixture: a document was archived (tests of @lienthong/events only)',
  payload: z.object({ documentId: z.uuid() }),
  example: { documentId: '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9d' },
  aggregateId: (payload) => payload.documentId,
});

export const FIXTURE_EVENTS = [fixtureDocumentRegistered, fixtureDocumentRegisteredV2, fixtureDocumentArchived] as const;
