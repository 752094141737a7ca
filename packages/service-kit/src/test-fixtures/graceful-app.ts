/**
 * Run as a child process by `shutdown.int.test.ts`: a server plus graceful shutdown wired as in `main.ts`.
 * Prints `{"ready": url}` once listening; `fail` as first argument makes the consumers step throw.
 */
import { createLogger } from '@lienthong/telemetry';
import { createServer } from '../server.js';
import { installGracefulShutdown } from '../shutdown.js';
import { createSampleApi } from './sample-service.js';

const logger = createLogger({ name: 'graceful-app' });
const { api } = createSampleApi();
const http = createServer({ logger, services: [{ api, basePath: '/trpc' }] });
const { url } = await http.listen(0, '127.0.0.1');

installGracefulShutdown({
  logger,
  steps: [
    { name: 'http', run: () => http.close() },
    {
      name: 'consumers',
      run: async () => {
        if (process.argv[2] === 'fail') throw new Error('consumer group did not leave');
      },
    },
    { name: 'database', run: async () => new Promise((resolve) => setTimeout(resolve, 10)) },
  ],
});
process.stdout.write(`${JSON.stringify({ ready: url })}\n`);
