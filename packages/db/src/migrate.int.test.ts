import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_SET, OTHER_SET } from '../test-fixtures/migration-sets.js';
import { createDatabase, type Database } from './database.js';
import { DatabaseConfigError } from './errors.js';
import { migrate } from './migrate.js';
import { createTestDatabase, testDatabaseDriver, type TestDatabase } from './testing/index.js';

const driver = testDatabaseDriver();

async function journal(db: Database, table: string): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier('drizzle')}.${sql.identifier(table)}`,
  );
  return result.rows[0]?.n ?? -1;
}

async function tableExists(db: Database, qualifiedName: string): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`select to_regclass(${qualifiedName}) is not null as found`);
  return result.rows[0]?.found ?? false;
}

describe(`migrate (${driver})`, () => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('applies a migration set once, however often it runs', async () => {
    database = await createTestDatabase([]);
    await migrate(database, FIXTURE_SET);
    await migrate(database, FIXTURE_SET);
    expect(await tableExists(database.db, 'fixture.document')).toBe(true);
    expect(await journal(database.db, '__fixture_migrations')).toBe(1);
  });

  it('keeps one journal per service when services share a database', async () => {
    database = await createTestDatabase([FIXTURE_SET, OTHER_SET]);
    // OTHER_SET's only migration is dated before FIXTURE_SET's: a shared journal would have skipped it.
    expect(await tableExists(database.db, 'fixture_other.note')).toBe(true);
    expect(await journal(database.db, '__fixture_migrations')).toBe(1);
    expect(await journal(database.db, '__fixture_other_migrations')).toBe(1);
    const inServiceSchema = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from information_schema.tables
          where table_schema in ('fixture', 'fixture_other') and table_name like '%migrations%'`,
    );
    expect(inServiceSchema.rows[0]?.n).toBe(0);
  });

  it('installs the search support before the migrations that index with it', async () => {
    database = await createTestDatabase([FIXTURE_SET]);
    const result = await database.db.execute<{ extname: string }>(
      sql`select extname from pg_extension where extname in ('unaccent', 'pg_trgm') order by extname`,
    );
    expect(result.rows.map((r) => r.extname)).toEqual(['pg_trgm', 'unaccent']);
    const volatility = await database.db.execute<{ provolatile: string }>(
      sql`select provolatile from pg_proc where oid = to_regprocedure('public.lt_unaccent(text)')`,
    );
    expect(volatility.rows).toEqual([{ provolatile: 'i' }]);
  });

  it('lets concurrent migrations through one handle finish without conflicts', async () => {
    database = await createTestDatabase([]);
    const handle = database;
    await Promise.all([
      migrate(handle, FIXTURE_SET),
      migrate(handle, FIXTURE_SET),
      migrate(handle, OTHER_SET),
      migrate(handle, OTHER_SET),
    ]);
    expect(await journal(handle.db, '__fixture_migrations')).toBe(1);
    expect(await journal(handle.db, '__fixture_other_migrations')).toBe(1);
  });

  it.runIf(driver === 'postgres')('serialises migrations from separate connections with an advisory lock', async () => {
    database = await createTestDatabase([]);
    const first = await createDatabase({ url: database.url });
    const second = await createDatabase({ url: database.url });
    try {
      await Promise.all([
        migrate(first, FIXTURE_SET),
        migrate(second, FIXTURE_SET),
        migrate(first, OTHER_SET),
        migrate(second, OTHER_SET),
      ]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    expect(await journal(database.db, '__fixture_migrations')).toBe(1);
    expect(await journal(database.db, '__fixture_other_migrations')).toBe(1);
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    database = await createTestDatabase([]);
    await expect(migrate(database, { ...FIXTURE_SET, schemaName: 'Fixture"; drop' })).rejects.toBeInstanceOf(
      DatabaseConfigError,
    );
  });
});
