import pg from 'pg';

const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/** DATABASE_URL, or the local server's `postgres` database, if it answers within 2 s; undefined otherwise. */
export async function reachablePostgresUrl(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL ?? DEFAULT_POSTGRES;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}
