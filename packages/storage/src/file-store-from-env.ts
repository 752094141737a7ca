import { storageEnvProblems, type StorageEnv } from './env.js';
import { createLocalFileStore, type LocalFileStore } from './local-file-store.js';
import { createS3FileStore, type S3FileStore } from './s3-file-store.js';

/** One setting that stops the store from being built: the variable's name and why, never its value. */
export type StorageConfigProblem = { readonly variable: string; readonly vi: string; readonly en: string };

/**
 * The storage settings cannot build a store (e.g. `STORAGE_BACKEND=s3` without a bucket): a deployment mistake, found
 * at start-up. Invariant: the messages name variables, never repeat their values (the secret key among them).
 */
export class StorageConfigError extends Error {
  readonly code = 'STORAGE_CONFIG_INVALID';
  readonly problems: readonly StorageConfigProblem[];
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(problems: readonly StorageConfigProblem[]) {
    const messageVi = `Cấu hình kho tệp không hợp lệ:\n${problems.map((p) => `  ${p.variable}: ${p.vi}`).join('\n')}`;
    const messageEn = `Invalid file storage settings:\n${problems.map((p) => `  ${p.variable}: ${p.en}`).join('\n')}`;
    super(messageEn);
    this.name = 'StorageConfigError';
    this.problems = problems;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

/**
 * The file store the parsed environment asks for: the local folder store (`STORAGE_BACKEND=local`, the default) or the
 * S3-compatible one. Builds it without any I/O; throws `StorageConfigError` listing every missing `STORAGE_S3_*` key.
 * Usage in a deployable's bootstrap: `files: createFileStoreFromEnv(env)` with `env` from `defineEnv({ ...storageEnv })`.
 */
export function createFileStoreFromEnv(env: StorageEnv): LocalFileStore | S3FileStore {
  if (env.STORAGE_BACKEND === 'local') {
    return createLocalFileStore({ root: env.STORAGE_DIR, maxBytes: env.STORAGE_MAX_BYTES });
  }
  const problems = storageEnvProblems(env);
  const { STORAGE_S3_ENDPOINT, STORAGE_S3_BUCKET, STORAGE_S3_ACCESS_KEY_ID, STORAGE_S3_SECRET_ACCESS_KEY } = env;
  if (
    problems.length > 0 ||
    STORAGE_S3_ENDPOINT === undefined ||
    STORAGE_S3_BUCKET === undefined ||
    STORAGE_S3_ACCESS_KEY_ID === undefined ||
    STORAGE_S3_SECRET_ACCESS_KEY === undefined
  ) {
    throw new StorageConfigError(problems);
  }
  return createS3FileStore({
    endpoint: STORAGE_S3_ENDPOINT,
    region: env.STORAGE_S3_REGION,
    bucket: STORAGE_S3_BUCKET,
    accessKeyId: STORAGE_S3_ACCESS_KEY_ID,
    secretAccessKey: STORAGE_S3_SECRET_ACCESS_KEY,
    prefix: env.STORAGE_S3_PREFIX,
    forcePathStyle: env.STORAGE_S3_FORCE_PATH_STYLE,
    maxBytes: env.STORAGE_MAX_BYTES,
  });
}
