import { describe, expect, it } from 'vitest';
import { runReadinessChecks } from './readiness.js';

describe('runReadinessChecks', () => {
  it('is ready when every check passes', async () => {
    const report = await runReadinessChecks([
      { name: 'database', check: async () => undefined },
      { name: 'bus', check: async () => undefined },
    ]);
    expect(report).toEqual({ ready: true, checks: { database: 'ok', bus: 'ok' } });
  });

  it('reports a failing check by name with its message and still runs the others', async () => {
    const report = await runReadinessChecks([
      { name: 'database', check: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) },
      { name: 'bus', check: async () => undefined },
    ]);
    expect(report).toEqual({ ready: false, checks: { database: 'connect ECONNREFUSED 127.0.0.1:5432', bus: 'ok' } });
  });

  it('reports a check that throws synchronously', async () => {
    const report = await runReadinessChecks([
      {
        name: 'storage',
        check: () => {
          throw new Error('bucket missing');
        },
      },
    ]);
    expect(report.checks).toEqual({ storage: 'bucket missing' });
  });

  it('fails a check that takes longer than the timeout', async () => {
    const report = await runReadinessChecks([{ name: 'slow', check: () => new Promise(() => undefined) }], 20);
    expect(report).toEqual({ ready: false, checks: { slow: 'timed out after 20 ms' } });
  });

  it('keeps two checks with the same name apart', async () => {
    const report = await runReadinessChecks([
      { name: 'database', check: async () => undefined },
      { name: 'database', check: async () => Promise.reject(new Error('down')) },
    ]);
    expect(report.checks).toEqual({ database: 'ok', 'database#2': 'down' });
  });
});
