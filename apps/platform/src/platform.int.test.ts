import type { IntakeRouter } from '@lienthong/intake-api';
import { createTestDatabase, testDatabaseDriver, type TestDatabase } from '@lienthong/db/testing';
import { createIdGenerator, fixedClock } from '@lienthong/kernel';
import { createServiceClient } from '@lienthong/service-kit/client';
import { createLogger } from '@lienthong/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform, SERVICE_BASE_PATHS, type Platform } from './compose.js';

const clock = fixedClock('2025-09-15T02:00:00Z');

describe(`the all-in-one host on ${testDatabaseDriver()}`, () => {
  let database: TestDatabase;
  let platform: Platform;
  let url: string;
  const build = () =>
    createPlatform({
      database,
      clock,
      ids: createIdGenerator(clock),
      logger: createLogger({ name: 'platform-test', level: 'silent' }),
      seedDemo: true,
    });

  beforeAll(async () => {
    database = await createTestDatabase([]);
    platform = await build();
    url = (await platform.server.listen(0, '127.0.0.1')).url;
  });
  afterAll(async () => {
    await platform.server.close();
    await database.close();
  });

  it('answers liveness and readiness with every service checked', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.stringify(await ready.json())).toContain('database');
  });

  it('registers an incoming document and lists it through /api/intake/trpc', async () => {
    const intake = createServiceClient<IntakeRouter>({ url: `${url}${SERVICE_BASE_PATHS.intake}` });
    const registered = await intake.incoming.register.mutate({
      orgId: 'th-ubnd-xa-hoang-hoa',
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '12/QĐ-UBND',
      documentDate: '2025-09-10',
      subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số',
    });
    expect(registered.receivedAt).toBeInstanceOf(Date);
    const page = await intake.incoming.find.query({ orgId: 'th-ubnd-xa-hoang-hoa', query: 'quyet dinh' });
    expect(page.items.map((item) => item.id)).toEqual([registered.id]);
  });

  it('refuses bad input over HTTP with the field named, and a future date with its domain code', async () => {
    const intake = createServiceClient<IntakeRouter>({ url: `${url}${SERVICE_BASE_PATHS.intake}` });
    const base = { orgId: 'th-ubnd-xa-hoang-hoa', issuer: 'UBND tỉnh', numberSymbol: '1/TB-UBND', documentDate: '2025-09-10' };
    const missing = await intake.incoming.register.mutate({ ...base, subject: '' }).catch((error: unknown) => error);
    expect(missing).toMatchObject({ data: { code: 'BAD_REQUEST', httpStatus: 400, zodIssues: { subject: ['Trích yếu nội dung không được để trống'] } } });
    const future = await intake.incoming.register
      .mutate({ ...base, subject: 'Thông báo', documentDate: '2025-09-16' })
      .catch((error: unknown) => error);
    expect(future).toMatchObject({ data: { code: 'BAD_REQUEST', domain: { code: 'DOCUMENT_DATE_IN_FUTURE' } } });
    const page = await intake.incoming.find.query({ orgId: 'th-ubnd-xa-hoang-hoa', query: 'thong bao' });
    expect(page.items).toEqual([]);
  });

  it('counts requests per procedure in /metrics', async () => {
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/http_requests_total\{[^}]*route="\/api\/intake\/trpc\/incoming\.register"[^}]*\} \d+/);
    expect(metrics).toContain('http_request_duration_seconds_bucket');
  });

  it('seeds the demo organisation once, and a restart keeps the data', async () => {
    const units = createServiceClient<IntakeRouter>({ url: `${url}${SERVICE_BASE_PATHS.intake}` }).organization.findUnits;
    const before = await units.query({ date: '2025-09-15' });
    expect(before.items.filter((unit) => unit.level === 'commune' && unit.side === 'state')).toHaveLength(8);
    expect(before.items.some((unit) => unit.level === 'district')).toBe(false);
    const onDayBeforeReform = await units.query({ date: '2025-06-30' });
    expect(onDayBeforeReform.items.filter((unit) => unit.level === 'commune' && unit.side === 'state')).toHaveLength(36);

    const again = await build();
    const restartedUrl = (await again.server.listen(0, '127.0.0.1')).url;
    try {
      const client = createServiceClient<IntakeRouter>({ url: `${restartedUrl}${SERVICE_BASE_PATHS.intake}` });
      expect((await client.organization.findUnits.query({ date: '2025-09-15' })).items).toHaveLength(before.items.length);
      expect((await client.incoming.find.query({ orgId: 'th-ubnd-xa-hoang-hoa' })).items).toHaveLength(1);
    } finally {
      await again.server.close();
    }
  });
});
