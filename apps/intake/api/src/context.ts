import type { Database, DatabaseHandle } from '@lienthong/db';
import type { Clock, IdGenerator } from '@lienthong/kernel';
import type { Logger } from '@lienthong/telemetry';

/** Everything the service needs, passed once from the composition root (server main or the all-in-one host). */
export type IntakeDeps = {
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
};

/** The per-request context procedures see. */
export type IntakeContext = {
  db: Database;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
};

export function createContextFactory(deps: IntakeDeps): () => IntakeContext {
  return () => ({ db: deps.database.db, clock: deps.clock, ids: deps.ids, logger: deps.logger });
}
