import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import pg from 'pg';
import { formatTarget, parsePostgresUrl } from './connection-url.js';
import { DatabaseConfigError, DatabaseUnavailableError } from './errors.js';

/**
 * Where the data lives. `url` (DATABASE_URL) selects PostgreSQL; without it an embedded PGlite is used, stored in
 * `dataDir` (created if missing) or in memory when `dataDir` is undefined or `'memory'`.
 */
export type DatabaseConfig = { url?: string | undefined; dataDir?: string | undefined };

/** What `db.execute(sql…)` resolves to on both drivers. */
export type QueryRows<Row> = { rows: Row[] };

/** Result type of `execute` for both drivers (drizzle's higher-kinded encoding). */
export interface DatabaseQueryResultHKT extends PgQueryResultHKT {
  readonly type: QueryRows<this['row']>;
}

/** One drizzle database type for PGlite and PostgreSQL: query builder, `execute(sql…)` and `transaction`. */
export type Database = PgDatabase<DatabaseQueryResultHKT>;

/** The `tx` handed to `withTransaction` / `db.transaction`; usable wherever a `Database` is. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseDriver = 'pglite' | 'postgres';

/** An open database. `close()` is idempotent; nothing may use `db` after it. */
export type DatabaseHandle = {
  db: Database;
  driver: DatabaseDriver;
  /** `PostgreSQL host:port/database` or `PGlite <dir>` / `PGlite (memory)`; never a password. */
  describe: string;
  ping(): Promise<void>;
  close(): Promise<void>;
};

/** Driver-specific objects `migrate` needs, keyed by the public `db` so copies of a handle still work. */
export type DatabaseInternals = { driver: 'pglite'; db: PgliteDatabase } | { driver: 'postgres'; pool: pg.Pool };

const internals = new WeakMap<Database, DatabaseInternals>();

export function getDatabaseInternals(db: Database): DatabaseInternals {
  const found = internals.get(db);
  if (!found) throw new Error('This Database was not opened by createDatabase() from @lienthong/db');
  return found;
}

/** Bounded so that an unreachable server fails start-up quickly instead of hanging. */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Opens PostgreSQL (`config.url`) or PGlite (with the `unaccent` and `pg_trgm` extensions).
 * Invariant: for PostgreSQL the connection is proven with `select 1` before returning.
 * Throws DatabaseConfigError for a malformed URL and DatabaseUnavailableError when the database cannot be reached.
 */
export async function createDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.url === undefined ? openPglite(config.dataDir) : openPostgres(config.url);
}

/** Runs `fn` in one transaction: everything commits, or (when `fn` throws) nothing does and the error is rethrown. */
export function withTransaction<T>(db: Database, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const target = formatTarget(parsePostgresUrl(url));
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client that loses its connection is dropped by the pool and the next query reconnects or fails
  // visibly; without a listener the 'error' event would crash the process instead.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (cause) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(target, cause);
  }
  const db: Database = drizzleNodePg({ client: pool, casing: 'snake_case' });
  internals.set(db, { driver: 'postgres', pool });
  let closing: Promise<void> | undefined;
  return {
    db,
    driver: 'postgres',
    describe: `PostgreSQL ${target}`,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => (closing ??= pool.end()),
  };
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const inMemory = dataDir === undefined || dataDir === 'memory' || dataDir === 'memory://';
  if (dataDir === '') {
    throw new DatabaseConfigError('DATA_DIR không được để trống', 'DATA_DIR must not be empty');
  }
  const directory = inMemory ? undefined : resolve(dataDir);
  const describe = directory === undefined ? 'PGlite (memory)' : `PGlite ${directory}`;
  let client: PGlite;
  try {
    if (directory !== undefined) await mkdir(directory, { recursive: true });
    client = await PGlite.create({ dataDir: directory, extensions: { unaccent, pg_trgm } });
  } catch (cause) {
    throw new DatabaseUnavailableError(describe, cause);
  }
  const pgliteDb = drizzlePglite({ client, casing: 'snake_case' });
  const db: Database = pgliteDb;
  internals.set(db, { driver: 'pglite', db: pgliteDb });
  let closing: Promise<void> | undefined;
  return {
    db,
    driver: 'pglite',
    describe,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => (closing ??= client.close()),
  };
}
