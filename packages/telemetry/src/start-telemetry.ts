import { register } from 'node:module';
import { trace, type TracerProvider } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import type { Instrumentation, InstrumentationBase } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';

export type StartTelemetryOptions = {
  serviceName: string;
  serviceVersion?: string;
  /** Base OTLP/HTTP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`); spans go to `<endpoint>/v1/traces`. Unset: nothing is sent. */
  otlpEndpoint?: string | undefined;
  /** `'default'`: HTTP (node:http/https) and PostgreSQL (`pg`). `'none'`: no automatic instrumentation. */
  instrumentations?: 'default' | 'none';
  /** Added to the chosen set, e.g. `new KafkaJsInstrumentation()` once the bus uses kafkajs. */
  extraInstrumentations?: Instrumentation[];
  /** Extra processors, e.g. `new SimpleSpanProcessor(new InMemorySpanExporter())` in tests. */
  spanProcessors?: SpanProcessor[];
};

export type TelemetryHandle = {
  /** The globally registered provider (the same one `@opentelemetry/api` hands out). */
  readonly tracerProvider: TracerProvider;
  /** Where spans are exported over OTLP/HTTP, or `null` when no OTLP exporter is configured. */
  readonly otlpTracesUrl: string | null;
  /** Hands every finished span to its exporter (the first ones wait for resource detection). */
  forceFlush(): Promise<void>;
  /** Flushes pending spans and stops the SDK; safe to call more than once. */
  shutdown(): Promise<void>;
};

// OpenTelemetry's registration is process-global, so the handle is too: a second start would double-patch modules.
let current: TelemetryHandle | undefined;

/**
 * Starts OpenTelemetry for this process: call it first in `main.ts`, then load the rest of the program with a dynamic
 * `await import('./bootstrap.js')` (static imports are hoisted and would load `pg`/`http` before the hooks exist).
 * Invariants: idempotent (a second call returns the first handle and ignores its options); without `otlpEndpoint`
 * no exporter exists and nothing leaves the process, whatever `OTEL_*` variables say; spans are still recorded so
 * that logs carry trace ids.
 */
export function startTelemetry(options: StartTelemetryOptions): TelemetryHandle {
  if (current) return current;

  const instrumentations = [
    ...(options.instrumentations === 'none' ? [] : defaultInstrumentations()),
    ...(options.extraInstrumentations ?? []),
  ];
  registerEsmHook(instrumentations);

  const otlpTracesUrl = options.otlpEndpoint ? tracesUrl(options.otlpEndpoint) : null;
  const spanProcessors: SpanProcessor[] = [...(options.spanProcessors ?? [])];
  if (otlpTracesUrl) spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpTracesUrl })));
  // NodeSDK reads OTEL_TRACES_EXPORTER (default: otlp) when it is given no processors, and registers no tracer
  // provider when the list is empty. A no-op processor keeps both from happening: spans get ids, nothing is sent.
  if (spanProcessors.length === 0) spanProcessors.push(new NoopSpanProcessor());

  const sdk = new NodeSDK({
    resource: resourceFromAttributes({
      'service.name': options.serviceName,
      ...(options.serviceVersion ? { 'service.version': options.serviceVersion } : {}),
    }),
    serviceName: options.serviceName,
    instrumentations,
    spanProcessors,
    // Empty lists instead of the SDK's env-driven defaults, which would create OTLP metric and log exporters.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();

  let stopping: Promise<void> | undefined;
  current = {
    tracerProvider: trace.getTracerProvider(),
    otlpTracesUrl,
    forceFlush: async () => {
      await Promise.all(spanProcessors.map((processor) => processor.forceFlush()));
    },
    shutdown: () => (stopping ??= sdk.shutdown()),
  };
  return current;
}

function defaultInstrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({
      // Probes and scrapes would otherwise be most of the traces.
      ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)(\?|$)/.test(req.url ?? ''),
    }),
    // Only queries inside a request or a withSpan: no orphan traces from pool connects and relay polling.
    new PgInstrumentation({ requireParentSpan: true }),
  ];
}

/**
 * ESM imports bypass `require`, so instrumentations only see them through import-in-the-middle's loader hook.
 * It only intercepts the modules the instrumentations patch; the rest of the program loads untouched.
 */
function registerEsmHook(instrumentations: Instrumentation[]): void {
  if (instrumentations.length === 0) return;
  const names = instrumentations.map(moduleNames);
  // An instrumentation that does not say which modules it patches gets every module intercepted.
  const data = names.every((n) => n !== null) ? { include: [...new Set(names.flat())] } : {};
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, { data });
}

function moduleNames(instrumentation: Instrumentation): string[] | null {
  // Duck-typed: an instrumentation built on another copy of @opentelemetry/instrumentation fails `instanceof`.
  const base = instrumentation as Partial<Pick<InstrumentationBase, 'getModuleDefinitions'>>;
  if (typeof base.getModuleDefinitions !== 'function') return null;
  return base.getModuleDefinitions().map((definition) => definition.name);
}

function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}
