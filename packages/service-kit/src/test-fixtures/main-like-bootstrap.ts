/** The "bootstrap.js" of `main-like.ts`: builds the server, serves one call, closes. */
import { createLogger } from '@lienthong/telemetry';
import { createServiceClient } from '../client.js';
import { createServer } from '../server.js';
import { createSampleApi, type SampleRouter } from './sample-service.js';

export async function bootstrap(host: string): Promise<void> {
  const http = createServer({
    logger: createLogger({ name: 'main-like', level: 'silent' }),
    services: [{ api: createSampleApi().api, basePath: '/trpc' }],
  });
  const { url } = await http.listen(0, host);
  await createServiceClient<SampleRouter>({ url: `${url}/trpc` }).greeting.hello.query({ name: 'Lan' });
  await http.close();
}
