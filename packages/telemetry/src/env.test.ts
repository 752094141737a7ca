import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { otelEnv } from './env.js';

const schema = z.object(otelEnv);

describe('otelEnv', () => {
  it('accepts an http collector URL and leaves both variables optional', () => {
    expect(schema.parse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' })).toEqual({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
    });
    expect(schema.parse({})).toEqual({});
  });

  it('rejects an endpoint that is not an http(s) URL', () => {
    expect(schema.safeParse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector:4318' }).success).toBe(false);
    expect(schema.safeParse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'ftp://collector' }).success).toBe(false);
  });

  it('rejects an empty service name', () => {
    expect(schema.safeParse({ OTEL_SERVICE_NAME: '' }).success).toBe(false);
  });
});
