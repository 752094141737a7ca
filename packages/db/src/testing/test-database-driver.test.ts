import { afterEach, describe, expect, it, vi } from 'vitest';
import { testDatabaseDriver } from './index.js';

describe('testDatabaseDriver', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses PGlite when DATABASE_URL is unset', () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('REQUIRE_INFRA', '');
    expect(testDatabaseDriver()).toBe('pglite');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
    expect(testDatabaseDriver()).toBe('postgres');
  });

  it('refuses to fall back to PGlite when REQUIRE_INFRA=1', () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('REQUIRE_INFRA', '1');
    expect(() => testDatabaseDriver()).toThrow(/REQUIRE_INFRA=1 but DATABASE_URL is not set/);
  });
});
