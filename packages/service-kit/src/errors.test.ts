import { DOMAIN_ERROR_KINDS, err, ok } from '@lienthong/kernel';
import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { DOMAIN_KIND_TO_HTTP, DOMAIN_KIND_TO_TRPC, unwrap } from './errors.js';
import { sampleErrors } from './test-fixtures/sample-service.js';

describe('DOMAIN_KIND_TO_TRPC', () => {
  it('maps every domain error kind to exactly one tRPC code', () => {
    expect(Object.keys(DOMAIN_KIND_TO_TRPC).sort()).toEqual([...DOMAIN_ERROR_KINDS].sort());
    expect(DOMAIN_KIND_TO_TRPC).toEqual({
      invalid: 'BAD_REQUEST',
      not_found: 'NOT_FOUND',
      conflict: 'CONFLICT',
      forbidden: 'FORBIDDEN',
      unauthenticated: 'UNAUTHORIZED',
    });
  });
});

describe('DOMAIN_KIND_TO_HTTP', () => {
  it('gives plain HTTP routes the status tRPC gives procedures, for every kind', () => {
    for (const kind of DOMAIN_ERROR_KINDS) {
      const status = getHTTPStatusCodeFromError(new TRPCError({ code: DOMAIN_KIND_TO_TRPC[kind] }));
      expect(DOMAIN_KIND_TO_HTTP[kind]).toBe(status);
    }
  });
});

describe('unwrap', () => {
  it('returns the value of a successful result', () => {
    expect(unwrap(ok({ id: 'd-1' }))).toEqual({ id: 'd-1' });
  });

  it('throws the domain error of a failed result itself', () => {
    const error = sampleErrors('DOCUMENT_NOT_FOUND', { documentId: 'd-9' });
    expect(() => unwrap(err(error))).toThrow(error);
  });
});
