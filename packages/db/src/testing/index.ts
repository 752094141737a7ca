import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { withDatabaseName } from '../connection-url.js';
import { createDatabase, type DatabaseDriver, type DatabaseHandle } from '../database.js';
import { migrate, type MigrationSet } from '../migrate.js';

/**
 * A migrated database owned by one test file; `close()` releases it (and drops it on PostgreSQL).
 * `url` is this database's PostgreSQL URL, for tests that need a second connection (undefined on PGlite).
 */
export type TestDatabase = DatabaseHandle & { close(): Promise<void>; url?: string | undefined };

/**
 * The driver test databases use: `postgres` when DATABASE_URL is set, otherwise `pglite`.
 * Throws when REQUIRE_INFRA=1 and DATABASE_URL is missing: CI must never fall back to PGlite silently.
 */
export function testDatabaseDriver(): DatabaseDriver {
  return testServerUrl() === undefined ? 'pglite' : 'postgres';
}

/**
 * A fresh database with `sets` migrated, isolated from every other test file: PGlite in memory by default; with
 * DATABASE_URL, a new PostgreSQL database `lt_test_<random>` on that server, dropped by `close()`.
 * Throws when REQUIRE_INFRA=1 and DATABASE_URL is missing.
 */
export async function createTestDatabase(sets: readonly MigrationSet[]): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  if (serverUrl === undefined) {
    const handle = await createDatabase({});
    return migrateOrClose(handle, sets, () => handle.close(), undefined);
  }
  const name = `lt_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const drop = () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const url = withDatabaseName(serverUrl, name);
  let handle: DatabaseHandle;
  try {
    handle = await createDatabase({ url });
  } catch (error) {
    await drop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= handle.close().then(drop));
  return migrateOrClose(handle, sets, close, url);
}

async function migrateOrClose(
  handle: DatabaseHandle,
  sets: readonly MigrationSet[],
  close: () => Promise<void>,
  url: string | undefined,
): Promise<TestDatabase> {
  try {
    for (const set of sets) await migrate(handle, set);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...handle, close, url };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = await createDatabase({ url: serverUrl });
  try {
    await admin.db.execute(sql.raw(statement));
  } finally {
    await admin.close();
  }
}

// The only place in this package that reads process.env: test set-up, never production code.
function testServerUrl(): string | undefined {
  const url = process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') return url;
  if (process.env['REQUIRE_INFRA'] === '1') {
    throw new Error(
      'REQUIRE_INFRA=1 nhưng chưa đặt DATABASE_URL: kiểm thử tích hợp phải chạy trên PostgreSQL thật. ' +
        '/ REQUIRE_INFRA=1 but DATABASE_URL is not set: integration tests must run against a real PostgreSQL.',
    );
  }
  return undefined;
}
