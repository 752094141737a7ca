import { z } from 'zod';

/**
 * The OpenTelemetry variables a deployable's `env.ts` adds to its `defineEnv` shape.
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is the collector's base URL (`http://otel-collector:4318`); unset, nothing is sent.
 */
export const otelEnv = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('OTLP/HTTP collector base URL; traces go to <url>/v1/traces. Unset: no export.'),
  OTEL_SERVICE_NAME: z.string().min(1).optional().describe('Overrides the service name on traces.'),
};
