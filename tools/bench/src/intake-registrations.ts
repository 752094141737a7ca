// Registrations per second through the intake service: real HTTP, real tRPC, real token checks, real database
// (PGlite, then PostgreSQL). The outbox row is written in each registration's transaction; no relay runs here.
import { createTokenVerifier } from '@lienthong/auth';
import { createTestIssuer } from '@lienthong/auth/testing';
import { createTestDatabase } from '@lienthong/db/testing';
import { createIntakeApi } from '@lienthong/intake-api';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { thanhHoaOrganization } from '@lienthong/seed';
import { createServer } from '@lienthong/service-kit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalFileStore } from '@lienthong/storage';
import { createLogger } from '@lienthong/telemetry';
import { reachablePostgresUrl } from './postgres.js';
import { percentile, runConcurrently } from './measure.js';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 2000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Registrations that each upload a 1 MB scan first (POST /files, then incoming.register with its id). */
const FILE_REGISTRATIONS = Number(process.env.BENCH_FILE_REGISTRATIONS ?? 300);
const FILE_BYTES = 1024 * 1024;

/** A distinct 1 MB "PDF" per call (content-addressed storage would otherwise store one file once). */
function scanOf(index: number): Uint8Array {
  const bytes = new Uint8Array(FILE_BYTES);
  bytes.set(new TextEncoder().encode(`%PDF-1.4\n% scan ${index}\n`));
  for (let i = 64; i < FILE_BYTES; i += 4096) bytes[i] = (index + i) % 251;
  return bytes;
}

async function run(label: string, databaseUrl: string | undefined) {
  // createTestDatabase picks PostgreSQL when DATABASE_URL is set and makes a fresh database there.
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
  delete process.env.REQUIRE_INFRA;
  const database = await createTestDatabase([]);
  const logger = createLogger({ name: 'bench', level: 'silent' });
  // Real token checks on every request: a local issuer with a real JWKS signs the clerk's token.
  const issuer = await createTestIssuer();
  const token = await issuer.mintToken({
    username: 'vanthu.hoanghoa',
    roles: ['van-thu'],
    orgId: 'th-ubnd-xa-hoang-hoa',
    expiresInSeconds: 3600,
  });
  const verifier = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience });
  const api = createIntakeApi({
    database,
    clock: systemClock,
    ids: createIdGenerator(systemClock),
    logger,
    verifier,
    files: createLocalFileStore({ root: await mkdtemp(join(tmpdir(), 'lienthong-bench-files-')) }),
  });
  await api.migrate();
  await api.seedOrganization(thanhHoaOrganization().units);
  const server = createServer({ logger, services: [{ api, basePath: '/trpc' }], routes: [api.fileRoute('/files')] });
  const { url } = await server.listen(0, '127.0.0.1');
  // Each registration a different document (its own number), as in a real register; every tenth repeats an earlier
  // symbol, so the duplicate check finds something to warn about.
  let sent = 0;
  const fieldsOf = (index: number) => ({
    issuer: 'UBND tỉnh Thanh Hóa',
    numberSymbol: `${index % 10 === 0 ? 12 : 100 + index}/QĐ-UBND`,
    documentDate: '2025-09-10',
    subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số và đề án 06 của tỉnh',
  });
  const bodyOf = (index: number) => JSON.stringify({ json: fieldsOf(index) });
  try {
    const { seconds, latencies, failures } = await runConcurrently(REGISTRATIONS, CONNECTIONS, async () => {
      sent += 1;
      const response = await fetch(`${url}/trpc/incoming.register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: bodyOf(sent),
      });
      await response.arrayBuffer();
      return response.ok;
    });
    const ok = REGISTRATIONS - failures;
    console.log(
      `${label.padEnd(10)} ${String(ok).padStart(6)} registrations in ${seconds.toFixed(2)} s = ` +
        `${(ok / seconds).toFixed(0).padStart(6)} /s   latency p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(1)} ms` +
        (failures ? `   FAILED ${failures}` : ''),
    );

    let index = 0;
    const withFile = await runConcurrently(FILE_REGISTRATIONS, CONNECTIONS, async () => {
      index += 1;
      const uploaded = await fetch(`${url}/files`, {
        method: 'POST',
        headers: {
          'content-type': 'application/pdf',
          'x-file-name': `scan-${index}.pdf`,
          authorization: `Bearer ${token}`,
        },
        body: scanOf(index),
      });
      if (uploaded.status !== 201) return false;
      const { id } = (await uploaded.json()) as { id: string };
      const response = await fetch(`${url}/trpc/incoming.register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ json: { ...fieldsOf(REGISTRATIONS + index), fileIds: [id] } }),
      });
      await response.arrayBuffer();
      return response.ok;
    });
    const okWithFile = FILE_REGISTRATIONS - withFile.failures;
    console.log(
      `${label.padEnd(10)} ${String(okWithFile).padStart(6)} registrations with a 1 MB scan (upload + register) in ` +
        `${withFile.seconds.toFixed(2)} s = ${(okWithFile / withFile.seconds).toFixed(1).padStart(6)} /s   latency p50 ` +
        `${percentile(withFile.latencies, 50).toFixed(1)} ms, p99 ${percentile(withFile.latencies, 99).toFixed(1)} ms` +
        (withFile.failures ? `   FAILED ${withFile.failures}` : ''),
    );
  } finally {
    await server.close();
    await issuer.close();
    await database.close();
  }
}

console.log(
  `intake: ${REGISTRATIONS} registrations over HTTP/tRPC, then ${FILE_REGISTRATIONS} with a 1 MB scan stored on disk, ` +
    `${CONNECTIONS} concurrent clients`,
);
await run('PGlite', undefined);
const postgres = await reachablePostgresUrl();
if (postgres) await run('PostgreSQL', postgres);
else console.log('PostgreSQL  not reachable (set DATABASE_URL); skipped');
