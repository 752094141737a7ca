import type { DatabaseHandle } from '@lienthong/db';
import { createIntakeApi } from '@lienthong/intake-api';
import type { Clock, IdGenerator } from '@lienthong/kernel';
import { createOrgTree } from '@lienthong/organization';
import { createRoutingApi } from '@lienthong/routing-api';
import { thanhHoaOrganization } from '@lienthong/seed';
import { createServer } from '@lienthong/service-kit';
import type { Logger } from '@lienthong/telemetry';

export type PlatformDeps = {
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** Load the Thanh Hóa demo organisation when the directory is empty. */
  seedDemo: boolean;
  bodyLimitBytes?: number;
};

/** Where each service is mounted; the portal's per-service clients use the same paths behind a gateway. */
export const SERVICE_BASE_PATHS = { intake: '/api/intake/trpc', routing: '/api/routing/trpc' } as const;

/**
 * Composes every service api over one database (one Postgres schema each), applies their migrations, seeds the demo
 * organisation on first start, and returns an HTTP server that is not listening yet.
 */
export async function createPlatform(deps: PlatformDeps) {
  const { database, clock, ids, logger } = deps;
  const intake = createIntakeApi({ database, clock, ids, logger: logger.child({ service: 'intake' }) });
  const routing = createRoutingApi({ database, clock, ids, logger: logger.child({ service: 'routing' }) });
  const apis = [intake, routing];

  for (const api of apis) await api.migrate();

  if (deps.seedDemo) {
    const demo = thanhHoaOrganization();
    const tree = createOrgTree(demo.units, demo.successions);
    if (!tree.ok) throw new Error(`The demo organisation is inconsistent: ${tree.error.messageEn}`);
    const added = await intake.seedOrganization(demo.units);
    if (added > 0) logger.info({ units: added }, 'demo organisation loaded (Thanh Hóa)');
  }

  const server = createServer({
    logger,
    bodyLimitBytes: deps.bodyLimitBytes,
    services: [
      { api: intake, basePath: SERVICE_BASE_PATHS.intake },
      { api: routing, basePath: SERVICE_BASE_PATHS.routing },
    ],
  });
  return { server, database, serviceNames: apis.map((api) => api.name) };
}

export type Platform = Awaited<ReturnType<typeof createPlatform>>;
