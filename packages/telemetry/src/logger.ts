import { hostname } from 'node:os';
import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Level, type Logger as PinoLogger } from 'pino';

/** The structured logger every package and service writes to. */
export type Logger = PinoLogger;

export type LogLevel = Level | 'silent';

export type CreateLoggerOptions = {
  /** Service or component name, written as `service` on every line. */
  name: string;
  level?: LogLevel;
  /** Where lines go; stdout when absent. Tests pass a stream to read them back. */
  destination?: DestinationStream;
};

/**
 * A pino logger writing one JSON object per line.
 * Invariants: every line has `service`, an ISO `time` and a text `level`; a line written while a span is active
 * also has that span's `trace_id` and `span_id`, so logs and traces join on the same ids.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.name, pid: process.pid, hostname: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: activeTraceIds,
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

function activeTraceIds(): { trace_id?: string; span_id?: string } {
  const spanContext = trace.getSpan(context.active())?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
