import { systemClock, type Clock } from '@lienthong/kernel';
import type { Logger } from '@lienthong/telemetry';
import { and, asc, count, gt, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { backoffDelay, errorMessage, sleep, type Backoff } from './backoff.js';
import { schemaOf, toDatabase, type DatabaseInput } from './database.js';
import { toOutgoingMessage } from './messages.js';
import type { EventMetrics } from './metrics.js';
import type { OutboxTable } from './tables.js';
import type { EventTransport } from './transport.js';

export type OutboxRelayOptions = {
  database: DatabaseInput;
  outbox: OutboxTable;
  transport: EventTransport;
  logger: Logger;
  metrics?: EventMetrics | undefined;
  /** Stamps `published_at`. Default: the system clock. */
  clock?: Clock;
  /** Rows published per transaction. Default 100. */
  batchSize?: number;
  /** How often an idle relay looks for rows. Default 200 ms; `wake()` looks at once. */
  pollIntervalMs?: number;
  /** Wait after a failed publish: default 500 ms doubling up to 10 s. */
  retry?: Partial<Backoff>;
  /**
   * On start, hand the rows published at or after this instant to the transport again (in position order) before any new
   * row. For the in-process transport, whose messages do not survive a restart: pass the start time minus a margin
   * longer than consumers may lag, and events published just before a crash still reach every group.
   */
  republishSince?: Date | undefined;
};

export type OutboxRelay = {
  /** Looks for new rows now instead of at the next poll (call it after committing a transaction that enqueued). */
  wake(): void;
  /**
   * Publishes until no unpublished row is left; returns how many were published. Rejects when a publish fails;
   * stops early when another relay holds this outbox's lock.
   */
  drain(): Promise<number>;
  /** Finishes the batch in flight and stops polling. */
  stop(): Promise<void>;
};

// First key of the two-key advisory lock space, so relay locks never meet other advisory locks.
const RELAY_LOCK_CLASS = 7317;

/**
 * Publishes a service's outbox: in one transaction it takes the relay lock of that outbox, selects unpublished rows
 * in `position` (insertion) order `FOR UPDATE SKIP LOCKED`, hands them to the transport and stamps `published_at`.
 * Invariants: a row is stamped only after the transport accepted it (at-least-once: a crash in between publishes it
 * again, and consumers skip it by event id); a failed publish keeps the rows, adds 1 to `attempts`, records
 * `last_error` and backs off; rows are never deleted here (`pruneOutbox` does housekeeping); one relay per outbox
 * publishes at a time (transaction-scoped advisory lock), so replicas cannot reorder one aggregate's events.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const db = toDatabase(options.database);
  const { outbox, transport, logger, metrics } = options;
  const clock = options.clock ?? systemClock;
  const batchSize = options.batchSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const retry: Backoff = { initialDelayMs: 500, maxDelayMs: 10_000, ...options.retry };
  const name = schemaOf(outbox);
  const lockName = `lienthong.outbox.${name}`;

  const untrack = metrics?.trackOutbox(name, async () => {
    const [row] = await db.select({ n: count() }).from(outbox).where(isNull(outbox.publishedAt));
    return row?.n ?? 0;
  });

  async function publishBatch(): Promise<number> {
    let failure: unknown;
    const published = await db.transaction(async (tx) => {
      const lock = await tx.execute<{ locked: boolean }>(
        sql`select pg_try_advisory_xact_lock(${RELAY_LOCK_CLASS}, hashtext(${lockName})) as "locked"`,
      );
      if (!lock.rows[0]?.locked) return 0;
      const rows = await tx
        .select()
        .from(outbox)
        .where(isNull(outbox.publishedAt))
        .orderBy(asc(outbox.position))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      try {
        await transport.publish(rows.map((row) => toOutgoingMessage(row.topic, row.key, row.envelope)));
      } catch (error) {
        failure = error;
        await tx
          .update(outbox)
          .set({ attempts: sql`${outbox.attempts} + 1`, lastError: errorMessage(error).slice(0, 2_000) })
          .where(inArray(outbox.id, ids));
        return 0;
      }
      await tx
        .update(outbox)
        .set({ publishedAt: clock.now(), attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, ids));
      if (metrics) {
        const perTopic = new Map<string, number>();
        for (const row of rows) perTopic.set(row.topic, (perTopic.get(row.topic) ?? 0) + 1);
        for (const [topic, n] of perTopic) metrics.published(name, topic, n);
      }
      return rows.length;
    });
    if (failure !== undefined) {
      metrics?.publishFailed(name);
      throw failure;
    }
    return published;
  }

  // Rounds run one after another: a drain() during the polling loop must not publish a later batch first.
  let chain: Promise<unknown> = Promise.resolve();
  const serialized = (work: () => Promise<number>): Promise<number> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };
  const round = () => serialized(publishBatch);

  const stopper = new AbortController();
  let wakeSignal = new AbortController();
  let failures = 0;

  /** Re-publishes rows published since `since`, batch by batch in position order; returns how many. */
  async function republish(since: Date): Promise<number> {
    let after: number | undefined;
    let total = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(outbox)
        .where(and(gte(outbox.publishedAt, since), after === undefined ? undefined : gt(outbox.position, after)))
        .orderBy(asc(outbox.position))
        .limit(batchSize);
      if (rows.length === 0) return total;
      await transport.publish(rows.map((row) => toOutgoingMessage(row.topic, row.key, row.envelope)));
      total += rows.length;
      after = rows[rows.length - 1]?.position;
    }
  }

  async function loop(): Promise<void> {
    const since = options.republishSince;
    while (since !== undefined && !stopper.signal.aborted) {
      try {
        const count = await serialized(() => republish(since));
        logger.info({ outbox: name, count, since: since.toISOString() }, 'outbox relay: recent events handed over again');
        break;
      } catch (error) {
        failures += 1;
        const delayMs = backoffDelay(retry, failures);
        logger.warn({ outbox: name, failures, delayMs, err: errorMessage(error) }, 'outbox relay: republish failed');
        await sleep(delayMs, stopper.signal);
      }
    }
    failures = 0;
    while (!stopper.signal.aborted) {
      let published = 0;
      try {
        published = await round();
        if (failures > 0) logger.info({ outbox: name, failures }, 'outbox relay: publishing again');
        failures = 0;
      } catch (error) {
        failures += 1;
        const delayMs = backoffDelay(retry, failures);
        logger.warn({ outbox: name, failures, delayMs, err: errorMessage(error) }, 'outbox relay: publish failed');
        await sleep(delayMs, stopper.signal);
        continue;
      }
      if (published >= batchSize) continue;
      await sleep(pollIntervalMs, AbortSignal.any([stopper.signal, wakeSignal.signal]));
      if (wakeSignal.signal.aborted) wakeSignal = new AbortController();
    }
  }
  const running = loop();

  let stopping: Promise<void> | undefined;
  return {
    wake: () => wakeSignal.abort(),
    drain: async () => {
      let total = 0;
      for (;;) {
        const published = await round();
        total += published;
        if (published === 0) return total;
      }
    },
    stop: () =>
      (stopping ??= (async () => {
        stopper.abort();
        await running;
        await chain;
        untrack?.();
      })()),
  };
}

/**
 * Housekeeping outside the hot path: deletes rows published before `publishedBefore`; returns how many.
 * Unpublished rows are never deleted.
 */
export async function pruneOutbox(options: {
  database: DatabaseInput;
  outbox: OutboxTable;
  publishedBefore: Date;
}): Promise<number> {
  const db = toDatabase(options.database);
  const { outbox } = options;
  const deleted = await db
    .delete(outbox)
    .where(and(isNotNull(outbox.publishedAt), lt(outbox.publishedAt, options.publishedBefore)))
    .returning({ id: outbox.id });
  return deleted.length;
}
