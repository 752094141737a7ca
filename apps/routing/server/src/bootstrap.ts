import { join } from 'node:path';
import { createRoutingApi } from '@lienthong/routing-api';
import { createDatabase } from '@lienthong/db';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { createServer, installGracefulShutdown, reportStartupFailure } from '@lienthong/service-kit';
import { createLogger } from '@lienthong/telemetry';
import type { RoutingEnv } from './env.js';

/**
 * Wires the service: database, api, migrations, HTTP server, shutdown. No business logic here.
 * Returns false (after reporting why) when it cannot start; main exits with code 1.
 */
export async function bootstrap(env: RoutingEnv, options: { migrateOnly: boolean }): Promise<boolean> {
  const logger = createLogger({ name: 'routing', level: env.LOG_LEVEL });
  try {
    // PGlite keeps its files in a folder of its own, so DATA_DIR can hold other data beside it.
    const database = await createDatabase({ url: env.DATABASE_URL, dataDir: join(env.DATA_DIR, 'pglite') });
    const api = createRoutingApi({ database, clock: systemClock, ids: createIdGenerator(systemClock), logger });
    await api.migrate();
    if (options.migrateOnly) {
      logger.info({ database: database.describe }, 'migrations applied');
      await database.close();
      return true;
    }
    const server = createServer({
      logger,
      services: [{ api, basePath: '/trpc' }],
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
    });
    const { url } = await server.listen(env.PORT, env.HOST);
    logger.info({ url, database: database.describe }, 'routing listening');
    installGracefulShutdown({
      logger,
      steps: [
        { name: 'http', run: () => server.close() },
        { name: 'database', run: () => database.close() },
      ],
    });
    return true;
  } catch (error) {
    reportStartupFailure(logger, 'routing', error);
    return false;
  }
}
