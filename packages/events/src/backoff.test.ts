import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from the initial delay and stops at the cap', () => {
    const backoff = { initialDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5, 50].map((failures) => backoffDelay(backoff, failures))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });
});

describe('sleep', () => {
  it('returns early when its signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
