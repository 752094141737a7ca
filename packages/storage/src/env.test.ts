import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storageEnv, storageEnvSchema } from './env.js';

const Env = z.object({ ...storageEnv });

const DEFAULTS = {
  STORAGE_BACKEND: 'local',
  STORAGE_DIR: './.data/files',
  STORAGE_MAX_BYTES: 52_428_800,
  STORAGE_S3_REGION: 'us-east-1',
  STORAGE_S3_PREFIX: '',
  STORAGE_S3_FORCE_PATH_STYLE: true,
};

const S3 = {
  STORAGE_BACKEND: 's3',
  STORAGE_S3_ENDPOINT: 'https://s3.example.vn',
  STORAGE_S3_BUCKET: 'lienthong-files',
  STORAGE_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  STORAGE_S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

/** The messages of a parse that must fail. */
function problems(schema: z.ZodType, input: Record<string, string>): string[] {
  const result = schema.safeParse(input);
  expect(result.success, JSON.stringify(input)).toBe(false);
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
}

describe('storageEnv', () => {
  it('defaults to the local store under ./.data/files and 50 MiB when nothing is set', () => {
    expect(Env.parse({})).toEqual(DEFAULTS);
  });

  it('treats empty values as unset', () => {
    const empty = Object.fromEntries(Object.keys(storageEnv).map((key) => [key, '']));
    expect(Env.parse(empty)).toEqual(DEFAULTS);
  });

  it('reads the folder and the limit from strings', () => {
    expect(Env.parse({ STORAGE_DIR: '/var/lib/lienthong/files', STORAGE_MAX_BYTES: '1048576' })).toEqual({
      ...DEFAULTS,
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

  it('reads the S3 settings, normalising the endpoint and the prefix', () => {
    expect(
      Env.parse({
        ...S3,
        STORAGE_S3_ENDPOINT: 'http://127.0.0.1:9000/',
        STORAGE_S3_REGION: 'hn-1',
        STORAGE_S3_PREFIX: '/lien-thong/files',
        STORAGE_S3_FORCE_PATH_STYLE: 'false',
      }),
    ).toEqual({
      ...DEFAULTS,
      ...S3,
      STORAGE_S3_ENDPOINT: 'http://127.0.0.1:9000',
      STORAGE_S3_REGION: 'hn-1',
      STORAGE_S3_PREFIX: 'lien-thong/files/',
      STORAGE_S3_FORCE_PATH_STYLE: false,
    });
  });

  it('rejects a backend, endpoint, bucket, prefix or path style it cannot use, in Vietnamese and English', () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ STORAGE_BACKEND: 'minio' }, 'STORAGE_BACKEND phải là local hoặc s3', 'STORAGE_BACKEND must be local or s3'],
      [{ STORAGE_S3_ENDPOINT: 's3.example.vn' }, 'STORAGE_S3_ENDPOINT không phải URL', 'STORAGE_S3_ENDPOINT not a URL'],
      [{ STORAGE_S3_ENDPOINT: 'ftp://s3.example.vn' }, 'http:// hoặc https://', 'must start with http:// or https://'],
      [{ STORAGE_S3_ENDPOINT: 'https://ak:sk@s3.example.vn' }, 'không được chứa', 'must not hold a user name'],
      [
        { STORAGE_S3_BUCKET: 'My Bucket' },
        'STORAGE_S3_BUCKET phải là tên bucket',
        'STORAGE_S3_BUCKET must be a bucket',
      ],
      [{ STORAGE_S3_PREFIX: '../other' }, 'STORAGE_S3_PREFIX chỉ gồm', 'STORAGE_S3_PREFIX may only hold'],
      [{ STORAGE_S3_FORCE_PATH_STYLE: 'yes' }, 'phải là true hoặc false', 'must be true or false'],
    ];
    for (const [input, vi, en] of cases) {
      const [message = ''] = problems(Env, input);
      expect(message).toContain(vi);
      expect(message).toContain(en);
    }
  });
});

describe('storageEnvSchema', () => {
  it('accepts STORAGE_BACKEND=s3 with the endpoint, the bucket and both keys', () => {
    expect(storageEnvSchema.parse(S3)).toMatchObject({ STORAGE_BACKEND: 's3', STORAGE_S3_BUCKET: 'lienthong-files' });
  });

  it('requires the endpoint, the bucket and both keys when STORAGE_BACKEND=s3, naming each', () => {
    expect(problems(storageEnvSchema, { STORAGE_BACKEND: 's3' })).toEqual(
      ['STORAGE_S3_ENDPOINT', 'STORAGE_S3_BUCKET', 'STORAGE_S3_ACCESS_KEY_ID', 'STORAGE_S3_SECRET_ACCESS_KEY'].map(
        (name) => `${name}: ${name} là bắt buộc khi STORAGE_BACKEND=s3 / ${name} is required when STORAGE_BACKEND=s3`,
      ),
    );
    const { STORAGE_S3_SECRET_ACCESS_KEY: _secret, ...withoutSecret } = S3;
    const messages = problems(storageEnvSchema, withoutSecret);
    expect(messages).toHaveLength(1);
    expect(messages.join('\n')).not.toContain(S3.STORAGE_S3_ACCESS_KEY_ID);
  });

  it('leaves the S3 keys optional for the local store', () => {
    expect(storageEnvSchema.parse({ STORAGE_BACKEND: 'local' })).toEqual(DEFAULTS);
  });
});
