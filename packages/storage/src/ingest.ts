import { createHash } from 'node:crypto';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import {
  KNOWN_CONTENT_TYPES,
  SNIFF_BYTES,
  knownContentType,
  matchesContentType,
  type KnownContentType,
} from './content-type.js';
import { storageError } from './errors.js';
import type { FileBytes, StoredFile } from './file-store.js';

/** The limits a store enforces on every put. */
export type StoreLimits = {
  readonly maxBytes: number;
  readonly allowedTypes: readonly KnownContentType[];
};

async function* chunksOf(bytes: FileBytes): AsyncIterable<Uint8Array> {
  if (bytes instanceof Uint8Array) yield bytes;
  else yield* bytes;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Checks a put against the limits while hashing it, handing each accepted chunk to `write`. The type is checked
 * before the first byte is written; the size is checked on every chunk, and reading stops (the source's `return`
 * is called) as soon as the limit is passed. On an error result the caller discards whatever `write` received.
 */
export async function ingest(
  bytes: FileBytes,
  declaredType: string,
  limits: StoreLimits,
  write: (chunk: Uint8Array) => Promise<void>,
): Promise<Result<StoredFile, DomainError>> {
  const type = knownContentType(declaredType);
  if (type === undefined || !limits.allowedTypes.includes(type)) {
    return err(
      storageError('STORAGE_TYPE_NOT_ALLOWED', { contentType: declaredType, allowed: limits.allowedTypes.join(', ') }),
    );
  }
  if (bytes instanceof Uint8Array && bytes.length > limits.maxBytes) {
    return err(storageError('STORAGE_TOO_LARGE', { maxBytes: limits.maxBytes, size: bytes.length }));
  }

  const hash = createHash('sha256');
  let size = 0;
  let head: Uint8Array[] | undefined = []; // chunks held back until the type is checked
  const sniff = async (): Promise<Result<void, DomainError>> => {
    const held = head ?? [];
    head = undefined;
    if (!matchesContentType(type, concat(held, size).subarray(0, SNIFF_BYTES))) {
      return err(storageError('STORAGE_TYPE_MISMATCH', { contentType: type, label: KNOWN_CONTENT_TYPES[type] }));
    }
    for (const chunk of held) await write(chunk);
    return ok(undefined);
  };

  for await (const chunk of chunksOf(bytes)) {
    size += chunk.length;
    if (size > limits.maxBytes) {
      return err(storageError('STORAGE_TOO_LARGE', { maxBytes: limits.maxBytes }));
    }
    hash.update(chunk);
    if (head !== undefined) {
      head.push(chunk.slice()); // a copy: some sources reuse their buffer for the next chunk
      if (size < SNIFF_BYTES) continue;
      const sniffed = await sniff();
      if (!sniffed.ok) return sniffed;
    } else {
      await write(chunk);
    }
  }
  if (head !== undefined) {
    const sniffed = await sniff();
    if (!sniffed.ok) return sniffed;
  }
  return ok({ sha256: hash.digest('hex'), size, contentType: type });
}
