import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { startTelemetry } from './start-telemetry.js';

describe('startTelemetry', () => {
  it('registers a recording tracer provider without an exporter, so logs still get trace ids', () => {
    const handle = startTelemetry({ serviceName: 'first', instrumentations: 'none' });
    expect(handle.otlpTracesUrl).toBeNull();
    expect(handle.tracerProvider).toBe(trace.getTracerProvider());
    const span = trace.getTracer('test').startSpan('probe');
    expect(span.isRecording()).toBe(true);
    span.end();
  });

  it('returns the first handle on a second call and ignores its options', () => {
    const first = startTelemetry({ serviceName: 'first', instrumentations: 'none' });
    const second = startTelemetry({ serviceName: 'second', otlpEndpoint: 'http://127.0.0.1:4318' });
    expect(second).toBe(first);
    expect(second.otlpTracesUrl).toBeNull();
  });

  it('can be shut down more than once', async () => {
    const handle = startTelemetry({ serviceName: 'first', instrumentations: 'none' });
    await handle.shutdown();
    await expect(handle.shutdown()).resolves.toBeUndefined();
  });
});
