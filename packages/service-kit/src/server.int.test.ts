import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { DOMAIN_ERROR_KINDS } from '@lienthong/kernel';
import { createLogger } from '@lienthong/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient, TRPCClientError } from './client.js';
import { DOMAIN_KIND_TO_TRPC } from './errors.js';
import { createServer, type ServiceServer } from './server.js';
import { CODE_BY_KIND, createSampleApi, sampleErrors, type SampleRouter } from './test-fixtures/sample-service.js';

type LogLine = Record<string, unknown>;

function capturingLogger() {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  return { logger: createLogger({ name: 'server-test', level: 'debug', destination }), lines };
}

async function clientError(promise: Promise<unknown>): Promise<TRPCClientError<SampleRouter>> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`);
  return error as TRPCClientError<SampleRouter>;
}

/** Sends a body without Content-Length (chunked), which only tRPC's own limit can catch. */
function postChunked(url: string, chunks: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const BODY_LIMIT = 4096;

describe('createServer with one service at /trpc', () => {
  const { logger, lines } = capturingLogger();
  const sample = createSampleApi({
    readiness: [
      {
        name: 'database',
        check: async () => {
          if (!databaseUp) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        },
      },
    ],
  });
  let databaseUp = true;
  let http: ServiceServer;
  let url: string;
  let client: ReturnType<typeof createServiceClient<SampleRouter>>;

  beforeAll(async () => {
    http = createServer({
      logger,
      services: [{ api: sample.api, basePath: '/trpc' }],
      bodyLimitBytes: BODY_LIMIT,
      readiness: [{ name: 'bus', check: async () => undefined }],
      routes: [
        {
          prefix: '/realms/egov',
          handle: (_req, res) => {
            res.setHeader('content-type', 'text/plain');
            res.end('dev issuer');
          },
        },
      ],
    });
    ({ url } = await http.listen(0, '127.0.0.1'));
    client = createServiceClient<SampleRouter>({ url: `${url}/trpc` });
  });
  afterAll(() => http.close());

  it('answers a query through the client, with superjson dates intact', async () => {
    const answer = await client.greeting.hello.query({ name: 'Lan' });
    expect(answer).toEqual({ text: 'Xin chào Lan', at: new Date('2025-07-01T00:00:00.000Z'), service: 'sample' });
    expect(answer.at).toBeInstanceOf(Date);
  });

  it.each(DOMAIN_ERROR_KINDS)('gives a %s domain error its mapped code and data.domain', async (kind) => {
    const error = await clientError(client.documents.get.query({ kind, documentId: 'VB-2025-17' }));
    expect(error.data?.code).toBe(DOMAIN_KIND_TO_TRPC[kind]);
    const expected = sampleErrors(CODE_BY_KIND[kind], { documentId: 'VB-2025-17' });
    expect(error.data?.domain).toEqual({
      code: CODE_BY_KIND[kind],
      kind,
      messageVi: expected.messageVi,
      messageEn: expected.messageEn,
      details: { documentId: 'VB-2025-17' },
    });
    expect(error.message).toBe(expected.messageEn);
    expect(error.data).not.toHaveProperty('stack');
  });

  it('answers a not_found domain error with HTTP 404 and the Vietnamese message', async () => {
    const response = await fetch(
      `${url}/trpc/documents.get?input=${encodeURIComponent(JSON.stringify({ json: { kind: 'not_found', documentId: 'VB-1' } }))}`,
    );
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { json: { data: { domain: { messageVi: string } } } } };
    expect(body.error.json.data.domain.messageVi).toBe('Không tìm thấy văn bản VB-1');
  });

  it('rejects bad input with BAD_REQUEST and zodIssues naming each field', async () => {
    // Well-typed but invalid: `title` must not be empty and `pages` must be a positive integer.
    const error = await clientError(client.documents.create.mutate({ title: '', pages: 1.5 }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.httpStatus).toBe(400);
    expect(Object.keys(error.data?.zodIssues ?? {}).sort()).toEqual(['pages', 'title']);
    expect(error.data?.zodIssues?.['title']?.[0]).toMatch(/>=1|at least 1|too small/i);
    expect(error.data).not.toHaveProperty('domain');
    expect(sample.calls.create).toBe(0);
  });

  it('hides an unexpected error behind a generic message, without stack or internals', async () => {
    const error = await clientError(client.crash.query());
    expect(error.data?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Internal server error');
    const raw = await (await fetch(`${url}/trpc/crash`)).text();
    expect(raw).not.toContain('secret_table');
    expect(raw).not.toContain('stack');
    expect(lines.find((line) => line['msg'] === 'procedure failed')).toMatchObject({
      level: 'error',
      path: 'crash',
      err: { message: 'relation "intake.secret_table" does not exist' },
    });
  });

  it('maps a domain error thrown while building the context', async () => {
    const anonymous = createServiceClient<SampleRouter>({ url: `${url}/trpc`, headers: { 'x-caller': 'anonymous' } });
    const error = await clientError(anonymous.whoAmI.query());
    expect(error.data?.code).toBe('UNAUTHORIZED');
    expect(error.data?.httpStatus).toBe(401);
    expect(error.data?.domain?.code).toBe('SIGN_IN_REQUIRED');
    const clerk = createServiceClient<SampleRouter>({ url: `${url}/trpc`, headers: () => ({ 'x-caller': 'van-thu' }) });
    await expect(clerk.whoAmI.query()).resolves.toEqual({ caller: 'van-thu' });
  });

  it('answers GET /healthz with 200 and no dependency', async () => {
    databaseUp = false;
    try {
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    } finally {
      databaseUp = true;
    }
  });

  it("answers GET /readyz with 200 when every check passes, then 503 with the failing check's message", async () => {
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { 'sample.database': 'ok', bus: 'ok' } });
    databaseUp = false;
    try {
      const notReady = await fetch(`${url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({
        status: 'not_ready',
        checks: { 'sample.database': 'connect ECONNREFUSED 127.0.0.1:5432', bus: 'ok' },
      });
    } finally {
      databaseUp = true;
    }
  });

  it('refuses a body over the limit with 413 and calls nothing', async () => {
    const before = sample.calls.create;
    const post = (body: string) =>
      fetch(`${url}/trpc/documents.create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const fits = JSON.stringify({ json: { title: 'Công văn', pages: 1, body: 'a'.repeat(BODY_LIMIT - 200) } });
    expect((await post(fits)).status).toBe(200);
    expect(sample.calls.create).toBe(before + 1);
    const tooLarge = JSON.stringify({ json: { title: 'Công văn', pages: 1, body: 'a'.repeat(BODY_LIMIT) } });
    const response = await post(tooLarge);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    const chunked = await postChunked(`${url}/trpc/documents.create`, [tooLarge.slice(0, 2000), tooLarge.slice(2000)]);
    expect(chunked).toBe(413);
    expect(sample.calls.create).toBe(before + 1);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await fetch(`${url}/documents/42`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such route' } });
  });

  it('hands paths under an extra route prefix to its handler', async () => {
    const response = await fetch(`${url}/realms/egov/.well-known/openid-configuration`);
    expect(await response.text()).toBe('dev issuer');
  });

  it('counts requests in /metrics by procedure path, never by raw URL', async () => {
    await Promise.all([
      client.greeting.hello.query({ name: 'Hà' }),
      client.documents.find.query({ documentId: 'a1b2' }),
    ]);
    await fetch(`${url}/trpc/no.such.procedure-${Date.now()}`);
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const count = (route: string, status: number) =>
      Number(
        new RegExp(
          `^http_requests_total\\{method="GET",route="${route.replace(/[.()]/g, '\\$&')}",status="${status}"\\} (\\d+)$`,
          'm',
        ).exec(text)?.[1] ?? 0,
      );
    expect(count('/trpc/greeting.hello', 200)).toBeGreaterThanOrEqual(2);
    expect(count('/trpc/documents.find', 200)).toBe(1);
    expect(count('/trpc/documents.get', 404)).toBeGreaterThanOrEqual(2);
    expect(count('/trpc/(unknown)', 404)).toBe(1);
    expect(count('/healthz', 200)).toBe(1);
    expect(count('(unmatched)', 404)).toBe(1);
    expect(count('/realms/egov', 200)).toBe(1);
    expect(text).toMatch(/^http_requests_total\{method="POST",route="\/trpc\/documents\.create",status="413"\} 2$/m);
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/trpc\/greeting\.hello",status="200"\} \d+$/m,
    );
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toContain('a1b2');
    expect(text).not.toContain('no.such.procedure');
  });

  it('logs every request once: tRPC calls at info, probes at debug', async () => {
    await client.greeting.hello.query({ name: 'Minh' });
    await fetch(`${url}/healthz`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const requests = lines.filter((line) => line['msg'] === 'request');
    expect(requests.filter((line) => line['route'] === '/trpc/greeting.hello').at(-1)).toMatchObject({
      level: 'info',
      method: 'GET',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(requests.filter((line) => line['route'] === '/healthz').at(-1)).toMatchObject({
      level: 'debug',
      status: 200,
    });
  });
});

describe('createServer with two services on one server', () => {
  it('answers each service at its own base path', async () => {
    const { logger } = capturingLogger();
    const intake = createSampleApi({ name: 'intake' });
    const routing = createSampleApi({ name: 'routing' });
    const http = createServer({
      logger,
      services: [
        { api: intake.api, basePath: '/api/intake/trpc' },
        { api: routing.api, basePath: '/api/routing/trpc/' },
      ],
    });
    const { url } = await http.listen(0, '127.0.0.1');
    try {
      const intakeClient = createServiceClient<SampleRouter>({ url: `${url}/api/intake/trpc` });
      const routingClient = createServiceClient<SampleRouter>({ url: `${url}/api/routing/trpc` });
      const [fromIntake, fromRouting] = await Promise.all([
        intakeClient.greeting.hello.query({ name: 'Lan' }),
        routingClient.greeting.hello.query({ name: 'Lan' }),
      ]);
      expect(fromIntake.service).toBe('intake');
      expect(fromRouting.service).toBe('routing');
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain('route="/api/intake/trpc/greeting.hello"');
      expect(metrics).toContain('route="/api/routing/trpc/greeting.hello"');
      expect((await fetch(`${url}/trpc/greeting.hello`)).status).toBe(404);
    } finally {
      await http.close();
    }
  });
});

describe('createServer readiness and closing', () => {
  it('fails a readiness check that outlives its timeout', async () => {
    const { logger } = capturingLogger();
    const { api } = createSampleApi({ readiness: [{ name: 'bus', check: () => new Promise(() => undefined) }] });
    const http = createServer({ logger, services: [{ api, basePath: '/trpc' }], readinessTimeoutMs: 50 });
    const { url } = await http.listen(0, '127.0.0.1');
    try {
      const response = await fetch(`${url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not_ready', checks: { 'sample.bus': 'timed out after 50 ms' } });
    } finally {
      await http.close();
    }
  });

  it('stops accepting connections on close', async () => {
    const { logger } = capturingLogger();
    const { api } = createSampleApi();
    const http = createServer({ logger, services: [{ api, basePath: '/trpc' }] });
    const { url, port } = await http.listen(0, '127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await http.close();
    expect(http.server.listening).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    await expect(http.close()).resolves.toBeUndefined();
  });
});
