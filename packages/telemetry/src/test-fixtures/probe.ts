import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import pg from 'pg';
import { createLogger } from '../logger.js';
import { withSpan } from '../with-span.js';

export type ProbeReport = {
  httpStatus: number;
  pgRows: number | null;
  enclosingTraceId: string | null;
};

/** Loaded only after `startTelemetry`, like a service's bootstrap module: `node:http` and `pg` are imported here. */
export async function runProbe(options: {
  databaseUrl: string | undefined;
  destination: Writable;
}): Promise<ProbeReport> {
  const logger = createLogger({ name: 'telemetry-probe', destination: options.destination });
  const server = createServer((req, res) => {
    logger.info({ url: req.url }, 'handling request');
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const httpStatus = await new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/documents/42' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));

  let pgRows: number | null = null;
  let enclosingTraceId: string | null = null;
  if (options.databaseUrl) {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      await withSpan('register document', async (span) => {
        enclosingTraceId = span.spanContext().traceId;
        const result = await client.query('SELECT 1 AS one');
        pgRows = result.rowCount;
        logger.info('queried');
      });
    } finally {
      await client.end();
    }
  }
  logger.info('outside any span');
  return { httpStatus, pgRows, enclosingTraceId };
}
