import { describe, expect, it } from 'vitest';
import { createEnvelope, parseEnvelope, parseEventData, splitEventType } from './envelope.js';
import { fixtureDocumentRegistered } from './testing/fixture-events.js';

const META = {
  id: '01990f2a-8b7c-7d10-9a3e-000000000001',
  source: '/services/intake',
  tenant: 'th-ubnd-tinh',
  time: new Date('2026-03-02T08:00:00Z'),
};
const PAYLOAD = { documentId: '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9d', subject: 'Công văn số 5', sequence: 1 };

describe('createEnvelope', () => {
  it('builds CloudEvents 1.0 attributes with tenant, versioned type and the aggregate id as subject', () => {
    const envelope = createEnvelope(fixtureDocumentRegistered, PAYLOAD, META);
    expect(envelope).toEqual({
      specversion: '1.0',
      id: META.id,
      source: '/services/intake',
      type: 'vn.lienthong.fixture-document.registered.v1',
      subject: PAYLOAD.documentId,
      time: '2026-03-02T08:00:00.000Z',
      datacontenttype: 'application/json',
      tenant: 'th-ubnd-tinh',
      data: PAYLOAD,
    });
  });

  it('keeps an explicit subject and traceparent', () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const envelope = createEnvelope(fixtureDocumentRegistered, PAYLOAD, { ...META, subject: 'khác', traceparent });
    expect(envelope.subject).toBe('khác');
    expect(envelope.traceparent).toBe(traceparent);
  });

  it('throws when the payload does not match the definition (a bug in the caller)', () => {
    const bad = { ...PAYLOAD, sequence: -1 };
    expect(() => createEnvelope(fixtureDocumentRegistered, bad, META)).toThrow(/does not match its schema/);
  });

  it('throws on a malformed traceparent or an id that is not a UUID', () => {
    expect(() => createEnvelope(fixtureDocumentRegistered, PAYLOAD, { ...META, traceparent: 'nope' })).toThrow(
      /traceparent/,
    );
    expect(() => createEnvelope(fixtureDocumentRegistered, PAYLOAD, { ...META, id: '42' })).toThrow(/id/);
  });
});

describe('parseEnvelope', () => {
  const envelope = createEnvelope(fixtureDocumentRegistered, PAYLOAD, META);

  it('reads back what createEnvelope wrote, from JSON text or bytes', () => {
    const text = JSON.stringify(envelope);
    expect(parseEnvelope(text)).toEqual({ ok: true, value: envelope });
    expect(parseEnvelope(Buffer.from(text))).toEqual({ ok: true, value: envelope });
  });

  it('rejects text that is not JSON', () => {
    const result = parseEnvelope('{not json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/not JSON/);
  });

  it('rejects an object without the CloudEvents attributes, naming what is wrong', () => {
    const { tenant: _tenant, ...withoutTenant } = envelope;
    const result = parseEnvelope(withoutTenant);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/tenant/);
    expect(parseEnvelope({ ...envelope, specversion: '0.3' }).ok).toBe(false);
    const { data: _data, ...withoutData } = envelope;
    expect(parseEnvelope(withoutData).ok).toBe(false);
  });
});

describe('parseEventData', () => {
  it('returns the payload parsed by the definition, or zod’s message naming the field', () => {
    const envelope = createEnvelope(fixtureDocumentRegistered, PAYLOAD, META);
    expect(parseEventData(fixtureDocumentRegistered, envelope)).toEqual({ ok: true, value: PAYLOAD });
    const broken = parseEventData(fixtureDocumentRegistered, { ...envelope, data: { ...PAYLOAD, subject: 42 } });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(/subject/);
  });
});

describe('splitEventType', () => {
  it('separates the event name from its version', () => {
    expect(splitEventType('vn.lienthong.document.registered.v12')).toEqual({
      name: 'vn.lienthong.document.registered',
      version: 12,
    });
    expect(splitEventType('vn.lienthong.document.registered')).toBeUndefined();
  });
});
