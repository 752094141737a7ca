import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dbEnv } from './env.js';

const Env = z.object({ ...dbEnv });

describe('dbEnv', () => {
  it('defaults to PGlite under ./.data when nothing is set', () => {
    expect(Env.parse({})).toEqual({ DATABASE_URL: undefined, DATA_DIR: './.data' });
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(Env.parse({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(Env.parse({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).DATABASE_URL).toBe(
      'postgres://postgres@127.0.0.1:5432/test',
    );
    expect(Env.safeParse({ DATABASE_URL: 'postgresql://app@db/intake' }).success).toBe(true);
  });

  it('rejects a URL of another kind with a Vietnamese and English message', () => {
    const result = Env.safeParse({ DATABASE_URL: 'mysql://root@localhost/db' });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    expect(message).toContain('DATABASE_URL phải là URL PostgreSQL');
    expect(message).toContain('DATABASE_URL must be a PostgreSQL URL');
  });

  it('rejects a value that is not a URL', () => {
    expect(Env.safeParse({ DATABASE_URL: 'localhost:5432' }).success).toBe(false);
  });
});
