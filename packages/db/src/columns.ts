import { text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** `id uuid primary key` without a database default: ids come from the application's UUID v7 generator. */
export function uuidPk(name = 'id') {
  return uuid(name).primaryKey();
}

/** `created_at timestamptz not null`, read as a `Date`; the application sets it from its Clock. */
export function createdAt(name = 'created_at') {
  return timestamp(name, { withTimezone: true, mode: 'date' }).notNull();
}

/** `updated_at timestamptz not null`, read as a `Date`; the application sets it from its Clock on every write. */
export function updatedAt(name = 'updated_at') {
  return timestamp(name, { withTimezone: true, mode: 'date' }).notNull();
}

/** `org_id text not null`: organisation ids are stable strings such as `th-ubnd-tinh`. */
export function orgId(name = 'org_id') {
  return text(name).notNull();
}
