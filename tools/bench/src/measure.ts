/** Runs `total` calls of `call` over `concurrency` parallel loops; returns the wall time and each call's latency (ms). */
export async function runConcurrently(total: number, concurrency: number, call: () => Promise<boolean>) {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const before = performance.now();
        const ok = await call().catch(() => false);
        latencies.push(performance.now() - before);
        if (!ok) failures += 1;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, failures };
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
