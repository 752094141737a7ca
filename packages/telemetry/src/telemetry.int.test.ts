import { execFile } from 'node:child_process';
// node:http is only imported dynamically here: a static import would load it before startTelemetry, unpatched.
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry, type TelemetryHandle } from './start-telemetry.js';
import type { ProbeReport } from './test-fixtures/probe.js';

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl =
  process.env['DATABASE_URL'] ??
  (process.env['REQUIRE_INFRA'] === '1' ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined);

type LogLine = Record<string, unknown>;

/** Runs a fixture the way a service runs `main.ts`: plain Node, ESM, TypeScript through tsx. */
async function runFixture(name: string, args: string[] = [], env: Record<string, string> = {}): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', `src/test-fixtures/${name}`, ...args], {
    cwd: packageRoot,
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null');
}

/** A stand-in OTLP collector that records what reaches it. */
async function startCollector(): Promise<{ url: string; requests: { path: string; body: string }[]; server: Server }> {
  const { createServer } = await import('node:http');
  const requests: { path: string; body: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

describe('telemetry in this process', () => {
  const exporter = new InMemorySpanExporter();
  let telemetry: TelemetryHandle;
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  let report: ProbeReport;
  let spans: ReadableSpan[];

  beforeAll(async () => {
    telemetry = startTelemetry({ serviceName: 'telemetry-int', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    // Loaded after startTelemetry, as a service's bootstrap is: node:http and pg are imported there.
    const { runProbe } = await import('./test-fixtures/probe.js');
    report = await runProbe({ databaseUrl, destination });
    await telemetry.forceFlush();
    spans = exporter.getFinishedSpans();
  });
  afterAll(() => telemetry.shutdown());

  it('records a SERVER span for a request to a node:http server, in the trace of its CLIENT span', () => {
    expect(report.httpStatus).toBe(200);
    const server = spans.find((span) => span.kind === SpanKind.SERVER);
    expect(server?.attributes).toMatchObject({ 'url.path': '/documents/42', 'http.response.status_code': 200 });
    expect(server?.resource.attributes['service.name']).toBe('telemetry-int');
    const client = spans.find((span) => span.kind === SpanKind.CLIENT && span.attributes['url.full'] !== undefined);
    expect(client?.spanContext().traceId).toBe(server?.spanContext().traceId);
    expect(server?.parentSpanContext?.spanId).toBe(client?.spanContext().spanId);
  });

  it('writes the SERVER span trace id on a line logged while handling the request', () => {
    const server = spans.find((span) => span.kind === SpanKind.SERVER);
    const line = lines.find((entry) => entry['msg'] === 'handling request');
    expect(line).toMatchObject({
      service: 'telemetry-probe',
      trace_id: server?.spanContext().traceId,
      span_id: server?.spanContext().spanId,
    });
    expect(lines.find((entry) => entry['msg'] === 'outside any span')).not.toHaveProperty('trace_id');
  });

  it.skipIf(!databaseUrl)('records a pg query as a postgresql span in the trace of the enclosing span', () => {
    expect(report.pgRows).toBe(1);
    const enclosing = spans.find((span) => span.name === 'register document');
    const query = spans.find((span) => span.attributes['db.query.text'] === 'SELECT 1 AS one');
    // instrumentation-pg 0.76 emits the stable database conventions: `db.system.name` (formerly `db.system`).
    expect(query?.attributes['db.system.name']).toBe('postgresql');
    expect(query?.kind).toBe(SpanKind.CLIENT);
    expect(query?.spanContext().traceId).toBe(report.enclosingTraceId);
    expect(query?.parentSpanContext?.spanId).toBe(enclosing?.spanContext().spanId);
    const line = lines.find((entry) => entry['msg'] === 'queried');
    expect(line?.['trace_id']).toBe(report.enclosingTraceId);
  });
});

describe('telemetry in a service process (node --import tsx, ESM, dynamic bootstrap import)', () => {
  it('instruments node:http and pg loaded after startTelemetry and returns the same handle twice', async () => {
    const output = (await runFixture('traced-app.ts', databaseUrl ? [databaseUrl] : [])) as {
      idempotent: boolean;
      otlpTracesUrl: string | null;
      probe: ProbeReport;
      spans: {
        name: string;
        kind: number;
        traceId: string;
        spanId: string;
        parentSpanId: string | null;
        attributes: Record<string, unknown>;
        serviceName: string;
      }[];
      logs: LogLine[];
    };
    expect(output.idempotent).toBe(true);
    expect(output.otlpTracesUrl).toBeNull();
    const server = output.spans.find((span) => span.kind === SpanKind.SERVER);
    expect(server).toMatchObject({ serviceName: 'telemetry-probe', attributes: { 'url.path': '/documents/42' } });
    expect(output.logs.find((line) => line['msg'] === 'handling request')?.['trace_id']).toBe(server?.traceId);
    if (databaseUrl) {
      const query = output.spans.find((span) => span.attributes['db.system.name'] === 'postgresql');
      const enclosing = output.spans.find((span) => span.name === 'register document');
      expect(query?.traceId).toBe(output.probe.enclosingTraceId);
      expect(query?.parentSpanId).toBe(enclosing?.spanId);
    }
  });

  it('sends nothing when no endpoint is given, even with OTEL_* variables asking for an OTLP exporter', async () => {
    const collector = await startCollector();
    try {
      const output = await runFixture('exporting-app.ts', [], {
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_METRICS_EXPORTER: 'otlp',
        OTEL_LOGS_EXPORTER: 'otlp',
      });
      expect(output).toEqual({ otlpTracesUrl: null });
      expect(collector.requests).toEqual([]);
    } finally {
      collector.server.close();
    }
  });

  it('exports spans over OTLP/HTTP to <endpoint>/v1/traces when an endpoint is given', async () => {
    const collector = await startCollector();
    try {
      const output = await runFixture('exporting-app.ts', [`${collector.url}/`]);
      expect(output).toEqual({ otlpTracesUrl: `${collector.url}/v1/traces` });
      expect(collector.requests.map((request) => request.path)).toEqual(['/v1/traces']);
      expect(collector.requests[0]?.body).toContain('send document');
      expect(collector.requests[0]?.body).toContain('exporting-probe');
    } finally {
      collector.server.close();
    }
  });
});
