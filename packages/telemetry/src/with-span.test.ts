import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTelemetry, type TelemetryHandle } from './start-telemetry.js';
import { withSpan } from './with-span.js';

const exporter = new InMemorySpanExporter();
let telemetry: TelemetryHandle;

/** Finished spans, once the processor has handed them over (the first export waits for resource detection). */
async function finishedSpans() {
  await telemetry.forceFlush();
  return exporter.getFinishedSpans();
}

describe('withSpan', () => {
  beforeAll(() => {
    telemetry = startTelemetry({
      serviceName: 'with-span-test',
      instrumentations: 'none',
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
  });
  beforeEach(() => exporter.reset());

  it('returns what the function returns and ends the span with its attributes', async () => {
    const value = withSpan('compute', () => 42, { 'lienthong.org_id': 'org-1' });
    expect(value).toBe(42);
    const [span] = await finishedSpans();
    expect(span?.name).toBe('compute');
    expect(span?.attributes).toEqual({ 'lienthong.org_id': 'org-1' });
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('ends an async span only when its promise settles', async () => {
    let release: () => void = () => undefined;
    const pending = withSpan('wait', () => new Promise<string>((resolve) => (release = () => resolve('done'))));
    await Promise.resolve();
    expect(await finishedSpans()).toHaveLength(0);
    release();
    await expect(pending).resolves.toBe('done');
    expect((await finishedSpans()).map((span) => span.name)).toEqual(['wait']);
  });

  it('nests a span started inside another under it, in the same trace', async () => {
    withSpan('outer', () => withSpan('inner', () => undefined));
    const [inner, outer] = await finishedSpans();
    expect(inner?.name).toBe('inner');
    expect(inner?.spanContext().traceId).toBe(outer?.spanContext().traceId);
    expect(inner?.parentSpanContext?.spanId).toBe(outer?.spanContext().spanId);
  });

  it('records a thrown error, marks the span failed and rethrows the same error', async () => {
    const failure = new Error('register full');
    expect(() =>
      withSpan('fail', () => {
        throw failure;
      }),
    ).toThrow(failure);
    const [span] = await finishedSpans();
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'register full' });
    expect(span?.events.map((event) => event.name)).toEqual(['exception']);
  });

  it('records a rejected promise the same way', async () => {
    await expect(withSpan('reject', () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    expect((await finishedSpans())[0]?.status.code).toBe(SpanStatusCode.ERROR);
  });
});
