import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDocuments } from '../test-fixtures/fixture.schema.js';
import { FIXTURE_SET } from '../test-fixtures/migration-sets.js';
import { CONNECT_TIMEOUT_MS, createDatabase, withTransaction } from './database.js';
import { DatabaseConfigError, DatabaseUnavailableError } from './errors.js';
import { createTestDatabase, testDatabaseDriver, type TestDatabase } from './testing/index.js';

const driver = testDatabaseDriver();
const NOW = new Date('2026-03-02T08:00:00Z');

function aDocument(subject: string) {
  return { id: randomUUID(), orgId: 'th-ubnd-tinh', subject, createdAt: NOW, updatedAt: NOW };
}

describe(`test database (${driver})`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase([FIXTURE_SET]);
  });

  afterAll(async () => {
    await database.close();
  });

  beforeEach(async () => {
    await database.db.delete(fixtureDocuments);
  });

  it('opens the driver DATABASE_URL selects and answers ping', async () => {
    expect(database.driver).toBe(driver);
    await expect(database.ping()).resolves.toBeUndefined();
    expect(database.describe).toMatch(driver === 'postgres' ? /^PostgreSQL .+:\d+\/lt_test_[0-9a-f]{12}$/ : /^PGlite/);
  });

  it('returns rows from execute(sql…) on either driver', async () => {
    const result = await database.db.execute<{ answer: number }>(sql`select 41 + 1 as answer`);
    expect(result.rows).toEqual([{ answer: 42 }]);
  });

  it('reads timestamptz columns back as the same Date', async () => {
    const row = aDocument('Công văn số 5');
    await database.db.insert(fixtureDocuments).values(row);
    const [stored] = await database.db.select().from(fixtureDocuments).where(eq(fixtureDocuments.id, row.id));
    expect(stored).toEqual(row);
  });

  it('commits everything a withTransaction callback wrote', async () => {
    const result = await withTransaction(database.db, async (tx) => {
      await tx.insert(fixtureDocuments).values(aDocument('Tờ trình số 1'));
      await tx.insert(fixtureDocuments).values(aDocument('Tờ trình số 2'));
      return 'done';
    });
    expect(result).toBe('done');
    const [row] = await database.db.select({ n: count() }).from(fixtureDocuments);
    expect(row?.n).toBe(2);
  });

  it('rolls back everything when the withTransaction callback throws', async () => {
    const failure = new Error('thất bại giữa chừng');
    await expect(
      withTransaction(database.db, async (tx) => {
        await tx.insert(fixtureDocuments).values(aDocument('Quyết định số 1'));
        await tx.insert(fixtureDocuments).values(aDocument('Quyết định số 2'));
        throw failure;
      }),
    ).rejects.toBe(failure);
    const [row] = await database.db.select({ n: count() }).from(fixtureDocuments);
    expect(row?.n).toBe(0);
  });

  it('rolls back a failed inner withTransaction alone (savepoint)', async () => {
    await withTransaction(database.db, async (tx) => {
      await tx.insert(fixtureDocuments).values(aDocument('Giữ lại'));
      await expect(
        withTransaction(tx, async (inner) => {
          await inner.insert(fixtureDocuments).values(aDocument('Bỏ đi'));
          throw new Error('inner');
        }),
      ).rejects.toThrow('inner');
    });
    const rows = await database.db.select({ subject: fixtureDocuments.subject }).from(fixtureDocuments);
    expect(rows).toEqual([{ subject: 'Giữ lại' }]);
  });
});

describe('createDatabase', () => {
  it('fails fast with DatabaseUnavailableError when nothing listens at DATABASE_URL', async () => {
    const started = Date.now();
    const error = await createDatabase({ url: 'postgres://postgres@127.0.0.1:1/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).message).toMatch(/127\.0\.0\.1:1\/x/);
    expect((error as DatabaseUnavailableError).message).toMatch(/ECONNREFUSED/);
    expect((error as DatabaseUnavailableError).messageVi).toMatch(
      /^Không kết nối được tới cơ sở dữ liệu 127\.0\.0\.1:1\/x/,
    );
    expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS);
  });

  it('keeps the password out of the unavailable error', async () => {
    const error = await createDatabase({ url: 'postgres://postgres:s3cret-pw@127.0.0.1:1/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const { message, messageVi, target } = error as DatabaseUnavailableError;
    expect([message, messageVi, target].join(' ')).not.toContain('s3cret-pw');
  });

  it('rejects a malformed DATABASE_URL with DatabaseConfigError', async () => {
    await expect(createDatabase({ url: 'localhost:5432/test' })).rejects.toBeInstanceOf(DatabaseConfigError);
    await expect(createDatabase({ url: '' })).rejects.toBeInstanceOf(DatabaseConfigError);
  });

  it('keeps the data of a file-backed PGlite across close and reopen', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lt-db-'));
    const dataDir = join(root, 'nested', 'pglite');
    try {
      const first = await createDatabase({ dataDir });
      expect(first.driver).toBe('pglite');
      expect(first.describe).toBe(`PGlite ${dataDir}`);
      await first.db.execute(sql`create table kept (name text not null)`);
      await first.db.execute(sql`insert into kept values (${'Đà Nẵng'})`);
      await first.close();
      await first.close();

      const second = await createDatabase({ dataDir });
      const result = await second.db.execute<{ name: string }>(sql`select name from kept`);
      await second.close();
      expect(result.rows).toEqual([{ name: 'Đà Nẵng' }]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('opens an in-memory PGlite with unaccent and pg_trgm available', async () => {
    const handle = await createDatabase({ dataDir: 'memory' });
    try {
      expect(handle.describe).toBe('PGlite (memory)');
      await handle.db.execute(sql`create extension if not exists unaccent`);
      await handle.db.execute(sql`create extension if not exists pg_trgm`);
      const result = await handle.db.execute<{ plain: string }>(sql`select unaccent(${'Quyết định'}) as plain`);
      expect(result.rows[0]?.plain).toBe('Quyet dinh');
    } finally {
      await handle.close();
    }
  });
});
