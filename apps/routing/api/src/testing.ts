import { createTestDatabase } from '@lienthong/db/testing';
import { createIdGenerator, manualClock } from '@lienthong/kernel';
import { createLogger } from '@lienthong/telemetry';
import { createContextFactory } from './context.js';
import { createRoutingApi, routingMigrations } from './index.js';
import { createCallerFactory } from './trpc.js';

/** A migrated, isolated database (PGlite, or PostgreSQL when DATABASE_URL is set) and a server-side caller. */
export async function createRoutingTestHarness(now = '2025-09-15T02:00:00Z') {
  const database = await createTestDatabase([routingMigrations]);
  const clock = manualClock(now);
  const logger = createLogger({ name: 'routing-test', level: 'silent' });
  const deps = { database, clock, ids: createIdGenerator(clock), logger };
  const api = createRoutingApi(deps);
  await api.migrate();
  const caller = createCallerFactory(api.router)(createContextFactory(deps)());
  return { database, clock, api, caller, close: () => database.close() };
}

export type RoutingTestHarness = Awaited<ReturnType<typeof createRoutingTestHarness>>;
