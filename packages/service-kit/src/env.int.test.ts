import { describe, expect, it } from 'vitest';
import { spawnFixture } from './test-fixtures/spawn-fixture.js';

function envWithout(...names: string[]): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['PORT', 'HOST', 'LOG_LEVEL', 'BODY_LIMIT_BYTES', 'DATABASE_URL', ...names]) delete env[name];
  return env;
}

describe('loadEnvOrExit in a deployable process', () => {
  it('prints every bad variable on stderr, one per line, and exits 1', async () => {
    const run = spawnFixture('env-app.ts', [], {
      ...envWithout(),
      PORT: 'abc',
      LOG_LEVEL: 'verbose',
      DATABASE_URL: 'db/intake',
    });
    const { code, stdout, stderr } = await run.exited;
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'Invalid environment: 3 variables',
      '  PORT: expected a number, got "abc"',
      '  LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
      '  DATABASE_URL: expected a URL, got "db/intake"',
    ]);
  });

  it('hides the password of a URL variable it prints', async () => {
    const run = spawnFixture('env-app.ts', [], {
      ...envWithout(),
      PORT: '0',
      DATABASE_URL: 'postgres://intake:hunter2@db:5432/intake',
    });
    const { code, stderr } = await run.exited;
    expect(code).toBe(1);
    expect(stderr).toContain('  PORT: must be at least 1, got "0"');
    expect(stderr).not.toContain('hunter2');
  });

  it('hands the parsed environment on when it is valid', async () => {
    const run = spawnFixture('env-app.ts', [], {
      ...envWithout(),
      PORT: '9090',
      DATABASE_URL: 'postgres://db:5432/intake',
    });
    const { code, stdout } = await run.exited;
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      PORT: 9090,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      BODY_LIMIT_BYTES: 1_048_576,
      DATABASE_URL: 'postgres://db:5432/intake',
    });
  });
});
