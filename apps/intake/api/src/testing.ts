import { createTestDatabase } from '@lienthong/db/testing';
import { createIdGenerator, manualClock } from '@lienthong/kernel';
import { thanhHoaOrganization } from '@lienthong/seed';
import { createLogger } from '@lienthong/telemetry';
import { createContextFactory } from './context.js';
import { createIntakeApi, intakeMigrations } from './index.js';
import { createCallerFactory } from './trpc.js';

/**
 * A migrated, isolated database (PGlite, or PostgreSQL when DATABASE_URL is set) holding the Thanh Hóa demo
 * organisation, the intake api over it, and a server-side caller.
 */
export async function createIntakeTestHarness(now = '2025-09-15T02:00:00Z') {
  const database = await createTestDatabase([intakeMigrations]);
  const clock = manualClock(now);
  const logger = createLogger({ name: 'intake-test', level: 'silent' });
  const deps = { database, clock, ids: createIdGenerator(clock), logger };
  const api = createIntakeApi(deps);
  await api.migrate();
  await api.seedOrganization(thanhHoaOrganization().units);
  const caller = createCallerFactory(api.router)(createContextFactory(deps)());
  return { database, clock, api, caller, close: () => database.close() };
}

export type IntakeTestHarness = Awaited<ReturnType<typeof createIntakeTestHarness>>;
