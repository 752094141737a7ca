import { DatabaseConfigError } from './errors.js';

/** The parts of a PostgreSQL URL that are safe to show: never the user's password. */
export type PostgresTarget = { host: string; port: string; database: string };

/** Parses a `postgres://` / `postgresql://` URL; throws DatabaseConfigError on anything else. */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidUrl();
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw invalidUrl();
  // A socket directory may come as ?host=/var/run/postgresql with an empty authority.
  const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
  const port = parsed.port || parsed.searchParams.get('port') || '5432';
  const user = decodeURIComponent(parsed.username);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user || 'postgres';
  return { host, port, database };
}

/** `host:port/database`, for messages and `DatabaseHandle.describe`. */
export function formatTarget(target: PostgresTarget): string {
  return `${target.host}:${target.port}/${target.database}`;
}

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, database: string): string {
  parsePostgresUrl(url);
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function invalidUrl(): DatabaseConfigError {
  // The URL itself is not repeated: it may hold a password.
  return new DatabaseConfigError(
    'DATABASE_URL không hợp lệ: cần dạng postgres://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu',
    'DATABASE_URL is not valid: expected postgres://user@host:port/database',
  );
}
