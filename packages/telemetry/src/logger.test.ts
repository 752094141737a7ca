import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { startTelemetry } from './start-telemetry.js';
import { withSpan } from './with-span.js';

type LogLine = Record<string, unknown>;

function captureLines(): { destination: Writable; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  return { destination, lines };
}

describe('createLogger', () => {
  beforeAll(() => {
    // No instrumentation and an in-memory processor: a real tracer provider and context manager, no I/O.
    startTelemetry({
      serviceName: 'logger-test',
      instrumentations: 'none',
      spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())],
    });
  });

  it('writes the trace and span ids of the active span on a line logged inside it', () => {
    const { destination, lines } = captureLines();
    const logger = createLogger({ name: 'intake', destination });
    const ids = withSpan('register', (span) => {
      logger.info({ documentId: 'd-1' }, 'registered');
      return span.spanContext();
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      service: 'intake',
      level: 'info',
      msg: 'registered',
      documentId: 'd-1',
      trace_id: ids.traceId,
      span_id: ids.spanId,
    });
  });

  it('keeps the ids across awaits inside an async span', async () => {
    const { destination, lines } = captureLines();
    const logger = createLogger({ name: 'intake', destination });
    const traceId = await withSpan('async work', async (span) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.info('after await');
      return span.spanContext().traceId;
    });
    expect(lines[0]?.['trace_id']).toBe(traceId);
  });

  it('writes no trace ids outside any span', () => {
    const { destination, lines } = captureLines();
    createLogger({ name: 'intake', destination }).info('idle');
    expect(trace.getActiveSpan()).toBeUndefined();
    expect(lines[0]).not.toHaveProperty('trace_id');
    expect(lines[0]).not.toHaveProperty('span_id');
    expect(lines[0]).toMatchObject({ service: 'intake', msg: 'idle' });
    expect(typeof lines[0]?.['time']).toBe('string');
  });

  it('drops lines below the configured level', () => {
    const { destination, lines } = captureLines();
    const logger = createLogger({ name: 'intake', level: 'warn', destination });
    logger.info('not written');
    logger.warn('written');
    expect(lines.map((line) => line['msg'])).toEqual(['written']);
  });
});
