import { createTokenVerifier, type Principal } from '@lienthong/auth';
import { createTestDatabase } from '@lienthong/db/testing';
import { createIdGenerator, manualClock } from '@lienthong/kernel';
import { createLogger } from '@lienthong/telemetry';
import { createContextFactory } from './context.js';
import { createRoutingApi, routingMigrations } from './index.js';
import { createCallerFactory } from './trpc.js';

/** A migrated, isolated database (PGlite, or PostgreSQL when DATABASE_URL is set), the routing api, and callers. */
export async function createRoutingTestHarness(now = '2025-09-15T02:00:00Z') {
  const database = await createTestDatabase([routingMigrations]);
  const clock = manualClock(now);
  const logger = createLogger({ name: 'routing-test', level: 'silent' });
  // Procedure tests pass principals directly; no token reaches this verifier.
  const verifier = createTokenVerifier({ issuer: 'http://127.0.0.1:1/realms/unused', audience: 'lienthong-api' });
  const deps = { database, clock, ids: createIdGenerator(clock), logger, verifier };
  const api = createRoutingApi(deps);
  await api.migrate();
  const contexts = createContextFactory(deps);
  const callerFor = (principal: Principal | null) => createCallerFactory(api.router)(contexts.forPrincipal(principal));
  return { database, clock, api, deps, callerFor, close: () => database.close() };
}

export type RoutingTestHarness = Awaited<ReturnType<typeof createRoutingTestHarness>>;
