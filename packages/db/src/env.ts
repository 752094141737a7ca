import { z } from 'zod';

const emptyAsMissing = (value: unknown): unknown => (value === '' ? undefined : value);

/**
 * Env keys of `@lienthong/db`, spread by a service into its env object: `z.object({ ...dbEnv, ...otherEnv })`.
 * DATABASE_URL unset (or empty) means the embedded PGlite stored under DATA_DIR.
 */
export const dbEnv = {
  DATABASE_URL: z
    .preprocess(
      emptyAsMissing,
      z
        .url({
          protocol: /^postgres(ql)?$/,
          error:
            'DATABASE_URL phải là URL PostgreSQL dạng postgres://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu ' +
            '/ DATABASE_URL must be a PostgreSQL URL like postgres://user@host:port/database',
        })
        .optional(),
    )
    .describe('PostgreSQL URL; unset to use the embedded PGlite under DATA_DIR'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('./.data')
    .describe('Folder for local data (the embedded PGlite database when DATABASE_URL is unset)'),
};
