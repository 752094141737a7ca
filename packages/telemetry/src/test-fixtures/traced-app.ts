/**
 * A tiny service run as a child process by `telemetry.int.test.ts`, started the way `main.ts` is: telemetry first,
 * then everything instrumented through a dynamic import. The database URL, if any, is the first argument.
 * Prints one JSON report on stdout.
 */
import { Writable } from 'node:stream';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTelemetry } from '../start-telemetry.js';

const exporter = new InMemorySpanExporter();
const telemetry = startTelemetry({
  serviceName: 'telemetry-probe',
  serviceVersion: '0.1.0',
  spanProcessors: [new SimpleSpanProcessor(exporter)],
});
const second = startTelemetry({ serviceName: 'ignored' });

const { runProbe } = await import('./probe.js');
const lines: string[] = [];
const destination = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  },
});
const probe = await runProbe({ databaseUrl: process.argv[2], destination });

// Read before shutdown: shutting the in-memory exporter down empties it.
const spans = exporter.getFinishedSpans().map((span) => ({
  name: span.name,
  kind: span.kind,
  traceId: span.spanContext().traceId,
  spanId: span.spanContext().spanId,
  parentSpanId: span.parentSpanContext?.spanId ?? null,
  attributes: span.attributes,
  serviceName: span.resource.attributes['service.name'],
}));
await telemetry.shutdown();
process.stdout.write(
  JSON.stringify({
    idempotent: second === telemetry,
    otlpTracesUrl: telemetry.otlpTracesUrl,
    probe,
    spans,
    logs: lines.map((line) => JSON.parse(line) as unknown),
  }) + '\n',
);
