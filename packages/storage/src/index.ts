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
