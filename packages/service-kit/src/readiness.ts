/** One dependency a service needs before it can take traffic (database reachable, bus connected...). */
export type ReadinessCheck = { name: string; check(): Promise<void> };

export type ReadinessReport = {
  ready: boolean;
  /** Check name → `'ok'` or the reason it failed. */
  checks: Record<string, string>;
};

export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Runs every check at once, each bounded by `timeoutMs`.
 * Invariant: never rejects; a check that throws or exceeds its time is reported by name with its message.
 */
export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs: number = READINESS_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const outcomes = await Promise.all(checks.map((check) => outcome(check, timeoutMs)));
  const report: ReadinessReport = { ready: true, checks: {} };
  checks.forEach((check, index) => {
    const result = outcomes[index] ?? 'ok';
    let name = check.name;
    // Two checks with one name must not hide each other's failure.
    for (let n = 2; name in report.checks; n += 1) name = `${check.name}#${n}`;
    report.checks[name] = result;
    if (result !== 'ok') report.ready = false;
  });
  return report;
}

async function outcome(check: ReadinessCheck, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`timed out after ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(() => check.check())
        .then(
          () => 'ok',
          (error: unknown) => (error instanceof Error ? error.message : String(error)) || 'failed',
        ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
