import { describe, expect, it } from 'vitest';
import { storageEnvSchema } from './env.js';
import { createFileStoreFromEnv, StorageConfigError } from './file-store-from-env.js';

// Stores are built without I/O: nothing here touches a disk or a network.
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('createFileStoreFromEnv', () => {
  it('builds the local folder store by default', () => {
    const store = createFileStoreFromEnv(storageEnvSchema.parse({ STORAGE_DIR: '/var/lib/lienthong/files' }));
    expect('root' in store && store.root).toBe('/var/lib/lienthong/files');
  });

  it('builds the S3 store from STORAGE_S3_*', () => {
    const store = createFileStoreFromEnv(
      storageEnvSchema.parse({
        STORAGE_BACKEND: 's3',
        STORAGE_S3_ENDPOINT: 'https://s3.example.vn/',
        STORAGE_S3_BUCKET: 'lienthong-files',
        STORAGE_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        STORAGE_S3_SECRET_ACCESS_KEY: SECRET,
        STORAGE_S3_PREFIX: 'files',
        STORAGE_S3_FORCE_PATH_STYLE: 'false',
      }),
    );
    const hash = 'cd'.repeat(32);
    expect('urlOf' in store && store.urlOf(hash)).toBe(`https://lienthong-files.s3.example.vn/files/cd/cd/${hash}`);
  });

  it('names every missing S3 setting, in Vietnamese and English, never a value', () => {
    // As a deployable's defineEnv would give it: the fields parsed one by one, the cross-field rule not yet applied.
    const env = {
      ...storageEnvSchema.parse({}),
      STORAGE_BACKEND: 's3' as const,
      STORAGE_S3_ENDPOINT: 'https://s3.example.vn',
      STORAGE_S3_SECRET_ACCESS_KEY: SECRET,
    };
    let thrown: unknown;
    try {
      createFileStoreFromEnv(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StorageConfigError);
    const error = thrown as StorageConfigError;
    expect(error.problems.map((problem) => problem.variable)).toEqual([
      'STORAGE_S3_BUCKET',
      'STORAGE_S3_ACCESS_KEY_ID',
    ]);
    expect(error.messageVi).toContain('STORAGE_S3_BUCKET: STORAGE_S3_BUCKET là bắt buộc khi STORAGE_BACKEND=s3');
    expect(error.message).toContain('STORAGE_S3_ACCESS_KEY_ID: STORAGE_S3_ACCESS_KEY_ID is required when');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(SECRET);
  });
});
