import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainError } from '@lienthong/kernel';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageEnvSchema } from './env.js';
import { createFileStoreFromEnv } from './file-store-from-env.js';
import { createS3FileStore, type S3FileStoreOptions } from './s3-file-store.js';
import { collect, encode, fileStoreContract, pdf, sha } from './test-support/file-store-contract.js';
import { startS3Server, TEST_REGION, type S3TestServer } from './test-support/s3-server.js';

let server: S3TestServer;
beforeAll(async () => {
  server = await startS3Server();
});
afterAll(async () => {
  await server.close();
});

/** The store's options against the test server, under a prefix of its own, with a temporary folder of its own. */
async function storeOptions(overrides: Partial<S3FileStoreOptions> = {}) {
  const tempDir = await mkdtemp(join(tmpdir(), 'lienthong-s3-upload-'));
  const options = {
    endpoint: server.endpoint,
    region: TEST_REGION,
    bucket: server.bucket,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    prefix: `t-${randomUUID()}/`,
    tempDir,
    ...overrides,
  };
  return { options, tempDir, dispose: () => rm(tempDir, { recursive: true, force: true }) };
}

/** A TCP port nothing listens on (taken, then released). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/** The error of a failed result (the test fails if it succeeded). */
function failure(result: { ok: true } | { ok: false; error: DomainError }): DomainError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('createS3FileStore: the FileStore contract against s3rver', () => {
  // Objects at <prefix><aa>/<bb>/<sha256> in the bucket; temporary files in a local folder of the test's own.
  fileStoreContract(async () => {
    const { options, tempDir, dispose } = await storeOptions();
    const keyOf = (hash: string) => createS3FileStore(options).keyOf(hash);
    return {
      create: (limits = {}) => createS3FileStore({ ...options, ...limits }),
      leftovers: async () => [...(await server.listKeys(options.prefix)), ...(await readdir(tempDir))].sort(),
      locationOf: keyOf,
      corrupt: async (hash, bytes) => {
        const response = await server.client.fetch(`${server.endpoint}/${server.bucket}/${keyOf(hash)}`, {
          method: 'PUT',
          body: bytes,
        });
        expect(response.status).toBe(200);
      },
      dispose,
    };
  });
});

describe('createS3FileStore against s3rver', () => {
  let setup: Awaited<ReturnType<typeof storeOptions>>;
  beforeEach(async () => {
    setup = await storeOptions();
    return () => setup.dispose();
  });

  it('keeps a file at <endpoint>/<bucket>/<prefix><aa>/<bb>/<sha256> with its type as object metadata', async () => {
    const store = createS3FileStore(setup.options);
    const hash = sha(pdf);
    await store.put(pdf, { contentType: 'application/pdf', fileName: 'công văn.pdf' });
    const key = `${setup.options.prefix}${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
    expect(store.keyOf(hash)).toBe(key);
    expect(store.urlOf(hash)).toBe(`${server.endpoint}/${server.bucket}/${key}`);
    const head = await server.client.fetch(store.urlOf(hash), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/pdf');
    expect(head.headers.get('content-length')).toBe(String(pdf.length));
    expect(server.requests.at(-2)).toEqual({ method: 'PUT', path: `/${server.bucket}/${key}` });
  });

  it('stores a declared type by its essence', async () => {
    const store = createS3FileStore(setup.options);
    const xml = encode('<?xml version="1.0" encoding="UTF-8"?><edXML/>');
    const put = await store.put(xml, { contentType: 'application/xml; charset=utf-8' });
    expect(put.ok ? put.value.contentType : undefined).toBe('application/xml');
    const head = await server.client.fetch(store.urlOf(sha(xml)), { method: 'HEAD' });
    expect(head.headers.get('content-type')).toBe('application/xml');
  });

  it('sends nothing but a HEAD for content it already holds', async () => {
    const store = createS3FileStore(setup.options);
    await store.put(pdf, { contentType: 'application/pdf' });
    const before = server.requests.length;
    expect((await store.put(pdf, { contentType: 'application/pdf' })).ok).toBe(true);
    expect(server.requests.slice(before).map((request) => request.method)).toEqual(['HEAD']);
    expect(await readdir(setup.tempDir)).toEqual([]);
  });

  it('refuses a bad address before any request', async () => {
    const store = createS3FileStore(setup.options);
    const before = server.requests.length;
    for (const attempt of ['../x', 'A'.repeat(64), '']) {
      expect(failure(await store.get(attempt)).code).toBe('STORAGE_HASH_INVALID');
      expect(failure(await store.has(attempt)).code).toBe('STORAGE_HASH_INVALID');
      expect(failure(await store.stream(attempt)).code).toBe('STORAGE_HASH_INVALID');
    }
    expect(server.requests.length).toBe(before);
  });

  it('reports a wrong secret key as STORAGE_UNAVAILABLE (HTTP 403) without the secret, and keeps nothing', async () => {
    const secretAccessKey = `wrong-${randomUUID()}`;
    const store = createS3FileStore({ ...setup.options, secretAccessKey });
    const hash = sha(pdf);
    const errors = [
      failure(await store.put(pdf, { contentType: 'application/pdf' })),
      failure(await store.get(hash)),
      failure(await store.has(hash)),
      failure(await store.stream(hash)),
    ];
    for (const error of errors) {
      expect(error.code).toBe('STORAGE_UNAVAILABLE');
      expect(error.details.status).toBe(403);
      const everything = JSON.stringify({ ...error.toJSON(), message: error.message, stack: error.stack });
      expect(everything).not.toContain(secretAccessKey);
      expect(everything).not.toContain(server.secretAccessKey);
      expect(everything).not.toContain('Signature=');
    }
    // HEAD answers carry no body, so only GET and PUT say which S3 error it was.
    expect(errors[1]?.details).toMatchObject({ operation: 'GET', s3Code: 'SignatureDoesNotMatch' });
    expect(errors[1]?.messageVi).toContain(`Không dùng được kho tệp S3 ${server.endpoint}/${server.bucket}`);
    expect(errors[1]?.messageVi).toContain('HTTP 403 SignatureDoesNotMatch');
    expect(await server.listKeys(setup.options.prefix)).toEqual([]);
    expect(await readdir(setup.tempDir)).toEqual([]);
  });

  it('reports an unknown access key as STORAGE_UNAVAILABLE (HTTP 403 InvalidAccessKeyId)', async () => {
    const store = createS3FileStore({ ...setup.options, accessKeyId: 'NO-SUCH-KEY' });
    expect(failure(await store.get(sha(pdf))).details).toMatchObject({ status: 403, s3Code: 'InvalidAccessKeyId' });
  });

  it('tells a missing bucket apart from a missing file', async () => {
    const store = createS3FileStore({ ...setup.options, bucket: 'no-such-bucket' });
    const read = failure(await store.get(sha(pdf)));
    expect(read.code).toBe('STORAGE_UNAVAILABLE');
    expect(read.details).toMatchObject({ status: 404, s3Code: 'NoSuchBucket' });
    const put = failure(await store.put(pdf, { contentType: 'application/pdf' }));
    expect(put.details).toMatchObject({ operation: 'PUT', status: 404, s3Code: 'NoSuchBucket' });
    expect(await readdir(setup.tempDir)).toEqual([]);
  });

  it('reports an endpoint nobody answers at as STORAGE_UNAVAILABLE with the network error', async () => {
    const port = await freePort();
    const store = createS3FileStore({ ...setup.options, endpoint: `http://127.0.0.1:${port}`, retries: 1 });
    const error = failure(await store.put(pdf, { contentType: 'application/pdf' }));
    expect(error.code).toBe('STORAGE_UNAVAILABLE');
    expect(error.details).toMatchObject({ target: `http://127.0.0.1:${port}/${server.bucket}`, operation: 'HEAD' });
    expect(error.details.status).toBeUndefined();
    expect(String(error.details.reason)).toContain('ECONNREFUSED');
    expect(await readdir(setup.tempDir)).toEqual([]);
  });

  it('tries again after 5xx answers, sending the upload again from its temporary file', async () => {
    const store = createS3FileStore({ ...setup.options, retries: 2 });
    const hash = sha(pdf);
    const before = server.requests.length;
    server.failNext(2, 503, 'PUT');
    expect((await store.put(pdf, { contentType: 'application/pdf' })).ok).toBe(true);
    expect(server.requests.slice(before).map((request) => request.method)).toEqual(['HEAD', 'PUT', 'PUT', 'PUT']);
    expect(await store.get(hash)).toEqual({ ok: true, value: pdf });
    expect(await readdir(setup.tempDir)).toEqual([]);
  });

  it('gives up after its retries with the last status and S3 error code', async () => {
    const store = createS3FileStore({ ...setup.options, retries: 2 });
    const before = server.requests.length;
    server.failNext(3, 503);
    const error = failure(await store.get(sha(pdf)));
    expect(error.details).toMatchObject({ operation: 'GET', status: 503, s3Code: 'SlowDown' });
    expect(server.requests.length - before).toBe(3);
  });

  it('stops reading a stream early without failing', async () => {
    const store = createS3FileStore(setup.options);
    const big = new Uint8Array(2 * 1024 * 1024).map((_, i) => i % 253);
    big.set(encode('%PDF-1.7\n'));
    await store.put(big, { contentType: 'application/pdf' });
    const opened = await store.stream(sha(big));
    if (!opened.ok) throw opened.error;
    for await (const chunk of opened.value) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    expect(Buffer.from(await collect(store, sha(big))).equals(big)).toBe(true); // toEqual is slow on 2 MiB
  });
});

describe('createFileStoreFromEnv with STORAGE_BACKEND=s3', () => {
  it('builds a store that round-trips through the configured bucket and prefix', async () => {
    const prefix = `env-${randomUUID()}`;
    const env = storageEnvSchema.parse({
      STORAGE_BACKEND: 's3',
      STORAGE_S3_ENDPOINT: `${server.endpoint}/`,
      STORAGE_S3_BUCKET: server.bucket,
      STORAGE_S3_ACCESS_KEY_ID: server.accessKeyId,
      STORAGE_S3_SECRET_ACCESS_KEY: server.secretAccessKey,
      STORAGE_S3_PREFIX: prefix,
      STORAGE_MAX_BYTES: '1024',
    });
    const store = createFileStoreFromEnv(env);
    const hash = sha(pdf);
    expect((await store.put(pdf, { contentType: 'application/pdf' })).ok).toBe(true);
    expect(await store.get(hash)).toEqual({ ok: true, value: pdf });
    expect(await server.listKeys(`${prefix}/`)).toEqual([`${prefix}/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`]);
    const tooLarge = await store.put(new Uint8Array(2048).fill(0x25), { contentType: 'application/pdf' });
    expect(tooLarge.ok ? undefined : tooLarge.error.code).toBe('STORAGE_TOO_LARGE');
  });
});
