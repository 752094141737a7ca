import type { Principal } from '@lienthong/auth';
import { authError } from '@lienthong/auth';
import { isDomainError } from '@lienthong/kernel';
import { TRPCError } from '@trpc/server';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AuthContext } from './auth.js';
import type { SampleContext } from './test-fixtures/sample-service.js';
import { createServiceTRPC } from './trpc.js';

type ServiceContext = AuthContext & { requestId: string };

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const clerk: Principal = {
  kind: 'user',
  subject: '2d0703c3-ce6a-5743-b853-6f53182d7532',
  username: 'vanthu.tinh',
  name: 'Nguyễn Thị Lan',
  roles: ['van-thu'],
  orgId: 'th-ubnd-tinh',
  clientId: 'portal',
};

describe('createServiceTRPC with an AuthContext', () => {
  const { router, publicProcedure, protectedProcedure, requireRoles, createCallerFactory } =
    createServiceTRPC<ServiceContext>();
  const registered: string[] = [];
  const appRouter = router({
    whoAmI: publicProcedure.query(({ ctx }) => ctx.principal?.username ?? null),
    me: protectedProcedure.query(({ ctx }) => {
      expectTypeOf(ctx.principal).toEqualTypeOf<Principal>();
      return { username: ctx.principal.username, requestId: ctx.requestId };
    }),
    register: requireRoles('van-thu', 'quan-tri').mutation(({ ctx }) => {
      expectTypeOf(ctx.principal).toEqualTypeOf<Principal>();
      registered.push(ctx.principal.username);
      return registered.length;
    }),
  });
  const call = (ctx: Partial<ServiceContext>) =>
    createCallerFactory(appRouter)({ principal: null, authError: null, requestId: 'r-1', ...ctx });

  it('refuses a protected procedure without a principal with UNAUTHORIZED and TOKEN_MISSING', async () => {
    const error = await rejection(call({}).me());
    expect(error.code).toBe('UNAUTHORIZED');
    expect(isDomainError(error.cause) && error.cause.code).toBe('TOKEN_MISSING');
  });

  it('gives the reason from the context when the token was refused', async () => {
    const expired = authError('TOKEN_EXPIRED', { expiredAt: '2025-07-01T00:05:00.000Z' });
    const error = await rejection(call({ authError: expired }).me());
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.cause).toBe(expired);
  });

  it('runs a protected procedure with the principal, keeping the rest of the context', async () => {
    await expect(call({ principal: clerk }).me()).resolves.toEqual({ username: 'vanthu.tinh', requestId: 'r-1' });
  });

  it('refuses a caller without any of the roles with FORBIDDEN and ROLE_REQUIRED, doing nothing', async () => {
    const specialist: Principal = { ...clerk, username: 'chuyenvien.tinh', roles: ['chuyen-vien'] };
    const before = registered.length;
    const error = await rejection(call({ principal: specialist }).register());
    expect(error.code).toBe('FORBIDDEN');
    expect(error.cause).toMatchObject({
      code: 'ROLE_REQUIRED',
      details: { username: 'chuyenvien.tinh', requiredRoles: ['van-thu', 'quan-tri'] },
    });
    expect(registered.length).toBe(before);
  });

  it('refuses requireRoles without a principal as unauthenticated, not forbidden', async () => {
    const error = await rejection(call({}).register());
    expect(error.code).toBe('UNAUTHORIZED');
  });

  it('lets a caller with one of the roles through', async () => {
    await expect(call({ principal: clerk }).register()).resolves.toBeGreaterThan(0);
  });

  it('leaves public procedures open, with or without a principal', async () => {
    await expect(call({}).whoAmI()).resolves.toBeNull();
    await expect(call({ principal: clerk }).whoAmI()).resolves.toBe('vanthu.tinh');
  });

  it('offers no auth builders, in its type, to a service whose context has no principal', () => {
    const builders = createServiceTRPC<SampleContext>();
    // @ts-expect-error protectedProcedure needs a context with principal and authError
    expect(builders.protectedProcedure).toBeDefined();
  });
});
