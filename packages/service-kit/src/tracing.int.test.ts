import { Writable } from 'node:stream';
import { createLogger } from '@lienthong/telemetry';
import { SpanKind, SpanStatusCode, startTestTelemetry, type ReadableSpan } from '@lienthong/telemetry/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRPCClient } from '@trpc/client';
import type { ServiceServer } from './server.js';
import type { SampleRouter } from './test-fixtures/sample-service.js';

// Started before anything imports node:http: the server modules below are loaded dynamically, as in main.ts.
const spans = startTestTelemetry({ serviceName: 'service-kit-tracing' });

describe('tracing of procedures served over HTTP', () => {
  const lines: Record<string, unknown>[] = [];
  let http: ServiceServer;
  let client: TRPCClient<SampleRouter>;
  let url: string;

  beforeAll(async () => {
    const { createServer } = await import('./server.js');
    const { createServiceClient } = await import('./client.js');
    const { createSampleApi } = await import('./test-fixtures/sample-service.js');
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        callback();
      },
    });
    const logger = createLogger({ name: 'tracing-test', destination });
    http = createServer({ logger, services: [{ api: createSampleApi().api, basePath: '/trpc' }] });
    ({ url } = await http.listen(0, '127.0.0.1'));
    client = createServiceClient<SampleRouter>({ url: `${url}/trpc` });
  });
  afterAll(async () => {
    await http.close();
    await spans.telemetry.shutdown();
  });

  async function spansOfOneCall(
    call: () => Promise<unknown>,
  ): Promise<{ server?: ReadableSpan; procedure?: ReadableSpan }> {
    spans.reset();
    await call().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const finished = await spans.finishedSpans();
    return {
      server: finished.find((span) => span.kind === SpanKind.SERVER),
      procedure: finished.find((span) => span.name.startsWith('trpc ')),
    };
  }

  it('runs each procedure in its own span under the HTTP server span', async () => {
    const { server, procedure } = await spansOfOneCall(() => client.greeting.hello.query({ name: 'Lan' }));
    expect(server?.attributes['url.path']).toBe('/trpc/greeting.hello');
    expect(procedure?.name).toBe('trpc greeting.hello');
    expect(procedure?.attributes).toMatchObject({
      'rpc.system': 'trpc',
      'rpc.method': 'greeting.hello',
      'rpc.trpc.type': 'query',
    });
    expect(procedure?.parentSpanContext?.spanId).toBe(server?.spanContext().spanId);
    expect(procedure?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('writes the trace id of the request on its log line', async () => {
    const { server } = await spansOfOneCall(() => client.documents.find.query({ documentId: 'VB-3' }));
    const line = lines.filter((entry) => entry['route'] === '/trpc/documents.find').at(-1);
    expect(server).toBeDefined();
    expect(line?.['trace_id']).toBe(server?.spanContext().traceId);
  });

  it('notes a domain error on the procedure span without marking it failed', async () => {
    const { procedure } = await spansOfOneCall(() =>
      client.documents.get.query({ kind: 'conflict', documentId: 'VB-4' }),
    );
    expect(procedure?.attributes['rpc.trpc.error_code']).toBe('CONFLICT');
    expect(procedure?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('marks the procedure span failed on an unexpected error', async () => {
    const { procedure } = await spansOfOneCall(() => client.crash.query());
    expect(procedure?.attributes['rpc.trpc.error_code']).toBe('INTERNAL_SERVER_ERROR');
    expect(procedure?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('keeps probes out of the traces', async () => {
    spans.reset();
    await fetch(`${url}/healthz`);
    await fetch(`${url}/metrics`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await spans.finishedSpans()).filter((span) => span.kind === SpanKind.SERVER)).toEqual([]);
  });
});
