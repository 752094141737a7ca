/**
 * Run as a child process by `main-pattern.int.test.ts`: the documented `main.ts` order. Static imports are limited
 * to telemetry and `src/env.ts` (the `@lienthong/service-kit/env` entry); everything that loads node:http comes
 * through the dynamic bootstrap import.
 * Prints how many spans the HTTP server and the procedure produced.
 */
import { SpanKind, startTestTelemetry } from '@lienthong/telemetry/testing';
import { defineEnv, serverEnv } from '../env.js';

const env = defineEnv(serverEnv).load({ HOST: '127.0.0.1', PORT: '1' });
const spans = startTestTelemetry({ serviceName: 'main-like' });
const { bootstrap } = await import('./main-like-bootstrap.js');
await bootstrap(env.HOST);
const finished = await spans.finishedSpans();
process.stdout.write(
  `${JSON.stringify({
    serverSpans: finished.filter((span) => span.kind === SpanKind.SERVER).map((span) => span.attributes['url.path']),
    procedureSpans: finished.filter((span) => span.name.startsWith('trpc ')).map((span) => span.name),
  })}\n`,
);
