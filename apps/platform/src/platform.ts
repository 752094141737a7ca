import { join } from 'node:path';
import { createDatabase } from '@lienthong/db';
import { createTransport } from '@lienthong/events/kafka';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { installGracefulShutdown, reportStartupFailure } from '@lienthong/service-kit';
import { createOcrEngine } from '@lienthong/ocr';
import { createFileStoreFromEnv } from '@lienthong/storage';
import { createLogger } from '@lienthong/telemetry';
import { createPlatform, DEFAULT_REALM_FILE, type PlatformAuth } from './compose.js';
import type { PlatformEnv } from './env.js';

/**
 * Starts every service api in this process on one port, with the demo organisation on first start.
 * Returns false (after reporting why) when it cannot start; the caller exits with code 1.
 */
export async function startPlatform(env: PlatformEnv): Promise<boolean> {
  const logger = createLogger({ name: 'platform', level: env.LOG_LEVEL });
  try {
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const auth: PlatformAuth = env.OIDC_ISSUER_URL
      ? { mode: 'external', issuer: env.OIDC_ISSUER_URL, audience: env.OIDC_AUDIENCE, jwksUrl: env.OIDC_JWKS_URL }
      : { mode: 'built-in', publicUrl, realmFile: env.REALM_FILE ?? DEFAULT_REALM_FILE, audience: env.OIDC_AUDIENCE };
    const transport = createTransport({
      brokers: env.KAFKA_BROKERS,
      clientId: env.KAFKA_CLIENT_ID ?? 'lienthong-platform',
    });
    // PGlite keeps its files in a folder of its own, so DATA_DIR can hold other data (files, caches) beside it.
    const database = await createDatabase({ url: env.DATABASE_URL, dataDir: join(env.DATA_DIR, 'pglite') });
    const platform = await createPlatform({
      database,
      clock: systemClock,
      ids: createIdGenerator(systemClock),
      logger,
      auth,
      transport,
      files: createFileStoreFromEnv({ ...env, STORAGE_DIR: join(env.DATA_DIR, 'files') }),
      uploadLimitBytes: env.STORAGE_MAX_BYTES,
      ocr: createOcrEngine({
        engine: env.OCR_ENGINE,
        timeoutMs: env.OCR_TIMEOUT_MS,
        maxPages: env.OCR_MAX_PAGES,
        ...(env.OCR_TESSDATA_DIR ? { tessdataDir: env.OCR_TESSDATA_DIR } : {}),
      }),
      seedDemo: env.SEED_DEMO,
      portalDir: env.PORTAL_DIR,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
    });
    const { port } = await platform.server.listen(env.PORT, env.HOST);
    const url = env.PUBLIC_URL ?? `http://localhost:${port}`;
    logger.info(
      { url, issuer: platform.issuer, database: database.describe, events: env.KAFKA_BROKERS ? 'kafka' : 'in-process' },
      'platform listening',
    );
    // Printed plainly as well, for whoever ran `npm start`.
    process.stdout.write(`\nLiên Thông đang chạy tại / is running at ${url}\n\n`);
    installGracefulShutdown({
      logger,
      steps: [...platform.shutdownSteps, { name: 'database', run: () => database.close() }],
    });
    return true;
  } catch (error) {
    reportStartupFailure(logger, 'Liên Thông', error);
    return false;
  }
}
