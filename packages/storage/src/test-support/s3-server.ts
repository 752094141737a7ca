// Shared pieces of this package's integration tests (not part of the build): a real S3 HTTP server (s3rver, the
// S3 REST protocol over HTTP, objects kept in a temporary folder) with the checks s3rver leaves out added in front.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsClient, AwsV4Signer } from 'aws4fetch';

/** The parts of a Koa context the middleware below uses. */
type KoaContext = {
  readonly method: string;
  readonly originalUrl: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  status: number;
  type: string;
  body: unknown;
};
type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;
type S3rverOptions = {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  vhostBuckets: boolean;
  configureBuckets: { name: string }[];
};
type S3rverServer = {
  /** Koa's middleware list, composed when the server starts listening. */
  middleware: Middleware[];
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
};

const require = createRequire(import.meta.url);
// s3rver ships no type declarations: these casts state the parts of its 3.7.1 API used here (lib/s3rver.js,
// lib/models/account.js).
const S3rver = require('s3rver') as new (options: S3rverOptions) => S3rverServer;
const accounts = require('s3rver/lib/models/account') as {
  DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
};

export const TEST_REGION = 'us-east-1';

export type S3TestServer = {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  /** A bucket created at start. */
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Every request received, in order (`path` with its query string). */
  readonly requests: { method: string; path: string }[];
  /** Answers the next `count` requests (of `method`, or any) with `status` (503: SlowDown) without handling them. */
  failNext(count: number, status: number, method?: string): void;
  /** Signed with the right keys, for tests that go around the store. */
  readonly client: AwsClient;
  /** Keys in `bucket` starting with `prefix` (ListObjectsV2). */
  listKeys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
};

const xmlError = (code: string, message: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

/**
 * Starts s3rver on 127.0.0.1 on a free port, objects under a fresh temporary folder, with one bucket, and in front of
 * it what a real S3 does and s3rver does not: it checks the SigV4 signature of requests made with the test access key
 * (s3rver accepts any signature of a known key; a wrong secret must be refused with 403 SignatureDoesNotMatch), and
 * refuses a PUT without Content-Length (411 MissingContentLength). It does not check `x-amz-content-sha256` against
 * the body (s3rver does not either).
 */
export async function startS3Server(): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'lienthong-s3rver-'));
  const bucket = 'lienthong-files';
  const accessKeyId = 'LIENTHONGTEST';
  const secretAccessKey = `secret-${randomUUID()}`;
  accounts.DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);

  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const requests: { method: string; path: string }[] = [];
  let failures: { count: number; status: number; method?: string } = { count: 0, status: 503 };

  const header = (ctx: KoaContext, name: string): string | undefined => {
    const value = ctx.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const refuse = (ctx: KoaContext, status: number, code: string, message: string): void => {
    ctx.status = status;
    ctx.type = 'application/xml';
    ctx.body = xmlError(code, message);
  };

  const strictS3: Middleware = async (ctx, next) => {
    requests.push({ method: ctx.method, path: ctx.originalUrl });
    if (failures.count > 0 && (failures.method === undefined || failures.method === ctx.method)) {
      failures = { ...failures, count: failures.count - 1 };
      return refuse(ctx, failures.status, failures.status === 503 ? 'SlowDown' : 'InternalError', 'Try again');
    }
    const authorization = header(ctx, 'authorization') ?? '';
    if (authorization.startsWith('AWS4-HMAC-SHA256 ')) {
      const fields = new Map(
        authorization
          .slice('AWS4-HMAC-SHA256 '.length)
          .split(/,\s*/)
          .map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const),
      );
      const [keyId, , region, service] = (fields.get('Credential') ?? '').split('/');
      if (keyId === accessKeyId) {
        const headers = new Headers();
        for (const name of (fields.get('SignedHeaders') ?? '').split(';')) {
          if (name !== 'host') headers.set(name, header(ctx, name) ?? '');
        }
        const expected = await new AwsV4Signer({
          method: ctx.method,
          url: `http://${header(ctx, 'host') ?? ''}${ctx.originalUrl}`,
          headers,
          accessKeyId,
          secretAccessKey,
          service: service ?? '',
          region: region ?? '',
          datetime: header(ctx, 'x-amz-date') ?? '',
          allHeaders: true,
        }).signature();
        if (expected !== fields.get('Signature')) {
          return refuse(ctx, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match');
        }
      }
    }
    if (ctx.method === 'PUT' && header(ctx, 'content-length') === undefined) {
      return refuse(ctx, 411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
    }
    await next();
  };
  server.middleware.unshift(strictS3);

  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new AwsClient({ accessKeyId, secretAccessKey, service: 's3', region: TEST_REGION, retries: 0 });

  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    requests,
    client,
    failNext(count, status, method) {
      failures = { count, status, method };
    },
    async listKeys(prefix) {
      const query = new URLSearchParams({ 'list-type': '2', prefix, 'max-keys': '1000' });
      const response = await client.fetch(`${endpoint}/${bucket}?${query.toString()}`);
      const xml = await response.text();
      if (!response.ok) throw new Error(`ListObjectsV2 failed: ${response.status} ${xml}`);
      return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1] ?? '').sort();
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
