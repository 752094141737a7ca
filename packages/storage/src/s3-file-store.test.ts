import { describe, expect, it } from 'vitest';
import { createS3FileStore, type S3FileStoreOptions } from './s3-file-store.js';

// Building a store does no I/O: these tests only look at the names it derives and the options it refuses.
const options: S3FileStoreOptions = {
  endpoint: 'https://s3.example.vn',
  bucket: 'lienthong-files',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const hash = 'ab'.repeat(32);

describe('createS3FileStore names', () => {
  it('keys a file by <aa>/<bb>/<sha256> and uses path-style URLs by default', () => {
    const store = createS3FileStore(options);
    expect(store.keyOf(hash)).toBe(`ab/ab/${hash}`);
    expect(store.urlOf(hash)).toBe(`https://s3.example.vn/lienthong-files/ab/ab/${hash}`);
  });

  it('puts the prefix in front of the key, as a folder', () => {
    for (const prefix of ['files', 'files/', '/files/', 'files//']) {
      expect(createS3FileStore({ ...options, prefix }).keyOf(hash), prefix).toBe(`files/ab/ab/${hash}`);
    }
    expect(createS3FileStore({ ...options, prefix: 'a/b.c/d_e-f' }).keyOf(hash)).toBe(`a/b.c/d_e-f/ab/ab/${hash}`);
  });

  it('keeps the base path and port of the endpoint', () => {
    const store = createS3FileStore({ ...options, endpoint: 'http://10.0.0.5:9000/s3/', prefix: 'files/' });
    expect(store.urlOf(hash)).toBe(`http://10.0.0.5:9000/s3/lienthong-files/files/ab/ab/${hash}`);
  });

  it('uses <bucket>.<host> with forcePathStyle: false', () => {
    const store = createS3FileStore({ ...options, forcePathStyle: false, prefix: 'files/' });
    expect(store.urlOf(hash)).toBe(`https://lienthong-files.s3.example.vn/files/ab/ab/${hash}`);
  });

  it('refuses options that cannot name an object, without repeating the secret', () => {
    const refused: Partial<S3FileStoreOptions>[] = [
      { endpoint: 's3.example.vn' },
      { endpoint: 'ftp://s3.example.vn' },
      { endpoint: 'https://user:pass@s3.example.vn' },
      { endpoint: 'https://s3.example.vn/?x=1' },
      { bucket: 'ab' },
      { bucket: 'has/slash' },
      { bucket: '-starts-with-dash' },
      { prefix: '../escape' },
      { prefix: 'a/../b' },
      { prefix: 'a//b' },
      { prefix: 'tên-tệp' },
      { prefix: '.hidden' },
      { accessKeyId: '' },
      { secretAccessKey: '' },
      { retries: -1 },
      { timeoutMs: 0 },
    ];
    for (const override of refused) {
      let thrown: unknown;
      try {
        createS3FileStore({ ...options, ...override });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(override)).toBeInstanceOf(TypeError);
      expect(String(thrown)).not.toContain(options.secretAccessKey);
    }
  });
});
