import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from './event.js';

const payload = z.object({ documentId: z.string(), subject: z.string().min(1) });

describe('defineEvent', () => {
  it('derives the versioned CloudEvents type and keeps the example', () => {
    const registered = defineEvent({
      name: 'vn.lienthong.document.registered',
      version: 1,
      topic: 'documents',
      payload,
      example: { documentId: 'd1', subject: 'Về việc…' },
      aggregateId: (p) => p.documentId,
      description: 'An incoming document was registered',
    });
    expect(registered.type).toBe('vn.lienthong.document.registered.v1');
    expect(registered.aggregateId(registered.example)).toBe('d1');
  });

  it('refuses a badly named event, a bad version and an example that does not parse', () => {
    const base = {
      version: 1,
      topic: 'documents' as const,
      payload,
      example: { documentId: 'd1', subject: 'x' },
      aggregateId: (p: { documentId: string }) => p.documentId,
      description: '',
    };
    expect(() => defineEvent({ ...base, name: 'DocumentRegistered' })).toThrow(/must look like/);
    expect(() => defineEvent({ ...base, name: 'vn.lienthong.document.registered', version: 0 })).toThrow(/version/);
    expect(() =>
      defineEvent({ ...base, name: 'vn.lienthong.document.registered', example: { documentId: 'd1', subject: '' } }),
    ).toThrow(/example/);
  });
});
