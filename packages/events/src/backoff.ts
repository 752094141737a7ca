/** Exponential backoff settings: the first wait, and the cap. */
export type Backoff = { initialDelayMs: number; maxDelayMs: number };

/** The wait before retry number `failures` (1 = after the first failure): initial × 2^(failures−1), capped. */
export function backoffDelay(backoff: Backoff, failures: number): number {
  const exponent = Math.max(0, failures - 1);
  return Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** Math.min(exponent, 30));
}

/** Resolves after `ms`, or early (without error) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
