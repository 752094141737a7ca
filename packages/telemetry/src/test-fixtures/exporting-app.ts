/**
 * Run as a child process by `telemetry.int.test.ts`: starts telemetry with the endpoint given as the first argument
 * (or none), records one span, shuts down (which flushes) and prints `{ otlpTracesUrl }`.
 */
import { startTelemetry } from '../start-telemetry.js';
import { withSpan } from '../with-span.js';

const telemetry = startTelemetry({ serviceName: 'exporting-probe', otlpEndpoint: process.argv[2] || undefined });
await withSpan('send document', async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
});
await telemetry.shutdown();
process.stdout.write(JSON.stringify({ otlpTracesUrl: telemetry.otlpTracesUrl }) + '\n');
