import { join } from 'node:path';
import { createTokenVerifier } from '@lienthong/auth';
import { createDatabase } from '@lienthong/db';
import { createEventMetrics } from '@lienthong/events';
import { createTransport } from '@lienthong/events/kafka';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { createRoutingApi } from '@lienthong/routing-api';
import { createServer, installGracefulShutdown, reportStartupFailure } from '@lienthong/service-kit';
import { createLogger } from '@lienthong/telemetry';
import type { RoutingEnv } from './env.js';

/**
 * Wires the service: database, token verifier, api, migrations, HTTP server, event consumers, shutdown.
 * No business logic here. Returns false (after reporting why) when it cannot start; main exits with code 1.
 */
export async function bootstrap(env: RoutingEnv, options: { migrateOnly: boolean }): Promise<boolean> {
  const logger = createLogger({ name: 'routing', level: env.LOG_LEVEL });
  try {
    // PGlite keeps its files in a folder of its own, so DATA_DIR can hold other data beside it.
    const database = await createDatabase({ url: env.DATABASE_URL, dataDir: join(env.DATA_DIR, 'pglite') });
    const verifier = createTokenVerifier({
      issuer: env.OIDC_ISSUER_URL,
      audience: env.OIDC_AUDIENCE,
      jwksUrl: env.OIDC_JWKS_URL,
    });
    const api = createRoutingApi({ database, clock: systemClock, ids: createIdGenerator(systemClock), logger, verifier });
    await api.migrate();
    if (options.migrateOnly) {
      logger.info({ database: database.describe }, 'migrations applied');
      await database.close();
      return true;
    }
    if (!env.KAFKA_BROKERS) logger.warn('KAFKA_BROKERS is not set: this service receives no events from other services');
    const transport = createTransport({ brokers: env.KAFKA_BROKERS, clientId: env.KAFKA_CLIENT_ID ?? 'lienthong-routing' });
    const server = createServer({ logger, services: [{ api, basePath: '/trpc' }], bodyLimitBytes: env.BODY_LIMIT_BYTES });
    const consumers = api.createConsumers({ transport, metrics: createEventMetrics(server.metricsRegistry) });
    for (const consumer of consumers) await consumer.start();
    const { url } = await server.listen(env.PORT, env.HOST);
    logger.info({ url, database: database.describe, issuer: env.OIDC_ISSUER_URL }, 'routing listening');
    installGracefulShutdown({
      logger,
      steps: [
        { name: 'http', run: () => server.close() },
        { name: 'consumers', run: async () => void (await Promise.all(consumers.map((c) => c.stop()))) },
        { name: 'event transport', run: () => transport.close() },
        { name: 'database', run: () => database.close() },
      ],
    });
    return true;
  } catch (error) {
    reportStartupFailure(logger, 'routing', error);
    return false;
  }
}
