import { createServer as createNetServer } from 'node:net';
import { loginWithPassword } from '@lienthong/auth/testing';
import { createTestDatabase } from '@lienthong/db/testing';
import type { EventTransport } from '@lienthong/events';
import type { TestTransport } from '@lienthong/events/testing';
import type { IntakeRouter } from '@lienthong/intake-api';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import type { RoutingRouter } from '@lienthong/routing-api';
import { createServiceClient } from '@lienthong/service-kit/client';
import { createMemoryFileStore } from '@lienthong/storage/testing';
import { createLogger } from '@lienthong/telemetry';
import { createPlatform, DEFAULT_REALM_FILE, SERVICE_BASE_PATHS, type PlatformAuth } from './compose.js';

/** The password of every demo user in infra/keycloak/realm.json (development only). */
export const DEMO_PASSWORD = 'LienThong@2025';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Signs a demo user in through the issuer's real authorization-code + PKCE flow and returns per-service clients. */
export async function signIn(options: { baseUrl: string; issuer: string; username: string }) {
  const tokens = await loginWithPassword({
    issuer: options.issuer,
    username: options.username,
    password: DEMO_PASSWORD,
  });
  const headers = { authorization: `Bearer ${tokens.accessToken}` };
  return {
    accessToken: tokens.accessToken,
    intake: createServiceClient<IntakeRouter>({ url: `${options.baseUrl}${SERVICE_BASE_PATHS.intake}`, headers }),
    routing: createServiceClient<RoutingRouter>({ url: `${options.baseUrl}${SERVICE_BASE_PATHS.routing}`, headers }),
  };
}

/**
 * The host on a free port over a fresh test database: real Keycloak when OIDC_ISSUER_URL is set (CI), otherwise the
 * built-in issuer; events over `transport` (a test transport: Kafka when KAFKA_BROKERS is set). With REQUIRE_INFRA=1
 * a missing Keycloak fails instead of falling back. `close()` stops everything it started, not the transport.
 */
export async function startTestPlatform(options: { name: string; bus: TestTransport; transport?: EventTransport }) {
  const keycloak = process.env['OIDC_ISSUER_URL'];
  if (!keycloak && process.env['REQUIRE_INFRA'] === '1') {
    throw new Error('REQUIRE_INFRA=1 but OIDC_ISSUER_URL is not set: this suite must run against a real Keycloak');
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await createTestDatabase([]);
  const auth: PlatformAuth = keycloak
    ? { mode: 'external', issuer: keycloak, audience: 'lienthong-api' }
    : { mode: 'built-in', publicUrl: baseUrl, realmFile: DEFAULT_REALM_FILE, audience: 'lienthong-api' };
  const platform = await createPlatform({
    database,
    clock: systemClock,
    ids: createIdGenerator(systemClock),
    logger: createLogger({ name: options.name, level: 'silent' }),
    auth,
    transport: options.transport ?? options.bus.transport,
    files: createMemoryFileStore(),
    seedDemo: true,
  });
  await platform.server.listen(port, '127.0.0.1');
  return {
    platform,
    database,
    baseUrl,
    issuerKind: keycloak ? 'Keycloak' : 'built-in issuer',
    signIn: (username: string) => signIn({ baseUrl, issuer: platform.issuer, username }),
    close: async () => {
      for (const step of platform.shutdownSteps) await step.run();
      await database.close();
    },
  };
}

export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>;
