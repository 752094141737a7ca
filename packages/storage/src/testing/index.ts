import { createHash } from 'node:crypto';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { DEFAULT_ALLOWED_TYPES, type KnownContentType } from '../content-type.js';
import { storageError } from '../errors.js';
import type { FileBytes, FileStore, PutMeta, StoredFile } from '../file-store.js';
import { ingest } from '../ingest.js';
import { DEFAULT_MAX_BYTES } from '../local-file-store.js';
import { isSha256Hex, quoteForMessage } from '../sha256.js';

/** An in-memory `FileStore` that can also damage a stored file, for tests of code that reads files. */
export type MemoryFileStore = FileStore & {
  /** Replaces the bytes stored under `sha256` without changing the address (to test `STORAGE_CORRUPTED`). */
  corrupt(sha256: string, bytes: Uint8Array): void;
  readonly size: number;
};

/**
 * A `FileStore` in memory with the same limits and checks as the local one (type sniffing, size limit, checksum on
 * read). For unit tests of services; nothing survives the process.
 */
export function createMemoryFileStore(
  options: { maxBytes?: number; allowedTypes?: readonly KnownContentType[] } = {},
): MemoryFileStore {
  const files = new Map<string, Uint8Array>();
  const limits = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowedTypes: options.allowedTypes ?? DEFAULT_ALLOWED_TYPES,
  };
  const invalid = (sha256: unknown) => err(storageError('STORAGE_HASH_INVALID', { value: quoteForMessage(sha256) }));

  async function put(bytes: FileBytes, meta: PutMeta): Promise<Result<StoredFile, DomainError>> {
    const chunks: Uint8Array[] = [];
    const result = await ingest(bytes, meta.contentType, limits, async (chunk) => {
      chunks.push(chunk.slice());
    });
    if (result.ok && !files.has(result.value.sha256))
      files.set(result.value.sha256, new Uint8Array(Buffer.concat(chunks)));
    return result;
  }

  async function get(sha256: string): Promise<Result<Uint8Array, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    const bytes = files.get(sha256);
    if (bytes === undefined) return err(storageError('STORAGE_NOT_FOUND', { sha256 }));
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) return err(storageError('STORAGE_CORRUPTED', { sha256, actual }));
    return ok(new Uint8Array(bytes)); // a copy: callers cannot change what is stored
  }

  async function has(sha256: string): Promise<Result<boolean, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    return ok(files.has(sha256));
  }

  return {
    put,
    get,
    has,
    corrupt: (sha256, bytes) => void files.set(sha256, bytes.slice()),
    get size() {
      return files.size;
    },
  };
}
