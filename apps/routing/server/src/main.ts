// The composition root of the `routing` service. Telemetry starts before any instrumented module (http, pg)
// is loaded, which is why everything else comes in through the dynamic import below.
import { loadEnvOrExit } from '@lienthong/service-kit/env';
import { startTelemetry } from '@lienthong/telemetry';
import { routingEnv } from './env.js';

const env = loadEnvOrExit(routingEnv);
startTelemetry({ serviceName: 'routing', otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });

const { bootstrap } = await import('./bootstrap.js');
const started = await bootstrap(env, { migrateOnly: process.argv.includes('--migrate-only') });
if (!started) process.exit(1);
