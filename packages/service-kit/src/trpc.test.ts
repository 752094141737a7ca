import { DOMAIN_ERROR_KINDS, isDomainError } from '@lienthong/kernel';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DOMAIN_KIND_TO_TRPC } from './errors.js';
import { createSampleApi, sampleErrors, type SampleContext } from './test-fixtures/sample-service.js';
import { createServiceTRPC } from './trpc.js';

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe('createServiceTRPC', () => {
  const { router, publicProcedure, middleware, createCallerFactory, mergeRouters } = createServiceTRPC<SampleContext>();

  it.each(DOMAIN_ERROR_KINDS)(
    'turns a %s domain error into its mapped tRPC code, keeping it as the cause',
    async (kind) => {
      const { api } = createSampleApi();
      const caller = createCallerFactory(api.router)({ caller: undefined });
      const error = await rejection(caller.documents.get({ kind, documentId: 'd-7' }));
      expect(error.code).toBe(DOMAIN_KIND_TO_TRPC[kind]);
      expect(isDomainError(error.cause)).toBe(true);
      expect(error.cause).toMatchObject({ kind, details: { documentId: 'd-7' } });
    },
  );

  it('maps a domain error thrown by a middleware added after publicProcedure', async () => {
    const requireCaller = middleware(({ ctx, next }) => {
      if (!ctx.caller) throw sampleErrors('SIGN_IN_REQUIRED', { documentId: 'd-1' });
      return next();
    });
    const appRouter = router({ secret: publicProcedure.use(requireCaller).query(() => 'ok') });
    const error = await rejection(createCallerFactory(appRouter)({ caller: undefined }).secret());
    expect(error.code).toBe('UNAUTHORIZED');
    await expect(createCallerFactory(appRouter)({ caller: 'van-thu' }).secret()).resolves.toBe('ok');
  });

  it('leaves an unexpected error as INTERNAL_SERVER_ERROR', async () => {
    const { api } = createSampleApi();
    const error = await rejection(createCallerFactory(api.router)({ caller: undefined }).crash());
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(isDomainError(error.cause)).toBe(false);
  });

  it('merges routers built from the same instance', async () => {
    const merged = mergeRouters(
      router({ a: publicProcedure.query(() => 'a') }),
      router({ b: publicProcedure.query(() => 'b') }),
    );
    const caller = createCallerFactory(merged)({ caller: undefined });
    await expect(Promise.all([caller.a(), caller.b()])).resolves.toEqual(['a', 'b']);
  });
});
