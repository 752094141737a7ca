import { createHash, randomUUID } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { AwsClient } from 'aws4fetch';
import { DEFAULT_ALLOWED_TYPES, type KnownContentType } from './content-type.js';
import { storageError } from './errors.js';
import type { FileBytes, FileStore, PutMeta, StoredFile } from './file-store.js';
import { ingest } from './ingest.js';
import { DEFAULT_MAX_BYTES } from './local-file-store.js';
import { isS3BucketName, normalizeS3Prefix, s3EndpointProblem } from './s3-names.js';
import { isSha256Hex, quoteForMessage } from './sha256.js';

/** Region signed into requests when none is given; MinIO and most S3-compatible clouds accept it. */
export const DEFAULT_S3_REGION = 'us-east-1';
/** How often a failed request (network error, 5xx, 429) is tried again; every request of this store is idempotent. */
export const DEFAULT_S3_RETRIES = 2;
/** How long one request may take (a 50 MiB upload needs about 1.4 Mbit/s to fit). */
export const DEFAULT_S3_TIMEOUT_MS = 5 * 60 * 1000;
const RETRY_BASE_MS = 100;

export type S3FileStoreOptions = {
  /** `http(s)://host[:port][/base/path]`, without credentials, e.g. `https://s3.example.vn` or `http://127.0.0.1:9000`. */
  readonly endpoint: string;
  /** Region the requests are signed for; `us-east-1` by default. */
  readonly region?: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Folder inside the bucket, e.g. `files/`; `''` by default. Letters, digits, `.`, `_`, `-` and `/` only. */
  readonly prefix?: string;
  /**
   * `true` (default): `<endpoint>/<bucket>/<key>`, which MinIO, Ceph and most on-premises stores expect.
   * `false`: virtual-hosted style, `<scheme>://<bucket>.<endpoint host>/<key>` (AWS's preferred form).
   */
  readonly forcePathStyle?: boolean;
  readonly maxBytes?: number;
  readonly allowedTypes?: readonly KnownContentType[];
  /** Local folder for the upload being checked before it is sent; `os.tmpdir()` by default. */
  readonly tempDir?: string;
  readonly retries?: number;
  readonly timeoutMs?: number;
};

/** A `FileStore` that also says where it keeps a file (for operators and tests). */
export type S3FileStore = FileStore & {
  readonly bucket: string;
  /** `<prefix><aa>/<bb>/<sha256>`, the object key of a file. */
  keyOf(sha256: string): string;
  /** The URL requests for that object go to. */
  urlOf(sha256: string): string;
  stream(sha256: string): Promise<Result<AsyncIterable<Uint8Array>, DomainError>>;
};

type Operation = 'HEAD' | 'GET' | 'PUT';

type SendOptions = {
  readonly headers?: Record<string, string>;
  readonly body?: Blob;
  /** The timeout covers only the wait for the response head (the caller reads the body at its own pace). */
  readonly headOnlyTimeout?: boolean;
};

function invalidOption(name: string, problem: string): Error {
  return new TypeError(`createS3FileStore: ${name} ${problem}`);
}

/** One line about why a request failed, without anything from the request itself (no headers, no credentials). */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  if (error.name === 'TimeoutError') return `no response within ${timeoutMs} ms`;
  // fetch reports network errors as TypeError('fetch failed') with the socket's error as `cause`.
  const cause: unknown = error.cause ?? error;
  const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  const text = code === undefined || message.includes(code) ? message || code || error.name : `${code} ${message}`;
  return text.slice(0, 200);
}

/**
 * Stores files in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, the S3 services of Vietnamese clouds) under
 * `<prefix><aa>/<bb>/<sha256>`, signing every request with AWS Signature V4 (`aws4fetch`).
 * Invariants, as for the local store: the upload is checked (type, size) and hashed while it is written to a local
 * temporary file, which is always deleted; only then is the object sent, in one PUT, which S3 makes visible
 * atomically and complete (no partial object is ever readable). The PUT carries the content's SHA-256 as
 * `x-amz-content-sha256`, so a real S3 refuses bytes changed on the way. An object already there with the same size is
 * left alone; `get` and `stream` check the SHA-256 of what they read. A network, credential or bucket problem is
 * `STORAGE_UNAVAILABLE` with the HTTP status and S3 error code, never with a key or a signature.
 * One PUT carries up to 5 GiB, far above the 50 MiB default limit, so multipart upload is not used.
 */
export function createS3FileStore(options: S3FileStoreOptions): S3FileStore {
  const endpointProblem = s3EndpointProblem(options.endpoint);
  if (endpointProblem !== undefined) throw invalidOption('endpoint', endpointProblem.en);
  if (!isS3BucketName(options.bucket)) {
    throw invalidOption(
      'bucket',
      `${quoteForMessage(options.bucket)} is not a bucket name (3 to 63 letters, digits, . _ -)`,
    );
  }
  const prefix = normalizeS3Prefix(options.prefix ?? '');
  if (prefix === undefined) {
    throw invalidOption('prefix', `${quoteForMessage(options.prefix)} may only hold letters, digits, . _ - and /`);
  }
  if (options.accessKeyId === '' || options.secretAccessKey === '') {
    throw invalidOption('accessKeyId/secretAccessKey', 'must not be empty');
  }
  const retries = options.retries ?? DEFAULT_S3_RETRIES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_S3_TIMEOUT_MS;
  if (!Number.isInteger(retries) || retries < 0) throw invalidOption('retries', 'must be a whole number ≥ 0');
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw invalidOption('timeoutMs', 'must be a whole number > 0');

  const bucket = options.bucket;
  const tempDir = options.tempDir ?? tmpdir();
  const limits = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowedTypes: options.allowedTypes ?? DEFAULT_ALLOWED_TYPES,
  };
  const endpoint = new URL(options.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, '');
  /** Where the bucket is, as errors show it: no credentials, no key. */
  const target =
    options.forcePathStyle === false
      ? `${endpoint.protocol}//${bucket}.${endpoint.host}${basePath}`
      : `${endpoint.origin}${basePath}/${bucket}`;
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: 's3',
    region: options.region ?? DEFAULT_S3_REGION,
    retries: 0, // retried below, where a failure is also turned into STORAGE_UNAVAILABLE
  });

  const keyOf = (sha256: string): string => `${prefix}${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  // Keys hold only [0-9a-f/] and the prefix only [A-Za-z0-9._-/]: nothing to encode.
  const urlOf = (sha256: string): string => `${target}/${keyOf(sha256)}`;
  const invalid = (sha256: unknown) => err(storageError('STORAGE_HASH_INVALID', { value: quoteForMessage(sha256) }));
  const unavailable = (operation: Operation, reason: string, status?: number, s3Code?: string): DomainError =>
    storageError('STORAGE_UNAVAILABLE', {
      target,
      operation,
      reason,
      ...(status === undefined ? {} : { status }),
      ...(s3Code === undefined ? {} : { s3Code }),
    });

  /** The error of a response that is not a success: its status, and the `<Code>` of its XML body when it has one. */
  async function refusal(operation: Operation, response: Response): Promise<DomainError> {
    const body = await response.text().catch(() => '');
    const s3Code = /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec(body)?.[1];
    const reason = s3Code === undefined ? `HTTP ${response.status}` : `HTTP ${response.status} ${s3Code}`;
    return unavailable(operation, reason, response.status, s3Code);
  }

  /** Sends one signed request, trying again after a network error, a 5xx or a 429. Other statuses are returned. */
  async function send(
    operation: Operation,
    url: string,
    request: SendOptions = {},
  ): Promise<Result<Response, DomainError>> {
    let failure = unavailable(operation, 'no attempt'); // replaced: the loop runs at least once
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await delay(RETRY_BASE_MS * 2 ** (attempt - 1));
      // The timeout covers the whole exchange, body included, except for streams: their reader sets the pace.
      let signal = AbortSignal.timeout(timeoutMs);
      let timer: ReturnType<typeof setTimeout> | undefined;
      if (request.headOnlyTimeout === true) {
        const controller = new AbortController();
        timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
        signal = controller.signal;
      }
      let response: Response;
      try {
        response = await client.fetch(url, {
          method: operation,
          headers: request.headers,
          body: request.body, // a Blob backed by the temporary file: read again on each attempt
          signal,
        });
      } catch (error) {
        failure = unavailable(operation, describeFailure(error, timeoutMs));
        continue;
      } finally {
        clearTimeout(timer);
      }
      if (response.status >= 500 || response.status === 429) {
        failure = await refusal(operation, response);
        continue;
      }
      return ok(response);
    }
    return err(failure);
  }

  /** Whether an object is stored under the key of `sha256`, and its size. */
  async function head(sha256: string): Promise<Result<{ size: number } | undefined, DomainError>> {
    const sent = await send('HEAD', urlOf(sha256));
    if (!sent.ok) return sent;
    const response = sent.value;
    if (response.status === 404) return ok(undefined);
    if (!response.ok) return err(await refusal('HEAD', response));
    return ok({ size: Number(response.headers.get('content-length') ?? Number.NaN) });
  }

  async function put(bytes: FileBytes, meta: PutMeta): Promise<Result<StoredFile, DomainError>> {
    const tempPath = join(tempDir, `lienthong-s3-${randomUUID()}.part`);
    let file: FileHandle | undefined;
    try {
      const result = await ingest(bytes, meta.contentType, limits, async (chunk) => {
        file ??= await open(tempPath, 'wx', 0o600); // uploads are private; tmpdir is shared
        await file.write(chunk);
      });
      if (!result.ok) return result;
      if (file === undefined) {
        // Only an empty file gets here without a write, and no known type is empty.
        throw new Error('a checked put wrote no bytes');
      }
      await file.close();
      file = undefined;

      const { sha256, size, contentType } = result.value;
      const existing = await head(sha256);
      if (!existing.ok) return existing;
      // Same address and same size: the same content is already there. A shorter or longer object under that
      // address is damaged, and the complete copy replaces it.
      if (existing.value?.size === size) return result;

      const sent = await send('PUT', urlOf(sha256), {
        // Content-Length comes from the Blob's size; S3 stores Content-Type as the object's metadata.
        headers: { 'content-type': contentType, 'x-amz-content-sha256': sha256 },
        body: await openAsBlob(tempPath, { type: contentType }),
      });
      if (!sent.ok) return sent;
      if (!sent.value.ok) return err(await refusal('PUT', sent.value));
      await sent.value.body?.cancel();
      return result;
    } finally {
      await file?.close();
      await unlink(tempPath).catch(() => undefined); // may not exist: nothing was written
    }
  }

  /** The error of a GET that found nothing: `STORAGE_NOT_FOUND` for a missing key, but not for a missing bucket. */
  async function missing(sha256: string, response: Response): Promise<DomainError> {
    const refused = await refusal('GET', response);
    return refused.details.s3Code === 'NoSuchBucket' ? refused : storageError('STORAGE_NOT_FOUND', { sha256 });
  }

  async function get(sha256: string): Promise<Result<Uint8Array, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    const sent = await send('GET', urlOf(sha256));
    if (!sent.ok) return sent;
    const response = sent.value;
    if (response.status === 404) return err(await missing(sha256, response));
    if (!response.ok) return err(await refusal('GET', response));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      return err(unavailable('GET', describeFailure(error, timeoutMs)));
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) return err(storageError('STORAGE_CORRUPTED', { sha256, actual }));
    return ok(bytes);
  }

  async function has(sha256: string): Promise<Result<boolean, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    const found = await head(sha256);
    return found.ok ? ok(found.value !== undefined) : found;
  }

  async function stream(sha256: string): Promise<Result<AsyncIterable<Uint8Array>, DomainError>> {
    if (!isSha256Hex(sha256)) return invalid(sha256);
    const sent = await send('GET', urlOf(sha256), { headOnlyTimeout: true });
    if (!sent.ok) return sent;
    const response = sent.value;
    if (response.status === 404) return err(await missing(sha256, response));
    if (!response.ok) return err(await refusal('GET', response));
    const body = response.body;
    async function* chunks(): AsyncIterable<Uint8Array> {
      const hash = createHash('sha256');
      if (body !== null) {
        // Breaking out of this loop cancels the body, which closes the connection.
        try {
          // A reader rather than `for await`: the DOM typings (the portal compiles these sources for the router's
          // types) do not declare ReadableStream as async-iterable.
          const reader = body.getReader();
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              hash.update(value);
              yield value;
            }
          } finally {
            await reader.cancel().catch(() => undefined);
            reader.releaseLock();
          }
        } catch (error) {
          throw unavailable('GET', describeFailure(error, timeoutMs));
        }
      }
      const actual = hash.digest('hex');
      if (actual !== sha256) throw storageError('STORAGE_CORRUPTED', { sha256, actual });
    }
    return ok(chunks());
  }

  return { bucket, keyOf, urlOf, put, get, has, stream };
}
