// The on-time report (`reports.onTime` of routing) over N seeded dossiers on PostgreSQL: real HTTP, real tRPC, a real
// bearer token checked on every call. Dossiers are seeded in one INSERT … SELECT from generate_series (8 procedures,
// 2 years, about 85% completed, one in six of those late), then VACUUM ANALYZE, as autovacuum would on a live table.
import { createTokenVerifier } from '@lienthong/auth';
import { createTestIssuer } from '@lienthong/auth/testing';
import { createTestDatabase, type TestDatabase } from '@lienthong/db/testing';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { createRoutingApi, onTimeCountsSql, routingMigrations } from '@lienthong/routing-api';
import { createServer } from '@lienthong/service-kit';
import { createLogger } from '@lienthong/telemetry';
import { sql } from 'drizzle-orm';
import { percentile } from './measure.js';
import { reachablePostgresUrl } from './postgres.js';

const DOSSIERS = positiveInteger('BENCH_DOSSIERS', 100_000);
const REPEATS = positiveInteger('BENCH_REPORT_REPEATS', 30);
const WARM_UP = 3;
const ORG_ID = 'th-ubnd-xa-hoang-hoa';
const OTHER_ORG = 'th-ubnd-xa-hoang-tien';

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

/** 80% of the dossiers in the measured commune, the rest in another; received over 2025–2026. */
async function seed(database: TestDatabase): Promise<void> {
  await database.db.execute(sql`
    insert into routing.dossiers (
      id, code, org_id, procedure_code, procedure_version, procedure_name, applicant_name, applicant, search_text,
      status, received_at, received_on, appointment_date, appointment_at, due_date, due_at, overdue_at,
      current_appointment_date, completed_at, classification, has_apology, dossier, procedure, row_version,
      created_at, updated_at)
    select
      gen_random_uuid(),
      'BENCH-' || lpad(i::text, 7, '0'),
      case when i % 5 = 0 then ${OTHER_ORG} else ${ORG_ID} end,
      'DEMO-' || (i % 8),
      '1.0',
      'Thủ tục ' || (i % 8),
      'Công dân ' || i,
      jsonb_build_object('name', 'Công dân ' || i),
      'cong dan ' || i,
      case when i % 20 < 17 then 'returned' when i % 20 = 17 then 'refused' else 'in-progress' end,
      received,
      (received at time zone 'Asia/Ho_Chi_Minh')::date,
      (received at time zone 'Asia/Ho_Chi_Minh')::date + 4,
      received + interval '4 days',
      (received at time zone 'Asia/Ho_Chi_Minh')::date + 4,
      received + interval '4 days',
      case when i % 20 >= 18 then received + interval '5 days' end,
      (received at time zone 'Asia/Ho_Chi_Minh')::date + 4,
      case when i % 20 < 18 then received + interval '3 days' end,
      case when i % 20 >= 18 then null when i % 6 = 0 then 'qua-han' when i % 6 = 1 then 'dung-han' else 'truoc-han' end,
      i % 6 = 0 and i % 12 = 0,
      jsonb_build_object('code', 'BENCH-' || i, 'history', jsonb_build_array()),
      jsonb_build_object('code', 'DEMO-' || (i % 8)),
      1,
      received,
      received
    from (
      select i, timestamptz '2025-01-02 01:00:00+00' + ((i * 661) % (700 * 86400)) * interval '1 second' as received
      from generate_series(1, ${DOSSIERS}) as i
    ) as seeded`);
  await database.db.execute(sql`vacuum (analyze) routing.dossiers`);
}

async function planSummary(database: TestDatabase, groupBy: 'procedure' | 'unit' | 'month'): Promise<string> {
  const query = onTimeCountsSql({ orgId: ORG_ID, from: '2026-01-01', to: '2026-12-31', asOf: new Date(), groupBy });
  const { rows } = await database.db.execute<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) ${query}`);
  const lines = rows.map((row) => row['QUERY PLAN']);
  const scans = new Set<string>();
  for (const line of lines) {
    const scan =
      /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan|Parallel Index Only Scan|Parallel Seq Scan) (?:using |on )(\S+)/.exec(
        line,
      );
    if (scan) scans.add(`${scan[1]} ${scan[2]}`);
  }
  const time = lines.map((line) => /Execution Time: (\S+ ms)/.exec(line)?.[1]).find((found) => found !== undefined);
  return `${[...scans].join(' + ')} (${time ?? '?'})`;
}

async function main(): Promise<void> {
  const postgres = await reachablePostgresUrl();
  if (!postgres) {
    console.log('dossier report: PostgreSQL not reachable (set DATABASE_URL); skipped');
    return;
  }
  process.env.DATABASE_URL = postgres;
  delete process.env.REQUIRE_INFRA;
  const database = await createTestDatabase([routingMigrations]);
  const logger = createLogger({ name: 'bench', level: 'silent' });
  const issuer = await createTestIssuer();
  const token = await issuer.mintToken({
    username: 'lanhdao.hoanghoa',
    roles: ['lanh-dao'],
    orgId: ORG_ID,
    expiresInSeconds: 3600,
  });
  const verifier = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience });
  const api = createRoutingApi({ database, clock: systemClock, ids: createIdGenerator(systemClock), logger, verifier });
  const server = createServer({ logger, services: [{ api, basePath: '/trpc' }] });
  const { url } = await server.listen(0, '127.0.0.1');
  try {
    const started = performance.now();
    await seed(database);
    const seedSeconds = (performance.now() - started) / 1000;
    console.log(
      `dossier report: ${DOSSIERS} dossiers seeded in ${seedSeconds.toFixed(1)} s incl. VACUUM ANALYZE; ` +
        `reports.onTime over HTTP/tRPC as a leader of ${ORG_ID}, year 2026, ${REPEATS} calls per grouping after ${WARM_UP} warm-up`,
    );
    const header = `${'grouping'.padEnd(10)} ${'groups'.padStart(6)} ${'dossiers'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  plan (EXPLAIN ANALYZE)`;
    console.log(header);
    console.log('-'.repeat(header.length + 40));
    for (const groupBy of ['procedure', 'month', 'unit'] as const) {
      const call = async () => {
        const encoded = encodeURIComponent(JSON.stringify({ json: { groupBy, year: 2026 } }));
        const response = await fetch(`${url}/trpc/reports.onTime?input=${encoded}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const body = (await response.json()) as {
          result?: { data?: { json?: { groups: unknown[]; total: { received: number } } } };
        };
        const report = body.result?.data?.json;
        if (!response.ok || !report)
          throw new Error(`reports.onTime answered ${response.status}: ${JSON.stringify(body)}`);
        return report;
      };
      for (let i = 0; i < WARM_UP; i += 1) await call();
      const latencies: number[] = [];
      let last = await call();
      for (let i = 0; i < REPEATS; i += 1) {
        const before = performance.now();
        last = await call();
        latencies.push(performance.now() - before);
      }
      console.log(
        `${groupBy.padEnd(10)} ${String(last.groups.length).padStart(6)} ${String(last.total.received).padStart(8)} ` +
          `${percentile(latencies, 50).toFixed(1).padStart(7)} ${percentile(latencies, 95).toFixed(1).padStart(7)} ` +
          `${percentile(latencies, 99).toFixed(1).padStart(7)}  ${await planSummary(database, groupBy)}`,
      );
    }
  } finally {
    await server.close();
    await issuer.close();
    await database.close();
  }
}

await main();
