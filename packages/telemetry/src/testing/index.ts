import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTelemetry, type TelemetryHandle } from '../start-telemetry.js';

export { SpanKind, SpanStatusCode } from '@opentelemetry/api';
export type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

export type TestTelemetry = {
  telemetry: TelemetryHandle;
  /** Every span finished so far, once handed to the in-memory exporter. */
  finishedSpans(): Promise<ReadableSpan[]>;
  /** Forgets the spans collected so far. */
  reset(): void;
};

/**
 * Starts telemetry for a test process with spans kept in memory. Like `startTelemetry`, call it before importing
 * modules that `'default'` instrumentation must patch (node:http, pg), and only once per test file.
 */
export function startTestTelemetry(
  options: { serviceName?: string; instrumentations?: 'default' | 'none' } = {},
): TestTelemetry {
  const exporter = new InMemorySpanExporter();
  const telemetry = startTelemetry({
    serviceName: options.serviceName ?? 'test',
    instrumentations: options.instrumentations ?? 'default',
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  return {
    telemetry,
    finishedSpans: async () => {
      await telemetry.forceFlush();
      return exporter.getFinishedSpans();
    },
    reset: () => exporter.reset(),
  };
}
