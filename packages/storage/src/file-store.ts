import type { DomainError, Result } from '@lienthong/kernel';

/** What a store says about a file it holds. `sha256` is lowercase hex and is the file's only address. */
export type StoredFile = {
  readonly sha256: string;
  readonly size: number;
  readonly contentType: string;
};

/** What the caller declares about the bytes it hands over. The type is checked against the content. */
export type PutMeta = {
  readonly contentType: string;
  readonly fileName?: string;
};

/** Bytes as the store accepts them: whole, or as chunks read from an upload (never buffered whole). */
export type FileBytes = Uint8Array | AsyncIterable<Uint8Array>;

/**
 * The port every file store implements (a local folder, or an S3-compatible bucket).
 * Invariants an adapter must keep:
 * - files are addressed by the SHA-256 of their content and stored once; a put of existing content is a no-op;
 * - a refused put (too large, type not allowed, content not of the declared type) leaves nothing behind, and no
 *   reader ever sees a half-written file;
 * - `get` returns bytes only after checking they hash to the requested address (`STORAGE_CORRUPTED` otherwise);
 * - an address that is not 64 lowercase hex characters is refused with `STORAGE_HASH_INVALID` before any I/O.
 */
export interface FileStore {
  put(bytes: FileBytes, meta: PutMeta): Promise<Result<StoredFile, DomainError>>;
  get(sha256: string): Promise<Result<Uint8Array, DomainError>>;
  has(sha256: string): Promise<Result<boolean, DomainError>>;
  /**
   * Reads a file as chunks without holding it whole. The checksum can only be checked at the end: a corrupted file
   * makes the iteration throw `STORAGE_CORRUPTED` after its last chunk, so consumers must not commit what they
   * streamed until the iteration has finished.
   */
  stream?(sha256: string): Promise<Result<AsyncIterable<Uint8Array>, DomainError>>;
}
