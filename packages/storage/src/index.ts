export { storageError, type StorageErrorCode } from './errors.js';
export type { FileBytes, FileStore, PutMeta, StoredFile } from './file-store.js';
export {
  DEFAULT_ALLOWED_TYPES,
  KNOWN_CONTENT_TYPES,
  knownContentType,
  matchesContentType,
  type KnownContentType,
} from './content-type.js';
export { isSha256Hex } from './sha256.js';
export {
  createLocalFileStore,
  DEFAULT_MAX_BYTES,
  type LocalFileStore,
  type LocalFileStoreOptions,
} from './local-file-store.js';
export {
  createS3FileStore,
  DEFAULT_S3_REGION,
  DEFAULT_S3_RETRIES,
  DEFAULT_S3_TIMEOUT_MS,
  type S3FileStore,
  type S3FileStoreOptions,
} from './s3-file-store.js';
export { createFileStoreFromEnv, StorageConfigError, type StorageConfigProblem } from './file-store-from-env.js';
