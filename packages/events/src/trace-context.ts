import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
  type Context,
} from '@opentelemetry/api';
import { TRACEPARENT_PATTERN } from './envelope.js';

/**
 * The W3C `traceparent` of the active span, through the registered propagator (telemetry's NodeSDK registers the
 * W3C one); formatted from the active span context when no propagator is registered. `undefined` outside a span.
 */
export function activeTraceparent(active: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  const injected = carrier['traceparent'];
  if (injected !== undefined && TRACEPARENT_PATTERN.test(injected)) return injected;
  const spanContext = trace.getSpanContext(active);
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  const flags = (spanContext.traceFlags & TraceFlags.SAMPLED).toString(16).padStart(2, '0');
  return `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`;
}

/** A context whose remote parent is `traceparent` (the root context when it is missing or malformed). */
export function contextFromTraceparent(traceparent: string | undefined): Context {
  if (traceparent === undefined || !TRACEPARENT_PATTERN.test(traceparent)) return ROOT_CONTEXT;
  const extracted = propagation.extract(ROOT_CONTEXT, { traceparent });
  if (trace.getSpanContext(extracted)) return extracted;
  const [, traceId, spanId, flags] = traceparent.split('-');
  const spanContext = { traceId: traceId ?? '', spanId: spanId ?? '', traceFlags: parseInt(flags ?? '0', 16), isRemote: true };
  return isSpanContextValid(spanContext) ? trace.setSpanContext(ROOT_CONTEXT, spanContext) : ROOT_CONTEXT;
}
