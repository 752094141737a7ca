import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { getDatabaseInternals, type Database, type DatabaseHandle } from './database.js';
import { DatabaseConfigError } from './errors.js';

/**
 * One service's migrations: the Postgres schema it owns and the drizzle-kit output folder
 * (`meta/_journal.json` + `NNNN_name.sql`).
 */
export type MigrationSet = { schemaName: string; migrationsFolder: string };

/** Schema holding every service's migration journal (`drizzle.__<schemaName>_migrations`). */
export const MIGRATIONS_SCHEMA = 'drizzle';

/** The journal table of one service, so services sharing a database never share a journal. */
export function migrationsTableName(schemaName: string): string {
  return `__${schemaName}_migrations`;
}

// Arbitrary constant: the pg_advisory_lock key that serialises migrate() across processes on one database.
const MIGRATION_LOCK_KEY = 7_317_086_402_001;

const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,47}$/;

// Statements run one by one: PGlite's extended protocol takes a single statement per query.
const SEARCH_SUPPORT_SQL = [
  'CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public',
  'CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public',
];
// IMMUTABLE (unaccent itself is only STABLE) so that it may appear in an index expression; the dictionary is
// named explicitly so the result does not depend on search_path.
const LT_UNACCENT_SQL = `CREATE FUNCTION public.lt_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`;

/**
 * Installs the search support (extensions `unaccent`, `pg_trgm`, function `public.lt_unaccent(text)`), then applies
 * the set's drizzle-kit migrations with the journal `drizzle.__<schemaName>_migrations`.
 * Invariants: idempotent; concurrent calls never conflict (one after another within a process, and on PostgreSQL
 * across processes through an advisory lock); pending migrations of a set are applied in one transaction, so a
 * failing one leaves none of them behind. Throws DatabaseConfigError for a schema name that is not a plain identifier.
 */
export async function migrate(handle: DatabaseHandle, set: MigrationSet): Promise<void> {
  if (!SCHEMA_NAME.test(set.schemaName)) {
    throw new DatabaseConfigError(
      `Tên schema không hợp lệ: "${set.schemaName}" (chỉ chữ thường, số và dấu gạch dưới)`,
      `Invalid schema name "${set.schemaName}" (lower-case letters, digits and underscores only)`,
    );
  }
  // Calls in this process wait for each other (PGlite has one connection; the advisory lock covers other processes).
  const previous = running.get(handle.db) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => migrateNow(handle, set));
  running.set(handle.db, current);
  return current;
}

const running = new WeakMap<Database, Promise<void>>();

async function migrateNow(handle: DatabaseHandle, set: MigrationSet): Promise<void> {
  const config = {
    migrationsFolder: set.migrationsFolder,
    migrationsSchema: MIGRATIONS_SCHEMA,
    migrationsTable: migrationsTableName(set.schemaName),
  };
  const internals = getDatabaseInternals(handle.db);
  if (internals.driver === 'pglite') {
    // PGlite lives in this process only, so the queue above is all the serialising it needs.
    await installSearchSupport(internals.db);
    await migratePglite(internals.db, config);
    return;
  }
  const client = await internals.pool.connect();
  let releaseError: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const db = drizzleNodePg({ client });
      await installSearchSupport(db);
      await migrateNodePg(db, config);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch((error: Error) => {
        // Destroying the connection releases a session lock that could not be released politely.
        releaseError = error;
      });
    }
  } finally {
    client.release(releaseError);
  }
}

async function installSearchSupport(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    for (const statement of SEARCH_SUPPORT_SQL) await tx.execute(sql.raw(statement));
    const found = await tx.execute<{ exists: boolean }>(
      sql`select to_regprocedure('public.lt_unaccent(text)') is not null as "exists"`,
    );
    // Created only when missing: CREATE OR REPLACE would need ownership and would rewrite a function indexes use.
    if (!found.rows[0]?.exists) await tx.execute(sql.raw(LT_UNACCENT_SQL));
  });
}
