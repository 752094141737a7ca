import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storageEnv } from './env.js';

const Env = z.object({ ...storageEnv });

describe('storageEnv', () => {
  it('defaults to ./.data/files and 50 MiB when nothing is set', () => {
    expect(Env.parse({})).toEqual({ STORAGE_DIR: './.data/files', STORAGE_MAX_BYTES: 52_428_800 });
  });

  it('treats empty values as unset', () => {
    expect(Env.parse({ STORAGE_DIR: '', STORAGE_MAX_BYTES: '' })).toEqual({
      STORAGE_DIR: './.data/files',
      STORAGE_MAX_BYTES: 52_428_800,
    });
  });

  it('reads the folder and the limit from strings', () => {
    expect(Env.parse({ STORAGE_DIR: '/var/lib/lienthong/files', STORAGE_MAX_BYTES: '1048576' })).toEqual({
      STORAGE_DIR: '/var/lib/lienthong/files',
      STORAGE_MAX_BYTES: 1_048_576,
    });
  });

  it('rejects a limit that is not a positive whole number, in Vietnamese and English', () => {
    for (const value of ['abc', '0', '-5', '1.5']) {
      const result = Env.safeParse({ STORAGE_MAX_BYTES: value });
      expect(result.success, value).toBe(false);
      const message = result.error?.issues[0]?.message ?? '';
      expect(message).toContain('STORAGE_MAX_BYTES phải');
      expect(message).toContain('STORAGE_MAX_BYTES must');
    }
  });
});
