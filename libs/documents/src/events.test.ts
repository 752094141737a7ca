import { describe, expect, it } from 'vitest';
import { DOCUMENT_EVENTS, documentRegistered } from './events.js';

describe('document events', () => {
  it('parse their own examples and use the documents topic', () => {
    for (const event of DOCUMENT_EVENTS) {
      expect(event.payload.safeParse(event.example).success).toBe(true);
      expect(event.topic).toBe('documents');
    }
    expect(documentRegistered.type).toBe('vn.lienthong.document.registered.v1');
  });

  it('refuse a registration without its unit', () => {
    const { orgId: _orgId, ...withoutUnit } = documentRegistered.example;
    expect(documentRegistered.payload.safeParse(withoutUnit).success).toBe(false);
  });
});
