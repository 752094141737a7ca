import { SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

export type { Attributes, Span } from '@opentelemetry/api';

const TRACER_NAME = '@lienthong/telemetry';

/**
 * Runs `fn` inside a new active span named `name`, child of the current one.
 * Invariants: the span always ends; if `fn` throws or rejects, the exception is recorded, the span's status is
 * ERROR and the same error is rethrown.
 */
export function withSpan<T>(name: string, fn: (span: Span) => T, attributes?: Attributes): T {
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { attributes: attributes ?? {} }, (span) => {
    const fail = (error: unknown): never => {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
      throw error;
    };
    let result: T;
    try {
      result = fn(span);
    } catch (error) {
      return fail(error);
    }
    if (isPromiseLike(result)) {
      return Promise.resolve(result).then((value) => {
        span.end();
        return value;
      }, fail) as T;
    }
    span.end();
    return result;
  });
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
