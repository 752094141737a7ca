import { z } from 'zod';

const emptyAsMissing = (value: unknown): unknown => (value === '' ? undefined : value);

/**
 * Env keys of `@lienthong/storage`, spread by a deployable into its env object: `defineEnv({ ...storageEnv, … })`.
 * Unset (or empty) keys take their defaults: files under `./.data/files`, at most 50 MiB each.
 */
export const storageEnv = {
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
};
