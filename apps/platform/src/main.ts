// The all-in-one host. Telemetry starts before any instrumented module (http, pg) is loaded, which is why
// everything else comes in through the dynamic import below.
import { loadEnvOrExit } from '@lienthong/service-kit/env';
import { startTelemetry } from '@lienthong/telemetry';
import { platformEnv } from './env.js';

const env = loadEnvOrExit(platformEnv);
startTelemetry({ serviceName: 'platform', otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });

const { startPlatform } = await import('./platform.js');
if (!(await startPlatform(env))) process.exit(1);
