// Registrations per second through the intake service: real HTTP, real tRPC, real database (PGlite, then PostgreSQL).
import autocannon from 'autocannon';
import { createIntakeApi } from '@lienthong/intake-api';
import { createTestDatabase } from '@lienthong/db/testing';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { thanhHoaOrganization } from '@lienthong/seed';
import { createServer } from '@lienthong/service-kit';
import { createLogger } from '@lienthong/telemetry';
import pg from 'pg';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 2000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresUrl(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL ?? DEFAULT_POSTGRES;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function run(label: string, databaseUrl: string | undefined) {
  // createTestDatabase picks PostgreSQL when DATABASE_URL is set and makes a fresh database there.
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
  delete process.env.REQUIRE_INFRA;
  const database = await createTestDatabase([]);
  const logger = createLogger({ name: 'bench', level: 'silent' });
  const api = createIntakeApi({ database, clock: systemClock, ids: createIdGenerator(systemClock), logger });
  await api.migrate();
  await api.seedOrganization(thanhHoaOrganization().units);
  const server = createServer({ logger, services: [{ api, basePath: '/trpc' }] });
  const { url } = await server.listen(0, '127.0.0.1');
  const body = JSON.stringify({
    json: {
      orgId: 'th-ubnd-xa-hoang-hoa',
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '12/QĐ-UBND',
      documentDate: '2025-09-10',
      subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số và đề án 06 của tỉnh',
    },
  });
  try {
    const result = await autocannon({
      url: `${url}/trpc/incoming.register`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: CONNECTIONS,
      amount: REGISTRATIONS,
    });
    // autocannon's own `duration` is rounded to whole seconds; the start and finish stamps are exact.
    const seconds = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
    const ok = result['2xx'];
    console.log(
      `${label.padEnd(10)} ${String(ok).padStart(6)} registrations in ${seconds.toFixed(2)} s = ` +
        `${(ok / seconds).toFixed(0).padStart(6)} /s   latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
        (result.non2xx || result.errors ? `   non-2xx ${result.non2xx}, errors ${result.errors}` : ''),
    );
  } finally {
    await server.close();
    await database.close();
  }
}

console.log(`intake: ${REGISTRATIONS} registrations over HTTP/tRPC, ${CONNECTIONS} connections`);
await run('PGlite', undefined);
const postgres = await postgresUrl();
if (postgres) await run('PostgreSQL', postgres);
else console.log('PostgreSQL  not reachable (set DATABASE_URL); skipped');
