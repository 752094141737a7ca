import type { DatabaseHandle } from '@lienthong/db';
import { withTransaction } from '@lienthong/db';
import type { Clock, DomainError, IdGenerator, Result } from '@lienthong/kernel';
import type { FileStore } from '@lienthong/storage';
import type { Logger } from '@lienthong/telemetry';
import { and, eq, sql } from 'drizzle-orm';
import type { OcrJobRow } from '../db/ocr-job.table.js';
import { incomingDocuments, ocrJobs } from '../db/schema.js';
import { recordHistory } from '../history/record-history.js';
import { ocrJobError } from './ocr-errors.js';

/**
 * What the worker needs of an OCR engine (`@lienthong/ocr`'s `createOcrEngine()` fits): read a PDF's text, report
 * progress, never throw. Kept structural so that the service does not depend on an engine.
 */
export type OcrReader = {
  readPdf(
    bytes: Uint8Array,
    options?: { onProgress?(progress: { fraction: number }): void; signal?: AbortSignal },
  ): Promise<Result<{ text: string; engine: string }, DomainError>>;
};

export type OcrWorkerOptions = {
  database: DatabaseHandle;
  files: FileStore;
  reader: OcrReader;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** How often to look for queued jobs when idle (default 2 s); `wake()` starts at once. */
  pollMs?: number;
  /**
   * A running job whose worker reported no progress within this lease is taken again (default 30 min; every progress
   * report renews it, and the engine's own per-page timeout is far shorter).
   */
  leaseMs?: number;
  /** A job claimed this many times (its worker died each time) fails instead of being tried again (default 3). */
  maxAttempts?: number;
  /** False: no polling, jobs run only through `drain()` (tests, benchmarks). Default true. */
  autoStart?: boolean;
};

export type OcrWorker = {
  /** Looks for work now instead of at the next poll. */
  wake(): void;
  /** Runs queued jobs until none is left; for tests and the benchmark. Returns how many ran. */
  drain(): Promise<number>;
  /** Stops polling; a job being read is cancelled and goes back to the queue when its lease ends. */
  stop(): Promise<void>;
};

const PROGRESS_EVERY_MS = 1000;

/**
 * Reads queued scans in the background, one at a time (OCR takes a CPU core). A job is claimed with
 * `FOR UPDATE SKIP LOCKED`, so several instances share the queue; its text is appended to the document's OCR text (the
 * search index reads it) and the job ends `done`, or `failed` with the engine's code and Vietnamese message. A failure
 * changes nothing but that job, and adds a line to the document's history.
 */
export function startOcrWorker(options: OcrWorkerOptions): OcrWorker {
  const { database, files, reader, clock, ids, logger } = options;
  const db = database.db;
  const pollMs = options.pollMs ?? 2000;
  const leaseMs = options.leaseMs ?? 30 * 60 * 1000;
  const maxAttempts = options.maxAttempts ?? 3;
  const abort = new AbortController();
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  async function claim(): Promise<OcrJobRow | undefined> {
    const now = clock.now();
    const rows = await db.execute<{ id: string }>(sql`
      update intake.ocr_jobs set state = 'running', attempts = attempts + 1,
        lease_until = ${new Date(now.getTime() + leaseMs)}
      where id = (
        select id from intake.ocr_jobs
        where state = 'queued' or (state = 'running' and lease_until < ${now})
        order by id limit 1 for update skip locked)
      returning id`);
    const id = rows.rows[0]?.id;
    if (!id) return undefined;
    const [job] = await db.select().from(ocrJobs).where(eq(ocrJobs.id, id));
    return job;
  }

  async function finish(
    job: OcrJobRow,
    outcome: { ok: true; text: string; engine: string } | { ok: false; error: DomainError },
  ) {
    const now = clock.now();
    await withTransaction(db, async (tx) => {
      if (outcome.ok) {
        await tx
          .update(ocrJobs)
          .set({ state: 'done', progress: 1, engine: outcome.engine, finishedAt: now, leaseUntil: null })
          .where(eq(ocrJobs.id, job.id));
        const text = outcome.text.trim();
        if (text) {
          await tx
            .update(incomingDocuments)
            .set({
              ocrText: sql`case when ${incomingDocuments.ocrText} is null then ${text} else ${incomingDocuments.ocrText} || E'\n\n' || ${text} end`,
            })
            .where(eq(incomingDocuments.id, job.documentId));
        }
      } else {
        await tx
          .update(ocrJobs)
          .set({
            state: 'failed',
            errorCode: outcome.error.code,
            errorMessage: outcome.error.messageVi,
            finishedAt: now,
            leaseUntil: null,
          })
          .where(eq(ocrJobs.id, job.id));
      }
      await recordHistory(tx, ids, {
        documentId: job.documentId,
        direction: 'incoming',
        at: now,
        actor: 'ocr',
        action: outcome.ok ? 'ocr-done' : 'ocr-failed',
        note: outcome.ok ? null : outcome.error.messageVi,
        detail: outcome.ok
          ? { fileId: job.fileId, engine: outcome.engine, characters: outcome.text.length }
          : { fileId: job.fileId, errorCode: outcome.error.code },
      });
    });
  }

  async function runOne(job: OcrJobRow): Promise<void> {
    if (job.attempts > maxAttempts) {
      await finish(job, { ok: false, error: ocrJobError('OCR_ABANDONED', { attempts: maxAttempts }) });
      return;
    }
    const bytes = await files.get(job.sha256);
    if (!bytes.ok) return finish(job, { ok: false, error: bytes.error });
    let lastWrite = 0;
    const result = await reader.readPdf(bytes.value, {
      signal: abort.signal,
      onProgress: ({ fraction }) => {
        const at = Date.now();
        if (at - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = at;
        // Progress also renews the lease: a long document keeps its job as long as pages keep coming.
        void db
          .update(ocrJobs)
          .set({ progress: Math.min(0.99, Math.max(0, fraction)), leaseUntil: new Date(clock.now().getTime() + leaseMs) })
          .where(and(eq(ocrJobs.id, job.id), eq(ocrJobs.state, 'running')))
          .catch((error: unknown) => logger.warn({ err: error, jobId: job.id }, 'OCR progress not saved'));
      },
    });
    if (abort.signal.aborted) return; // stopped: the lease will hand the job to the next worker
    await finish(job, result.ok ? { ok: true, ...result.value } : { ok: false, error: result.error });
    logger.info(
      {
        jobId: job.id,
        documentId: job.documentId,
        ok: result.ok,
        ...(result.ok ? { engine: result.value.engine } : { code: result.error.code }),
      },
      'OCR job finished',
    );
  }

  async function drain(): Promise<number> {
    let done = 0;
    while (!stopped) {
      const job = await claim();
      if (!job) break;
      try {
        await runOne(job);
      } catch (error) {
        // An unexpected failure (database gone, a bug) leaves the job running; its lease returns it to the queue.
        logger.error({ err: error, jobId: job.id }, 'OCR job crashed');
      }
      done += 1;
    }
    return done;
  }

  function tick() {
    if (stopped || running) return;
    running = drain()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'OCR worker failed to poll');
        return 0;
      })
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  }
  if (options.autoStart !== false) timer = setTimeout(tick, 0);

  return {
    wake() {
      if (options.autoStart === false) return;
      if (timer) clearTimeout(timer);
      tick();
    },
    drain: async () => {
      if (running) await running;
      return drain();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      abort.abort();
      await running;
    },
  };
}
