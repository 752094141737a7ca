// The behaviour every FileStore adapter must show (file-store.ts), as one suite each adapter's integration test runs
// against real storage (not part of the build).
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { KnownContentType } from '../content-type.js';
import type { FileStore } from '../file-store.js';

/** A store under test, with the stream its adapter must offer. */
export type ContractStore = FileStore & { stream: NonNullable<FileStore['stream']> };

/** How the suite reaches one adapter; a fresh, empty storage area for each test. */
export type FileStoreHarness = {
  /** A store over this test's storage area with these limits (defaults: the store's own). */
  create(options?: { maxBytes?: number; allowedTypes?: readonly KnownContentType[] }): ContractStore;
  /** Everything in the storage area, temporary files included, as locations (e.g. `aa/bb/<sha256>`), sorted. */
  leftovers(): Promise<string[]>;
  /** The location of the file with this address among `leftovers()`. */
  locationOf(sha256: string): string;
  /** Replaces the bytes stored under an address behind the store's back. */
  corrupt(sha256: string, bytes: Uint8Array): Promise<void>;
  dispose(): Promise<void>;
};

export const encode = (value: string): Uint8Array => new TextEncoder().encode(value);
export const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
export const pdf = encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const MiB = 1024 * 1024;

/** Reads a stream to its end; throws what the stream throws. */
export async function collect(store: ContractStore, sha256: string): Promise<Uint8Array> {
  const opened = await store.stream(sha256);
  if (!opened.ok) throw opened.error;
  const parts: Uint8Array[] = [];
  for await (const chunk of opened.value) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

/** Registers the contract's tests in the current `describe`; `open` gives each test its harness. */
export function fileStoreContract(open: () => Promise<FileStoreHarness>): void {
  let harness: FileStoreHarness;
  beforeEach(async () => {
    harness = await open();
  });
  afterEach(async () => {
    await harness.dispose();
  });

  it('round-trips a PDF stored at its address', async () => {
    const store = harness.create();
    const put = await store.put(pdf, { contentType: 'application/pdf', fileName: 'công văn.pdf' });
    const hash = sha(pdf);
    expect(put).toEqual({ ok: true, value: { sha256: hash, size: pdf.length, contentType: 'application/pdf' } });
    expect(await harness.leftovers()).toEqual([harness.locationOf(hash)]);
    expect(await store.get(hash)).toEqual({ ok: true, value: pdf });
    expect(await store.has(hash)).toEqual({ ok: true, value: true });
    expect(await collect(store, hash)).toEqual(pdf);
  });

  it('stores the same content once, whether given whole or as chunks', async () => {
    const store = harness.create();
    async function* chunks() {
      yield pdf.subarray(0, 3); // shorter than the PDF signature: sniffing must wait for more
      yield pdf.subarray(3, 20);
      yield pdf.subarray(20);
    }
    const first = await store.put(pdf, { contentType: 'application/pdf' });
    const second = await store.put(chunks(), { contentType: 'application/pdf' });
    expect(second).toEqual(first);
    expect(await harness.leftovers()).toEqual([harness.locationOf(sha(pdf))]);
  });

  it('reports a missing file as STORAGE_NOT_FOUND', async () => {
    const store = harness.create();
    const hash = sha(encode('never stored'));
    const read = await store.get(hash);
    expect(read.ok ? undefined : read.error.code).toBe('STORAGE_NOT_FOUND');
    expect(await store.has(hash)).toEqual({ ok: true, value: false });
    const opened = await store.stream(hash);
    expect(opened.ok ? undefined : opened.error.code).toBe('STORAGE_NOT_FOUND');
  });

  it('refuses to return a file whose stored bytes changed (STORAGE_CORRUPTED)', async () => {
    const store = harness.create();
    const hash = sha(pdf);
    await store.put(pdf, { contentType: 'application/pdf' });
    await harness.corrupt(hash, encode('%PDF-1.7 tampered'));
    const read = await store.get(hash);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('STORAGE_CORRUPTED');
    expect(read.error.details).toEqual({ sha256: hash, actual: sha(encode('%PDF-1.7 tampered')) });
    expect(read.error.messageVi).toContain('bị hỏng');
  });

  it('streams a file and fails the stream at its end when the stored bytes changed', async () => {
    const store = harness.create();
    const hash = sha(pdf);
    await store.put(pdf, { contentType: 'application/pdf' });
    expect(await collect(store, hash)).toEqual(pdf);
    await harness.corrupt(hash, encode('%PDF-1.7 tampered'));
    await expect(collect(store, hash)).rejects.toMatchObject({ code: 'STORAGE_CORRUPTED' });
  });

  it('replaces a stored file of the wrong size with the next complete put of its content', async () => {
    const store = harness.create();
    const hash = sha(pdf);
    await store.put(pdf, { contentType: 'application/pdf' });
    await harness.corrupt(hash, pdf.subarray(0, 20)); // cut short
    expect((await store.get(hash)).ok).toBe(false);
    expect((await store.put(pdf, { contentType: 'application/pdf' })).ok).toBe(true);
    expect(await store.get(hash)).toEqual({ ok: true, value: pdf });
  });

  it('refuses a file that is not a PDF and leaves nothing behind, temporary files included', async () => {
    const store = harness.create();
    const put = await store.put(encode('PK\u0003\u0004 this is a zip'), { contentType: 'application/pdf' });
    expect(put.ok).toBe(false);
    if (put.ok) return;
    expect(put.error.code).toBe('STORAGE_TYPE_MISMATCH');
    expect(put.error.messageVi).toContain('tệp không phải PDF');
    expect(await harness.leftovers()).toEqual([]);
  });

  it('refuses a type it does not accept before reading any byte', async () => {
    const store = harness.create({ allowedTypes: ['application/pdf'] });
    let read = false;
    async function* source() {
      read = true;
      yield pdf;
    }
    const png = await store.put(source(), { contentType: 'image/png' });
    const zip = await store.put(pdf, { contentType: 'application/zip' });
    expect(png.ok ? undefined : png.error.code).toBe('STORAGE_TYPE_NOT_ALLOWED');
    expect(zip.ok ? undefined : zip.error.code).toBe('STORAGE_TYPE_NOT_ALLOWED');
    expect(read).toBe(false);
    expect(await harness.leftovers()).toEqual([]);
  });

  it('stops reading an oversized upload as soon as it passes the limit and leaves nothing behind', async () => {
    const store = harness.create({ maxBytes: 1 * MiB });
    const chunk = new Uint8Array(64 * 1024);
    chunk.set(encode('%PDF-1.7\n'));
    let produced = 0;
    let closed = false;
    // Would produce 2 GiB if read to the end.
    async function* upload() {
      try {
        for (let i = 0; i < (2 * 1024 * MiB) / chunk.length; i++) {
          produced += chunk.length;
          yield chunk;
        }
      } finally {
        closed = true;
      }
    }
    const put = await store.put(upload(), { contentType: 'application/pdf' });
    expect(put.ok ? undefined : put.error.code).toBe('STORAGE_TOO_LARGE');
    expect(put.ok ? undefined : put.error.messageVi).toContain('1048576');
    expect(produced).toBe(1 * MiB + chunk.length);
    expect(closed).toBe(true);
    expect(await harness.leftovers()).toEqual([]);
  });

  it('refuses a whole buffer over the limit without writing it', async () => {
    const store = harness.create({ maxBytes: 16 });
    const put = await store.put(pdf, { contentType: 'application/pdf' });
    expect(put.ok ? undefined : put.error.code).toBe('STORAGE_TOO_LARGE');
    expect(await harness.leftovers()).toEqual([]);
  });

  it('refuses a sha256 argument that is not 64 lowercase hex characters (STORAGE_HASH_INVALID)', async () => {
    const store = harness.create();
    const attempts = [
      '../secret',
      '../../../../etc/passwd',
      `../${'a'.repeat(61)}`,
      'A'.repeat(64),
      `${'a'.repeat(63)}/`,
      '',
    ];
    for (const attempt of attempts) {
      for (const result of [await store.get(attempt), await store.has(attempt), await store.stream(attempt)]) {
        expect(result.ok ? undefined : result.error.code, attempt).toBe('STORAGE_HASH_INVALID');
      }
    }
  });

  it('keeps one complete file when the same content is put concurrently', async () => {
    const store = harness.create();
    const big = new Uint8Array(512 * 1024).map((_, i) => i % 251);
    big.set(encode('%PDF-1.7\n'));
    async function* slowly() {
      for (let at = 0; at < big.length; at += 16 * 1024) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        yield big.subarray(at, at + 16 * 1024);
      }
    }
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.put(i % 2 === 0 ? big : slowly(), { contentType: 'application/pdf' })),
    );
    const hash = sha(big);
    for (const result of results)
      expect(result).toEqual({ ok: true, value: { sha256: hash, size: big.length, contentType: 'application/pdf' } });
    expect(await harness.leftovers()).toEqual([harness.locationOf(hash)]);
    const read = await store.get(hash);
    expect(read.ok && Buffer.from(read.value).equals(big)).toBe(true); // toEqual is slow on 512 KiB
  });

  it('accepts each default type when the content matches', async () => {
    const store = harness.create();
    const samples = {
      'image/png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      'image/jpeg': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]),
      'image/tiff': Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 8, 0]),
      'application/xml; charset=utf-8': encode('<?xml version="1.0" encoding="UTF-8"?><edXML/>'),
    };
    for (const [contentType, bytes] of Object.entries(samples)) {
      const put = await store.put(bytes, { contentType });
      expect(put.ok, contentType).toBe(true);
    }
    expect(await harness.leftovers()).toHaveLength(4);
  });
}
