import type { Logger } from '@lienthong/telemetry';

/** One thing to stop, e.g. `{ name: 'http', run: () => server.close() }`. */
export type ShutdownStep = { name: string; run(): Promise<void> };

export type GracefulShutdownOptions = {
  logger: Logger;
  /** Run in order: stop accepting HTTP first, then consumers, the outbox relay, the database. */
  steps: ShutdownStep[];
  /** Budget for all steps together; default 10 s. */
  timeoutMs?: number;
  /** Default SIGTERM and SIGINT. */
  signals?: NodeJS.Signals[];
  /** Default `process.exit`; called by the signal handler only. */
  exit?: (code: number) => void;
};

export type GracefulShutdown = {
  /** Runs the steps once (later calls get the same promise) and resolves to the exit code: 0, or 1 on failure. */
  shutdown(reason?: string): Promise<number>;
  /** Removes the signal handlers. */
  uninstall(): void;
};

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Stops the process in order on SIGTERM/SIGINT, logging each step, then exits.
 * Invariants: steps run one after another in the given order; a failing step is logged and the next still runs;
 * when the time budget runs out the remaining steps are skipped; the exit code is 0 only if every step finished.
 */
export function installGracefulShutdown(options: GracefulShutdownOptions): GracefulShutdown {
  const { logger } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let running: Promise<number> | undefined;

  async function runSteps(reason: string): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    logger.info({ reason, steps: options.steps.map((step) => step.name) }, 'shutting down');
    let code = 0;
    for (const step of options.steps) {
      const remaining = deadline - Date.now();
      const started = Date.now();
      const outcome = remaining > 0 ? await within(step.run, remaining) : 'timeout';
      if (outcome === 'timeout') {
        logger.error({ step: step.name, timeoutMs }, 'shutdown step timed out; skipping the rest');
        return 1;
      }
      if (outcome === 'ok') {
        logger.info({ step: step.name, durationMs: Date.now() - started }, 'shutdown step done');
      } else {
        code = 1;
        logger.error({ step: step.name, err: outcome.error }, 'shutdown step failed');
      }
    }
    logger.info({ code }, 'shutdown complete');
    return code;
  }

  const shutdown = (reason = 'requested') => (running ??= runSteps(reason));
  const onSignal = (signal: NodeJS.Signals) => {
    void shutdown(signal).then(exit);
  };
  for (const signal of signals) process.on(signal, onSignal);

  return {
    shutdown,
    uninstall: () => {
      for (const signal of signals) process.off(signal, onSignal);
    },
  };
}

async function within(run: () => Promise<void>, ms: number): Promise<'ok' | 'timeout' | { error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(run)
        .then(
          () => 'ok' as const,
          (error: unknown) => ({ error }),
        ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
