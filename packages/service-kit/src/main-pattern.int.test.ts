import { describe, expect, it } from 'vitest';
import { spawnFixture } from './test-fixtures/spawn-fixture.js';

describe('the main.ts order: telemetry and env first, the rest through a dynamic import', () => {
  it('traces HTTP requests and procedures when env.ts uses the @lienthong/service-kit/env entry', async () => {
    const run = spawnFixture('main-like.ts', [], process.env);
    const { code, stdout, stderr } = await run.exited;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      serverSpans: ['/trpc/greeting.hello'],
      procedureSpans: ['trpc greeting.hello'],
    });
  });
});
