import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineEnv, EnvError, serverEnv } from './env.js';

function loadError(load: () => unknown): EnvError {
  try {
    load();
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error('expected an EnvError');
}

describe('defineEnv', () => {
  const env = defineEnv({ ...serverEnv, DATABASE_URL: z.url(), API_TOKEN: z.string().min(32) });

  it('applies the server defaults and coerces numbers', () => {
    expect(env.load({ DATABASE_URL: 'postgres://db/intake', API_TOKEN: 'x'.repeat(32), PORT: '3000' })).toEqual({
      PORT: 3000,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      BODY_LIMIT_BYTES: 1_048_576,
      DATABASE_URL: 'postgres://db/intake',
      API_TOKEN: 'x'.repeat(32),
    });
  });

  it('treats an empty variable as unset, so its default applies', () => {
    const loaded = env.load({
      DATABASE_URL: 'postgres://db/intake',
      API_TOKEN: 'x'.repeat(32),
      PORT: '',
      LOG_LEVEL: '',
    });
    expect(loaded.PORT).toBe(8080);
    expect(loaded.LOG_LEVEL).toBe('info');
  });

  it('lists every bad variable at once, one per line', () => {
    const error = loadError(() =>
      env.load({
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        BODY_LIMIT_BYTES: '-5',
        HOST: 'localhost',
        API_TOKEN: 'x'.repeat(32),
      }),
    );
    expect(error.message.split('\n')).toEqual([
      'Invalid environment: 4 variables',
      '  PORT: expected a number, got "abc"',
      '  LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      '  BODY_LIMIT_BYTES: must be more than 0, got "-5"',
      '  DATABASE_URL: required, but not set',
    ]);
    expect(error.problems.map((problem) => problem.variable)).toEqual([
      'PORT',
      'LOG_LEVEL',
      'BODY_LIMIT_BYTES',
      'DATABASE_URL',
    ]);
  });

  it('rejects a port out of range', () => {
    const error = loadError(() =>
      env.load({ PORT: '70000', DATABASE_URL: 'postgres://db/x', API_TOKEN: 'x'.repeat(32) }),
    );
    expect(error.problems).toEqual([{ variable: 'PORT', message: 'must be at most 65535, got "70000"' }]);
  });

  it('never prints the value of a secret variable or the password in a URL', () => {
    const withSecrets = defineEnv({
      DATABASE_URL: z.url().startsWith('postgres://'),
      API_TOKEN: z.string().min(32),
      DB_PASSWORD: z.string().min(12),
      signing_key_id: z.string().uuid(),
    });
    const error = loadError(() =>
      withSecrets.load({
        DATABASE_URL: 'mysql://intake:hunter2-db@db/intake',
        API_TOKEN: 'short-token-value',
        DB_PASSWORD: 'pw-9',
        signing_key_id: 'kms-key-17',
      }),
    );
    expect(error.message).not.toContain('hunter2-db');
    expect(error.message).not.toContain('short-token-value');
    expect(error.message).not.toContain('pw-9');
    expect(error.message).not.toContain('kms-key-17');
    expect(error.message).toContain(
      '  DATABASE_URL: expected the starts_with format, got "mysql://intake:***@db/intake"',
    );
    expect(error.message).toContain('  API_TOKEN: must be at least 32 characters, got [redacted]');
    expect(error.message).toContain('  DB_PASSWORD: must be at least 12 characters, got [redacted]');
    expect(error.message).toContain('  signing_key_id: expected the uuid format, got [redacted]');
  });

  it("keeps a schema's own message", () => {
    const custom = defineEnv({
      KAFKA_BROKERS: z.string().regex(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/, 'expected host:port[,host:port]'),
    });
    const error = loadError(() => custom.load({ KAFKA_BROKERS: 'kafka' }));
    expect(error.problems).toEqual([
      { variable: 'KAFKA_BROKERS', message: 'expected host:port[,host:port], got "kafka"' },
    ]);
  });

  it('reads process.env when given no source', () => {
    const fromProcess = defineEnv({ PATH: z.string().min(1) });
    expect(fromProcess.load().PATH).toBe(process.env['PATH']);
  });

  it('exposes the zod schema it parses with', () => {
    expect(env.schema.shape.PORT).toBe(serverEnv.PORT);
  });
});
