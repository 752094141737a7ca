import { join } from 'node:path';
import { createTokenVerifier } from '@lienthong/auth';
import { createDatabase } from '@lienthong/db';
import { createEventMetrics, startOutboxRelay } from '@lienthong/events';
import { createTransport } from '@lienthong/events/kafka';
import { createIntakeApi } from '@lienthong/intake-api';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { demoProcedures, thanhHoaOrganization } from '@lienthong/seed';
import { createServer, installGracefulShutdown, reportStartupFailure } from '@lienthong/service-kit';
import { createOcrEngine } from '@lienthong/ocr';
import { createFileStoreFromEnv } from '@lienthong/storage';
import { createLogger } from '@lienthong/telemetry';
import type { IntakeEnv } from './env.js';

/**
 * Wires the service: database, token verifier, api, migrations, HTTP server, outbox relay, shutdown.
 * No business logic here. Returns false (after reporting why) when it cannot start; main exits with code 1.
 */
export async function bootstrap(env: IntakeEnv, options: { migrateOnly: boolean }): Promise<boolean> {
  const logger = createLogger({ name: 'intake', level: env.LOG_LEVEL });
  try {
    // PGlite keeps its files in a folder of its own, so DATA_DIR can hold other data beside it.
    const database = await createDatabase({ url: env.DATABASE_URL, dataDir: join(env.DATA_DIR, 'pglite') });
    const verifier = createTokenVerifier({
      issuer: env.OIDC_ISSUER_URL,
      audience: env.OIDC_AUDIENCE,
      jwksUrl: env.OIDC_JWKS_URL,
    });
    let wakeRelay = () => undefined as void;
    let wakeOcr = () => undefined as void;
    const api = createIntakeApi({
      database,
      clock: systemClock,
      ids: createIdGenerator(systemClock),
      logger,
      verifier,
      // STORAGE_BACKEND: the local folder (default) or an S3-compatible store.
      files: createFileStoreFromEnv(env),
      uploadLimitBytes: env.STORAGE_MAX_BYTES,
      onOutboxWritten: () => wakeRelay(),
      onOcrQueued: () => wakeOcr(),
    });
    await api.migrate();
    if (env.SEED_DEMO) {
      const added = await api.seedOrganization(thanhHoaOrganization().units);
      if (added > 0) logger.info({ units: added }, 'demo organisation loaded (Thanh Hóa)');
      const communes = thanhHoaOrganization().units.filter(
        (unit) => unit.level === 'commune' && unit.side === 'state' && unit.validTo === null,
      );
      const procedures = await api.seedProcedures(
        communes.map((unit) => unit.id),
        demoProcedures(),
      );
      if (procedures > 0) logger.info({ versions: procedures }, 'demo procedures loaded');
    }
    if (options.migrateOnly) {
      logger.info({ database: database.describe }, 'migrations applied');
      await database.close();
      return true;
    }
    if (!env.KAFKA_BROKERS) logger.warn('KAFKA_BROKERS is not set: events stay inside this process');
    const transport = createTransport({
      brokers: env.KAFKA_BROKERS,
      clientId: env.KAFKA_CLIENT_ID ?? 'lienthong-intake',
    });
    const server = createServer({
      logger,
      services: [{ api, basePath: '/trpc' }],
      routes: [api.fileRoute('/files')],
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
    });
    const metrics = createEventMetrics(server.metricsRegistry);
    const relay = startOutboxRelay({ database, outbox: api.outbox, transport, logger, metrics, clock: systemClock });
    wakeRelay = () => relay.wake();
    const ocr = createOcrEngine({
      engine: env.OCR_ENGINE,
      timeoutMs: env.OCR_TIMEOUT_MS,
      maxPages: env.OCR_MAX_PAGES,
      ...(env.OCR_TESSDATA_DIR ? { tessdataDir: env.OCR_TESSDATA_DIR } : {}),
    });
    const ocrWorker = api.startOcrWorker(ocr);
    wakeOcr = () => ocrWorker.wake();
    const { url } = await server.listen(env.PORT, env.HOST);
    logger.info({ url, database: database.describe, issuer: env.OIDC_ISSUER_URL }, 'intake listening');
    installGracefulShutdown({
      logger,
      steps: [
        { name: 'http', run: () => server.close() },
        { name: 'outbox relay', run: () => relay.stop() },
        { name: 'ocr', run: async () => (await ocrWorker.stop(), await ocr.close()) },
        { name: 'event transport', run: () => transport.close() },
        { name: 'database', run: () => database.close() },
      ],
    });
    return true;
  } catch (error) {
    reportStartupFailure(logger, 'intake', error);
    return false;
  }
}
