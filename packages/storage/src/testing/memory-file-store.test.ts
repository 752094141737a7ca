import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryFileStore } from './index.js';

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('createMemoryFileStore', () => {
  it('stores a PDF once and returns the same bytes', async () => {
    const store = createMemoryFileStore();
    const first = await store.put(pdf, { contentType: 'application/pdf', fileName: 'cv.pdf' });
    const second = await store.put(pdf, { contentType: 'application/pdf' });
    expect(first).toEqual({ ok: true, value: { sha256: sha(pdf), size: pdf.length, contentType: 'application/pdf' } });
    expect(second).toEqual(first);
    expect(store.size).toBe(1);
    expect(await store.get(sha(pdf))).toEqual({ ok: true, value: pdf });
    expect(await store.has(sha(pdf))).toEqual({ ok: true, value: true });
  });

  it('applies the same checks as the local store', async () => {
    const store = createMemoryFileStore({ maxBytes: 16 });
    const notPdf = await store.put(new TextEncoder().encode('hello'), { contentType: 'application/pdf' });
    const tooLarge = await store.put(pdf, { contentType: 'application/pdf' });
    const badHash = await store.get('../etc/passwd');
    expect(notPdf.ok ? undefined : notPdf.error.code).toBe('STORAGE_TYPE_MISMATCH');
    expect(tooLarge.ok ? undefined : tooLarge.error.code).toBe('STORAGE_TOO_LARGE');
    expect(badHash.ok ? undefined : badHash.error.code).toBe('STORAGE_HASH_INVALID');
    expect(store.size).toBe(0);
  });

  it('refuses to return bytes that no longer match their address', async () => {
    const store = createMemoryFileStore();
    await store.put(pdf, { contentType: 'application/pdf' });
    store.corrupt(sha(pdf), new TextEncoder().encode('%PDF-tampered'));
    const read = await store.get(sha(pdf));
    expect(read.ok).toBe(false);
    expect(read.ok ? undefined : read.error.code).toBe('STORAGE_CORRUPTED');
  });
});
