/** A small service with auth, used by the tests: one public, one protected and one role-guarded procedure. */
import type { TokenVerifier } from '@lienthong/auth';
import { z } from 'zod';
import { authenticateRequest, type AuthContext } from '../auth.js';
import type { ServiceApi } from '../server.js';
import { createServiceTRPC } from '../trpc.js';

export function createGuardedApi(verifier: Pick<TokenVerifier, 'verifyAuthorizationHeader'>) {
  const { router, publicProcedure, protectedProcedure, requireRoles } = createServiceTRPC<AuthContext>();
  const registered: string[] = [];

  const appRouter = router({
    whoAmI: publicProcedure.query(({ ctx }) => ({
      username: ctx.principal?.username ?? null,
      refused: ctx.authError?.code ?? null,
    })),
    me: protectedProcedure.query(({ ctx }) => ctx.principal),
    documents: router({
      register: requireRoles('van-thu')
        .input(z.object({ title: z.string().min(1) }))
        .mutation(({ ctx, input }) => {
          registered.push(`${input.title} (${ctx.principal.username}, ${ctx.principal.orgId ?? '-'})`);
          return { count: registered.length };
        }),
    }),
  });

  const api: ServiceApi<typeof appRouter> = {
    name: 'guarded',
    router: appRouter,
    createContext: ({ req }) => authenticateRequest(verifier, req),
    migrate: async () => undefined,
    readiness: [],
  };
  return { api, registered };
}

export type GuardedRouter = ReturnType<typeof createGuardedApi>['api']['router'];
