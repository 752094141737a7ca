import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFileStore } from './local-file-store.js';

const encode = (value: string): Uint8Array => new TextEncoder().encode(value);
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const pdf = encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const MiB = 1024 * 1024;

/** Every file under `folder`, as paths relative to it (folders left empty are not listed). */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lienthong-storage-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('createLocalFileStore', () => {
  it('round-trips a PDF stored at <root>/<aa>/<bb>/<sha256>', async () => {
    const store = createLocalFileStore({ root });
    const put = await store.put(pdf, { contentType: 'application/pdf', fileName: 'công văn.pdf' });
    const hash = sha(pdf);
    expect(put).toEqual({ ok: true, value: { sha256: hash, size: pdf.length, contentType: 'application/pdf' } });
    expect(await filesUnder(root)).toEqual([join(hash.slice(0, 2), hash.slice(2, 4), hash)]);
    expect(await store.get(hash)).toEqual({ ok: true, value: pdf });
    expect(await store.has(hash)).toEqual({ ok: true, value: true });
  });

  it('stores the same content once, whether given whole or as chunks', async () => {
    const store = createLocalFileStore({ root });
    async function* chunks() {
      yield pdf.subarray(0, 3); // shorter than the PDF signature: sniffing must wait for more
      yield pdf.subarray(3, 20);
      yield pdf.subarray(20);
    }
    const first = await store.put(pdf, { contentType: 'application/pdf' });
    const second = await store.put(chunks(), { contentType: 'application/pdf' });
    expect(second).toEqual(first);
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it('reports a missing file as STORAGE_NOT_FOUND', async () => {
    const store = createLocalFileStore({ root });
    const hash = sha(encode('never stored'));
    const read = await store.get(hash);
    expect(read.ok ? undefined : read.error.code).toBe('STORAGE_NOT_FOUND');
    expect(await store.has(hash)).toEqual({ ok: true, value: false });
  });

  it('refuses to return a file whose bytes changed on disk (STORAGE_CORRUPTED)', async () => {
    const store = createLocalFileStore({ root });
    const hash = sha(pdf);
    await store.put(pdf, { contentType: 'application/pdf' });
    await writeFile(store.pathOf(hash), encode('%PDF-1.7 tampered'));
    const read = await store.get(hash);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('STORAGE_CORRUPTED');
    expect(read.error.details).toEqual({ sha256: hash, actual: sha(encode('%PDF-1.7 tampered')) });
    expect(read.error.messageVi).toContain('bị hỏng');
  });

  it('streams a file and fails the stream at its end when the bytes changed on disk', async () => {
    const store = createLocalFileStore({ root });
    const hash = sha(pdf);
    await store.put(pdf, { contentType: 'application/pdf' });
    const collect = async () => {
      const opened = await store.stream(hash);
      if (!opened.ok) throw opened.error;
      const parts: Uint8Array[] = [];
      for await (const chunk of opened.value) parts.push(chunk);
      return new Uint8Array(Buffer.concat(parts));
    };
    expect(await collect()).toEqual(pdf);
    await writeFile(store.pathOf(hash), encode('%PDF-1.7 tampered'));
    await expect(collect()).rejects.toMatchObject({ code: 'STORAGE_CORRUPTED' });
  });

  it('refuses a file that is not a PDF and leaves nothing on disk, temporary files included', async () => {
    const store = createLocalFileStore({ root });
    const put = await store.put(encode('PK\u0003\u0004 this is a zip'), { contentType: 'application/pdf' });
    expect(put.ok).toBe(false);
    if (put.ok) return;
    expect(put.error.code).toBe('STORAGE_TYPE_MISMATCH');
    expect(put.error.messageVi).toContain('tệp không phải PDF');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses a type it does not accept before reading any byte', async () => {
    const store = createLocalFileStore({ root, allowedTypes: ['application/pdf'] });
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
    expect(await filesUnder(root)).toEqual([]);
  });

  it('stops reading an oversized upload as soon as it passes the limit and leaves nothing on disk', async () => {
    const store = createLocalFileStore({ root, maxBytes: 1 * MiB });
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
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses a whole buffer over the limit without writing it', async () => {
    const store = createLocalFileStore({ root, maxBytes: 16 });
    const put = await store.put(pdf, { contentType: 'application/pdf' });
    expect(put.ok ? undefined : put.error.code).toBe('STORAGE_TOO_LARGE');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses a sha256 argument that could leave the store folder (STORAGE_HASH_INVALID)', async () => {
    await writeFile(join(root, 'secret'), 'not for readers');
    const store = createLocalFileStore({ root: join(root, 'files') });
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
    const store = createLocalFileStore({ root });
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
    expect(await filesUnder(root)).toEqual([join(hash.slice(0, 2), hash.slice(2, 4), hash)]);
    expect(sha(await readFile(store.pathOf(hash)))).toBe(hash);
  });

  it('accepts each default type when the content matches', async () => {
    const store = createLocalFileStore({ root });
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
    expect(await filesUnder(root)).toHaveLength(4);
  });
});
