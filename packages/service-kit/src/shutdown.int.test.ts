import { describe, expect, it } from 'vitest';
import { jsonLines, spawnFixture } from './test-fixtures/spawn-fixture.js';

describe('installGracefulShutdown in a service process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s closes HTTP first, then the later steps in order, and exits 0',
    async (signal) => {
      const run = spawnFixture('graceful-app.ts', [], process.env);
      const { ready } = await run.waitFor('ready');
      const health = await fetch(`${String(ready)}/healthz`);
      expect(health.status).toBe(200);
      run.child.kill(signal);
      const { code, stdout } = await run.exited;
      expect(code).toBe(0);
      const logs = jsonLines(stdout);
      expect(logs.find((line) => line['msg'] === 'shutting down')).toMatchObject({ reason: signal });
      expect(logs.filter((line) => line['msg'] === 'shutdown step done').map((line) => line['step'])).toEqual([
        'http',
        'consumers',
        'database',
      ]);
      await expect(fetch(`${String(ready)}/healthz`)).rejects.toThrow();
    },
  );

  it('exits 1 when a step fails, after running the steps that follow it', async () => {
    const run = spawnFixture('graceful-app.ts', ['fail'], process.env);
    await run.waitFor('ready');
    run.child.kill('SIGTERM');
    const { code, stdout } = await run.exited;
    expect(code).toBe(1);
    const logs = jsonLines(stdout);
    expect(logs.find((line) => line['msg'] === 'shutdown step failed')).toMatchObject({
      step: 'consumers',
      err: { message: 'consumer group did not leave' },
    });
    expect(logs.filter((line) => line['msg'] === 'shutdown step done').map((line) => line['step'])).toEqual([
      'http',
      'database',
    ]);
  });
});
