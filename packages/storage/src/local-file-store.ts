import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { DEFAULT_ALLOWED_TYPES, type KnownContentType } from './content-type.js';
import { storageError } from './errors.js';
import type { FileBytes, FileStore, PutMeta, StoredFile } from './file-store.js';
import { ingest } from './ingest.js';
import { isSha256Hex, quoteForMessage } from './sha256.js';

/** 50 MiB: the default size limit of one file. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Folder under the root where puts are written before they are renamed into place. */
export const TEMP_FOLDER = '.tmp';

export type LocalFileStoreOptions = {
  /** Folder holding the files, created when missing. */
  readonly root: string;
  readonly maxBytes?: number;
  readonly allowedTypes?: readonly KnownContentType[];
};

/** A `FileStore` that also says where it keeps a file (for operators and tests). */
export type LocalFileStore = FileStore & {
  readonly root: string;
  pathOf(sha256: string): string;
  stream(sha256: string): Promise<Result<AsyncIterable<Uint8Array>, DomainError>>;
};

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * Stores files in a local folder at `<root>/<aa>/<bb>/<sha256>`.
 * Invariants: a put is written to `<root>/.tmp/` (same file system) and renamed into place only once complete and
 * checked, so no half-written file is ever visible; a refused or failed put deletes its temporary file; a put of
 * content already stored leaves the stored file alone; `get` checks the SHA-256 before returning bytes.
 */
export function createLocalFileStore(options: LocalFileStoreOptions): LocalFileStore {
  const root = options.root;
  const limits = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowedTypes: options.allowedTypes ?? DEFAULT_ALLOWED_TYPES,
  };
  const pathOf = (sha256: string): string => join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const invalid = (sha256: unknown) => err(storageError('STORAGE_HASH_INVALID', { value: quoteForMessage(sha256) }));

  async function put(bytes: FileBytes, meta: PutMeta): Promise<Result<StoredFile, DomainError>> {
    const tempFolder = join(root, TEMP_FOLDER);
    const tempPath = join(tempFolder, `${randomUUID()}.part`);
    let file: FileHandle | undefined;
    let renamed = false;
    try {
      const result = await ingest(bytes, meta.contentType, limits, async (chunk) => {
        if (file === undefined) {
          await mkdir(tempFolder, { recursive: true });
          file = await open(tempPath, 'wx');
        }
        await file.write(chunk);
      });
      if (!result.ok) return result;
      if (file === undefined) {
        // Only an empty file gets here without a write, and no known type is empty.
        throw new Error('a checked put wrote no bytes');
      }
      await file.sync();
      await file.close();
      file = undefined;

      const finalPath = pathOf(result.value.sha256);
      const existing = await stat(finalPath).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      });
      // Same address and same size: the same content is already there. A shorter or longer file under that address
      // is damaged, and the complete copy replaces it.
      if (existing?.size !== result.value.size) {
        await mkdir(join(root, result.value.sha256.slice(0, 2), result.value.sha256.slice(2, 4)), { recursive: true });
        await rename(tempPath, finalPath);
        renamed = true;
      }
      return result;
    } finally {
      await file?.close();
      if (!renamed) await unlink(tempPath).catch(() => undefined); // may not exist: nothing was written
    }
  }

  async function get(sha256: string): Promise<Result<Uint8Array, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    let bytes: Buffer;
    try {
      bytes = await readFile(pathOf(sha256));
    } catch (error) {
      if (isMissing(error)) return err(storageError('STORAGE_NOT_FOUND', { sha256 }));
      throw error;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) return err(storageError('STORAGE_CORRUPTED', { sha256, actual }));
    return ok(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  async function has(sha256: string): Promise<Result<boolean, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    try {
      return ok((await stat(pathOf(sha256))).isFile());
    } catch (error) {
      if (isMissing(error)) return ok(false);
      throw error;
    }
  }

  async function stream(sha256: string): Promise<Result<AsyncIterable<Uint8Array>, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    const found = await has(sha256);
    if (found.ok && !found.value) return err(storageError('STORAGE_NOT_FOUND', { sha256 }));
    const path = pathOf(sha256);
    async function* chunks(): AsyncIterable<Uint8Array> {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      const actual = hash.digest('hex');
      if (actual !== sha256) throw storageError('STORAGE_CORRUPTED', { sha256, actual });
    }
    return ok(chunks());
  }

  return { root, pathOf, put, get, has, stream };
}
