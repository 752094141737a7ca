// Search latency of `incoming.find` over N seeded incoming documents on PostgreSQL: real HTTP, real tRPC, a real
// bearer token checked on every request. Documents are seeded in one INSERT … SELECT from generate_series (Vietnamese
// subjects from a small vocabulary, 8 communes, time-ordered UUID v7 ids), then VACUUM ANALYZE. Each query kind runs
// REPEATS times in a row after WARM_UP calls; the plan of each kind comes from EXPLAIN (ANALYZE, BUFFERS).
import { createTokenVerifier } from '@lienthong/auth';
import { createTestIssuer } from '@lienthong/auth/testing';
import { vnSearchCondition } from '@lienthong/db';
import { createTestDatabase, type TestDatabase } from '@lienthong/db/testing';
import { createIntakeApi, intakeMigrations } from '@lienthong/intake-api';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { createServer } from '@lienthong/service-kit';
import { createMemoryFileStore } from '@lienthong/storage/testing';
import { createLogger } from '@lienthong/telemetry';
import { sql, type SQL } from 'drizzle-orm';
import { percentile } from './measure.js';
import { reachablePostgresUrl } from './postgres.js';

const DOCUMENTS = positiveInteger('BENCH_SEARCH_DOCUMENTS', 100_000);
const REPEATS = positiveInteger('BENCH_SEARCH_REPEATS', 50);
const WARM_UP = 3;
const ORG_ID = 'th-ubnd-xa-hoang-hoa';
const ORG_IDS = [
  ORG_ID,
  'th-ubnd-xa-hoang-tien',
  'th-ubnd-xa-hoang-thanh',
  'th-ubnd-xa-hoang-loc',
  'th-ubnd-xa-hoang-giang',
  'th-ubnd-xa-hoang-phu',
  'th-ubnd-xa-hoang-son',
  'th-ubnd-xa-hoang-chau',
];
// Document kind and the type abbreviation of its number/symbol (a công văn has none: `123/UBND-VP`).
const KINDS: readonly (readonly [string, string])[] = [
  ['Quyết định', 'QĐ'],
  ['Công văn', ''],
  ['Thông báo', 'TB'],
  ['Kế hoạch', 'KH'],
  ['Báo cáo', 'BC'],
  ['Tờ trình', 'TTr'],
];
const ISSUERS: readonly (readonly [string, string])[] = [
  ['UBND tỉnh Thanh Hóa', 'UBND'],
  ['Văn phòng UBND tỉnh Thanh Hóa', 'VP'],
  ['Sở Tài nguyên và Môi trường', 'STNMT'],
  ['Sở Nội vụ', 'SNV'],
  ['Sở Tài chính', 'STC'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['Sở Y tế', 'SYT'],
  ['UBND huyện Hoằng Hóa', 'UBND'],
  ['Công an tỉnh Thanh Hóa', 'CAT'],
  ['Bộ Nội vụ', 'BNV'],
];
// No topic or place contains "luong": that word is kept for the rare topic below.
const TOPICS = [
  'triển khai thực hiện Đề án 06',
  'phê duyệt kế hoạch sử dụng đất',
  'kiện toàn Ban chỉ đạo chuyển đổi số',
  'tăng cường công tác phòng, chống thiên tai',
  'tổ chức kỳ thi tuyển sinh vào lớp 10',
  'giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ',
  'hỗ trợ hộ nghèo, hộ cận nghèo',
  'xây dựng nông thôn mới nâng cao',
  'đẩy mạnh cải cách hành chính',
  'thu ngân sách nhà nước',
  'bảo vệ môi trường và xử lý rác thải',
  'quản lý trật tự xây dựng',
  'tiêm chủng mở rộng',
  'chuẩn bị đón Tết Nguyên đán',
  'sắp xếp đơn vị hành chính cấp xã',
  'kiểm tra an toàn thực phẩm',
];
const RARE_TOPIC = 'bảo tồn rừng đặc dụng Pù Luông'; // one document in 1,000
const PLACES = [
  'xã Hoằng Hóa',
  'huyện Hoằng Hóa',
  'tỉnh Thanh Hóa',
  'huyện Hậu Lộc',
  'huyện Quảng Xương',
  'huyện Nga Sơn',
  'huyện Thọ Xuân',
  'thị xã Nghi Sơn',
  'huyện Nông Cống',
  'thành phố Sầm Sơn',
];
// Documents spread over 2024–2025 (received at +07:00), ids ordered like the received times.
const FIRST_RECEIVED_MS = Date.parse('2024-01-01T00:00:00+07:00');
const SPAN_MS = Date.parse('2026-01-01T00:00:00+07:00') - FIRST_RECEIVED_MS;
const MARCH_2025 = { documentDateFrom: '2025-03-01', documentDateTo: '2025-03-31' };

type FindInput = { query?: string; documentDateFrom?: string; documentDateTo?: string };
type QueryKind = { label: string; input: FindInput };

const QUERY_KINDS: readonly QueryKind[] = [
  { label: 'listing (no query)', input: {} },
  { label: 'listing, March 2025', input: { ...MARCH_2025 } },
  { label: '"quyet dinh hoang hoa"', input: { query: 'quyet dinh hoang hoa' } },
  { label: '"quyet dinh hoang hoa", March', input: { query: 'quyet dinh hoang hoa', ...MARCH_2025 } },
  { label: 'symbol "12/qd-ubnd"', input: { query: '12/qd-ubnd' } },
  { label: 'symbol "12/qd-ubnd", March', input: { query: '12/qd-ubnd', ...MARCH_2025 } },
  { label: 'rare "luong"', input: { query: 'luong' } },
  { label: 'rare "luong", March', input: { query: 'luong', ...MARCH_2025 } },
  { label: 'common "viec"', input: { query: 'viec' } },
  { label: 'common "viec", March', input: { query: 'viec', ...MARCH_2025 } },
];

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got ${process.env[name]}`);
  return value;
}

function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** Inserts DOCUMENTS rows in one statement; every choice is a hash of the row number, so runs are reproducible. */
async function seed(database: TestDatabase): Promise<void> {
  const stepMs = Math.floor(SPAN_MS / DOCUMENTS);
  await database.db.execute(sql`
    with v as (
      select ${textArray(ORG_IDS)} as orgs,
             ${textArray(KINDS.map(([kind]) => kind))} as kinds,
             ${textArray(KINDS.map(([, abbr]) => abbr))} as kind_abbrs,
             ${textArray(ISSUERS.map(([issuer]) => issuer))} as issuers,
             ${textArray(ISSUERS.map(([, abbr]) => abbr))} as issuer_abbrs,
             ${textArray(TOPICS)} as topics,
             ${textArray(PLACES)} as places
    ), s as (
      select g,
             ${FIRST_RECEIVED_MS}::bigint + g::bigint * ${stepMs}::bigint as ms,
             md5(g::text) as r,
             abs(hashint4(g)) as h1, abs(hashint4(g + 1000003)) as h2, abs(hashint4(g + 2000003)) as h3,
             abs(hashint4(g + 3000017)) as h4, abs(hashint4(g + 4000037)) as h5
      from generate_series(1, ${DOCUMENTS}::int) as g
    ), d as (
      select s.*, v.*,
             1 + h2 % ${KINDS.length} as k, 1 + h3 % ${ISSUERS.length} as i,
             to_timestamp(ms / 1000.0) as received
      from s cross join v
    )
    insert into intake.incoming_documents
      (id, org_id, issuer, number_symbol, document_date, subject, received_at, created_at)
    select
      (lpad(to_hex(ms), 12, '0') || '7' || substr(r, 1, 3) || '8' || substr(r, 4, 15))::uuid,
      orgs[1 + h1 % ${ORG_IDS.length}],
      issuers[i],
      case when kind_abbrs[k] = '' then (1 + h4 % 400) || '/' || issuer_abbrs[i] || '-VP'
           else (1 + h4 % 400) || '/' || kind_abbrs[k] || '-' || issuer_abbrs[i] end,
      (received at time zone 'Asia/Ho_Chi_Minh')::date - (h5 % 6),
      kinds[k] || ' về việc ' ||
        (case when g % 1000 = 7 then ${RARE_TOPIC} else topics[1 + h5 % ${TOPICS.length}] end) ||
        ' trên địa bàn ' || places[1 + h1 / 8 % ${PLACES.length}] ||
        ' năm ' || extract(year from received at time zone 'Asia/Ho_Chi_Minh'),
      received,
      received
    from d
  `);
  // Settles the trigram index's pending list and gathers statistics, as autovacuum would on a live table.
  await database.db.execute(sql`vacuum (analyze) intake.incoming_documents`);
}

/** The WHERE clause `incoming.find` builds for ORG_ID and `input` (same expression as its trigram index). */
function findCondition(input: FindInput): SQL {
  const searchable = sql`subject || ' ' || number_symbol || ' ' || issuer || ' ' || coalesce(ocr_text, '')`;
  const parts: SQL[] = [sql`org_id = ${ORG_ID}`];
  const search = input.query === undefined ? undefined : vnSearchCondition(searchable, input.query);
  if (search) parts.push(search);
  if (input.documentDateFrom) parts.push(sql`document_date >= ${input.documentDateFrom}`);
  if (input.documentDateTo) parts.push(sql`document_date <= ${input.documentDateTo}`);
  return sql.join(parts, sql` and `);
}

async function matches(database: TestDatabase, input: FindInput): Promise<number> {
  const { rows } = await database.db.execute<{ n: string }>(
    sql`select count(*) as n from intake.incoming_documents where ${findCondition(input)}`,
  );
  return Number(rows[0]?.n ?? Number.NaN);
}

async function plan(database: TestDatabase, input: FindInput): Promise<string[]> {
  const { rows } = await database.db.execute<{ 'QUERY PLAN': string }>(
    sql`explain (analyze, buffers) select * from intake.incoming_documents where ${findCondition(input)}
        order by id desc limit 21`,
  );
  return rows.map((row) => row['QUERY PLAN']);
}

/** The scans of a plan, e.g. `Bitmap Index Scan on incoming_documents_search_idx`, and its execution time. */
function planSummary(lines: readonly string[]): string {
  const scans = new Set<string>();
  for (const line of lines) {
    const scan =
      /(Index Only Scan(?: Backward)?|Index Scan(?: Backward)?|Bitmap Index Scan|Seq Scan) (?:using |on )(\S+)/.exec(
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
    console.log('search: PostgreSQL not reachable (set DATABASE_URL); skipped');
    return;
  }
  process.env.DATABASE_URL = postgres;
  delete process.env.REQUIRE_INFRA;
  const database = await createTestDatabase([intakeMigrations]);
  const logger = createLogger({ name: 'bench', level: 'silent' });
  const issuer = await createTestIssuer();
  const token = await issuer.mintToken({
    username: 'vanthu.hoanghoa',
    roles: ['van-thu'],
    orgId: ORG_ID,
    expiresInSeconds: 3600,
  });
  const verifier = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience });
  const api = createIntakeApi({
    database,
    clock: systemClock,
    ids: createIdGenerator(systemClock),
    logger,
    verifier,
    files: createMemoryFileStore(),
  });
  const server = createServer({ logger, services: [{ api, basePath: '/trpc' }] });
  const { url } = await server.listen(0, '127.0.0.1');
  try {
    const seedStarted = performance.now();
    await seed(database);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const ownDocuments = await matches(database, {});
    console.log(
      `search: ${DOCUMENTS} documents seeded (${ORG_IDS.length} communes, ${ownDocuments} in ${ORG_ID}) ` +
        `in ${seedSeconds.toFixed(1)} s incl. VACUUM ANALYZE; incoming.find over HTTP/tRPC as ${ORG_ID}, ` +
        `${REPEATS} sequential calls per query after ${WARM_UP} warm-up, page of 20`,
    );
    const find = async (input: FindInput): Promise<number> => {
      const encoded = encodeURIComponent(JSON.stringify({ json: input }));
      const response = await fetch(`${url}/trpc/incoming.find?input=${encoded}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { result?: { data?: { json?: { items?: unknown[] } } } };
      const items = body.result?.data?.json?.items;
      if (!response.ok || !items) throw new Error(`incoming.find answered ${response.status}: ${JSON.stringify(body)}`);
      return items.length;
    };

    const header = `${'query'.padEnd(32)} ${'matches'.padStart(7)} ${'rows'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  plan (EXPLAIN ANALYZE, execution time)`;
    console.log(header);
    console.log('-'.repeat(header.length + 30));
    for (const kind of QUERY_KINDS) {
      for (let i = 0; i < WARM_UP; i += 1) await find(kind.input);
      const latencies: number[] = [];
      let rows = 0;
      for (let i = 0; i < REPEATS; i += 1) {
        const before = performance.now();
        rows = await find(kind.input);
        latencies.push(performance.now() - before);
      }
      const [total, lines] = await Promise.all([matches(database, kind.input), plan(database, kind.input)]);
      const figure = (p: number) => percentile(latencies, p).toFixed(1).padStart(7);
      console.log(
        `${kind.label.padEnd(32)} ${String(total).padStart(7)} ${String(rows).padStart(4)} ${figure(50)} ${figure(95)} ${figure(99)}  ${planSummary(lines)}`,
      );
    }
    const shown = QUERY_KINDS[2];
    if (shown) {
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of ${shown.label} (the SQL incoming.find runs):`);
      for (const line of await plan(database, shown.input)) console.log(`  ${line}`);
    }
  } finally {
    await server.close();
    await issuer.close();
    await database.close();
  }
}

await main();
