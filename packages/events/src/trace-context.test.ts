import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { activeTraceparent, contextFromTraceparent } from './trace-context.js';

const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('trace context (no OpenTelemetry SDK registered)', () => {
  it('has no traceparent outside a span', () => {
    expect(activeTraceparent()).toBeUndefined();
  });

  it('round-trips a traceparent through a context', () => {
    const parent = contextFromTraceparent(TRACEPARENT);
    expect(trace.getSpanContext(parent)).toMatchObject({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      traceFlags: 1,
    });
    expect(activeTraceparent(parent)).toBe(TRACEPARENT);
  });

  it('ignores a missing or malformed traceparent', () => {
    expect(trace.getSpanContext(contextFromTraceparent(undefined))).toBeUndefined();
    expect(trace.getSpanContext(contextFromTraceparent('00-zz-11-01'))).toBeUndefined();
  });
});
