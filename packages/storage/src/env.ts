import { z } from 'zod';
import { isS3BucketName, normalizeS3Prefix, s3EndpointProblem } from './s3-names.js';

const emptyAsMissing = (value: unknown): unknown => (value === '' ? undefined : value);

/** Both languages in one message, as the other env keys of the workspace do. */
const both = (vi: string, en: string): string => `${vi} / ${en}`;

/**
 * Env keys of `@lienthong/storage`, spread by a deployable into its env object: `defineEnv({ ...storageEnv, … })`.
 * Unset (or empty) keys take their defaults: the local store, files under `./.data/files`, at most 50 MiB each.
 * With `STORAGE_BACKEND=s3` the `STORAGE_S3_*` keys say where the bucket is; which of them are then required is
 * checked by `storageEnvSchema` and `createFileStoreFromEnv` (a field alone cannot see the backend).
 */
export const storageEnv = {
  STORAGE_BACKEND: z
    .preprocess(
      emptyAsMissing,
      z
        .enum(['local', 's3'], {
          error: both('STORAGE_BACKEND phải là local hoặc s3', 'STORAGE_BACKEND must be local or s3'),
        })
        .default('local'),
    )
    .describe('Where files are kept: local (a folder, STORAGE_DIR) or s3 (an S3-compatible bucket, STORAGE_S3_*)'),
  STORAGE_DIR: z
    .preprocess(emptyAsMissing, z.string().min(1).default('./.data/files'))
    .describe('Folder of the local content-addressed file store'),
  STORAGE_MAX_BYTES: z
    .preprocess(
      emptyAsMissing,
      z.coerce
        .number({
          error: 'STORAGE_MAX_BYTES phải là số byte (số nguyên dương) / STORAGE_MAX_BYTES must be a number of bytes',
        })
        .int({ error: 'STORAGE_MAX_BYTES phải là số nguyên / STORAGE_MAX_BYTES must be a whole number' })
        .positive({ error: 'STORAGE_MAX_BYTES phải lớn hơn 0 / STORAGE_MAX_BYTES must be greater than 0' })
        .default(50 * 1024 * 1024),
    )
    .describe('Largest accepted file, in bytes (default 52428800 = 50 MiB)'),
  STORAGE_S3_ENDPOINT: z
    .preprocess(
      emptyAsMissing,
      z
        .string()
        .superRefine((value, ctx) => {
          const problem = s3EndpointProblem(value);
          if (problem === undefined) return;
          ctx.addIssue({
            code: 'custom',
            message: both(`STORAGE_S3_ENDPOINT ${problem.vi}`, `STORAGE_S3_ENDPOINT ${problem.en}`),
          });
        })
        .transform((value) => value.replace(/\/+$/, ''))
        .optional(),
    )
    .describe('S3 endpoint URL, e.g. https://s3.example.vn or http://127.0.0.1:9000 (STORAGE_BACKEND=s3)'),
  STORAGE_S3_REGION: z
    .preprocess(emptyAsMissing, z.string().min(1).default('us-east-1'))
    .describe('Region the S3 requests are signed for (default us-east-1, which MinIO and most clouds accept)'),
  STORAGE_S3_BUCKET: z
    .preprocess(
      emptyAsMissing,
      z
        .string()
        .refine(isS3BucketName, {
          error: both(
            'STORAGE_S3_BUCKET phải là tên bucket: 3–63 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
            'STORAGE_S3_BUCKET must be a bucket name: 3 to 63 letters, digits, dots, hyphens or underscores',
          ),
        })
        .optional(),
    )
    .describe('Bucket holding the files (STORAGE_BACKEND=s3); it must exist'),
  STORAGE_S3_ACCESS_KEY_ID: z
    .preprocess(emptyAsMissing, z.string().optional())
    .describe('Access key id of the S3 account (STORAGE_BACKEND=s3)'),
  STORAGE_S3_SECRET_ACCESS_KEY: z
    .preprocess(emptyAsMissing, z.string().optional())
    .describe('Secret access key of the S3 account (STORAGE_BACKEND=s3)'),
  STORAGE_S3_PREFIX: z
    .preprocess(
      emptyAsMissing,
      z
        .string()
        .transform((value, ctx) => {
          const prefix = normalizeS3Prefix(value);
          if (prefix !== undefined) return prefix;
          ctx.addIssue({
            code: 'custom',
            message: both(
              'STORAGE_S3_PREFIX chỉ gồm chữ cái, chữ số, dấu . _ - và / (không có thư mục rỗng hay bắt đầu bằng dấu chấm)',
              'STORAGE_S3_PREFIX may only hold letters, digits, . _ - and / (no empty folder, none starting with a dot)',
            ),
          });
          return z.NEVER;
        })
        .default(''),
    )
    .describe('Folder inside the bucket for the files, e.g. files/ (default: the bucket root)'),
  STORAGE_S3_FORCE_PATH_STYLE: z
    .preprocess(
      emptyAsMissing,
      z
        .enum(['true', 'false'], {
          error: both(
            'STORAGE_S3_FORCE_PATH_STYLE phải là true hoặc false',
            'STORAGE_S3_FORCE_PATH_STYLE must be true or false',
          ),
        })
        .default('true')
        .transform((value) => value === 'true'),
    )
    .describe('true (default): <endpoint>/<bucket>/<key>; false: <bucket>.<endpoint host>/<key> (virtual-hosted)'),
};

const storageEnvObject = z.object(storageEnv);

/** The storage settings of a parsed environment (what `defineEnv({ ...storageEnv })` returns for these keys). */
export type StorageEnv = z.output<typeof storageEnvObject>;

/** The keys an S3 store cannot do without: required when `STORAGE_BACKEND=s3`. */
export const STORAGE_S3_REQUIRED = [
  'STORAGE_S3_ENDPOINT',
  'STORAGE_S3_BUCKET',
  'STORAGE_S3_ACCESS_KEY_ID',
  'STORAGE_S3_SECRET_ACCESS_KEY',
] as const;

/** Why the environment cannot build the store it asks for: the missing keys, by name (never with a value). */
export function storageEnvProblems(env: StorageEnv): { variable: string; vi: string; en: string }[] {
  if (env.STORAGE_BACKEND !== 's3') return [];
  return STORAGE_S3_REQUIRED.filter((variable) => env[variable] === undefined).map((variable) => ({
    variable,
    vi: `${variable} là bắt buộc khi STORAGE_BACKEND=s3`,
    en: `${variable} is required when STORAGE_BACKEND=s3`,
  }));
}

/**
 * `storageEnv` as one schema, with the rule no single field can check: `STORAGE_BACKEND=s3` requires the endpoint,
 * the bucket and both keys. Every missing key is reported. (`defineEnv` builds its object from the fields only, so a
 * deployable gets this check from `createFileStoreFromEnv`, at start-up.)
 */
export const storageEnvSchema = storageEnvObject.superRefine((env, ctx) => {
  for (const problem of storageEnvProblems(env)) {
    ctx.addIssue({ code: 'custom', path: [problem.variable], message: both(problem.vi, problem.en) });
  }
});
