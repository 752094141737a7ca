import type { Database, DatabaseHandle } from '@lienthong/db';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { InboxTable, OutboxTable } from './tables.js';

/** A service's database: the handle from `createDatabase`, or its `db`. */
export type DatabaseInput = Database | DatabaseHandle;

export function toDatabase(input: DatabaseInput): Database {
  return isHandle(input) ? input.db : input;
}

function isHandle(input: DatabaseInput): input is DatabaseHandle {
  return 'driver' in input && 'db' in input && typeof (input as DatabaseHandle).ping === 'function';
}

/** The Postgres schema a table lives in (the service name), used as the `outbox` metric label. */
export function schemaOf(table: OutboxTable | InboxTable): string {
  return getTableConfig(table).schema ?? 'public';
}
