import { createTokenVerifier, type Principal } from '@lienthong/auth';
import { aPrincipal } from '@lienthong/auth/testing';
import { createTestDatabase } from '@lienthong/db/testing';
import { createIdGenerator, manualClock } from '@lienthong/kernel';
import { thanhHoaOrganization } from '@lienthong/seed';
import { createMemoryFileStore } from '@lienthong/storage/testing';
import { createLogger } from '@lienthong/telemetry';
import { createContextFactory, type IntakeDeps } from './context.js';
import { createIntakeApi, intakeMigrations } from './index.js';
import { createCallerFactory } from './trpc.js';
import { recordUpload } from './files/file-routes.js';

/**
 * A migrated, isolated database (PGlite, or PostgreSQL when DATABASE_URL is set) holding the Thanh Hóa demo
 * organisation, the intake api over it, and server-side callers for any principal.
 */
export async function createIntakeTestHarness(
  now = '2025-09-15T02:00:00Z',
  options: { verifier?: IntakeDeps['verifier']; files?: IntakeDeps['files'] } = {},
) {
  const database = await createTestDatabase([intakeMigrations]);
  const clock = manualClock(now);
  const logger = createLogger({ name: 'intake-test', level: 'silent' });
  // Procedure tests pass principals directly; no token reaches this verifier.
  const verifier =
    options.verifier ?? createTokenVerifier({ issuer: 'http://127.0.0.1:1/realms/unused', audience: 'lienthong-api' });
  const files = options.files ?? createMemoryFileStore();
  const deps = { database, clock, ids: createIdGenerator(clock), logger, verifier, files };
  const api = createIntakeApi(deps);
  await api.migrate();
  await api.seedOrganization(thanhHoaOrganization().units);
  const contexts = createContextFactory(deps);
  const callerFor = (principal: Principal | null) => createCallerFactory(api.router)(contexts.forPrincipal(principal));
  return {
    database,
    clock,
    api,
    deps,
    files,
    callerFor,
    caller: callerFor(aPrincipal()),
    /** Uploads bytes as `principal` would through `POST …/files` (same code, without HTTP); throws if refused. */
    upload: async (principal: Principal, bytes: Uint8Array, contentType: string, fileName: string) => {
      const uploaded = await recordUpload(deps, { username: principal.username, orgId: principal.orgId ?? '' }, bytes, {
        contentType,
        fileName,
      });
      if (!uploaded.ok) throw new Error(uploaded.error.messageEn);
      return uploaded.value;
    },
    close: () => database.close(),
  };
}

export type IntakeTestHarness = Awaited<ReturnType<typeof createIntakeTestHarness>>;
