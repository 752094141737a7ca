import { createTestIssuer } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { createTestTransport, type TestTransport } from '@lienthong/events/testing';
import type { IntakeRouter } from '@lienthong/intake-api';
import { createServiceClient } from '@lienthong/service-kit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_BASE_PATHS } from './compose.js';
import { startTestPlatform, type TestPlatform } from './testing.js';

// Real Keycloak when OIDC_ISSUER_URL is set (CI), otherwise the host's built-in issuer; real Kafka when
// KAFKA_BROKERS is set, otherwise the in-process bus. With REQUIRE_INFRA=1 a missing server fails the run.
describe(`the all-in-one host on ${testDatabaseDriver()}, ${process.env['OIDC_ISSUER_URL'] ? 'Keycloak' : 'built-in issuer'}`, () => {
  let events: TestTransport;
  let host: TestPlatform;
  let baseUrl: string;
  let platform: TestPlatform['platform'];

  beforeAll(async () => {
    events = createTestTransport({ clientId: 'platform-test' });
    host = await startTestPlatform({ name: 'platform-test', bus: events });
    ({ baseUrl, platform } = host);
  });
  afterAll(async () => {
    await host?.close();
    await events?.close();
  });

  it('answers liveness and readiness with every service checked, and tells the portal where to sign in', async () => {
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { 'intake.database': 'ok', 'routing.database': 'ok' } });
    const config = await (await fetch(`${baseUrl}/config.json`)).json();
    expect(config).toEqual({
      oidc: { url: platform.issuer.replace('/realms/lienthong', ''), realm: 'lienthong', clientId: 'portal' },
      services: SERVICE_BASE_PATHS,
    });
  });

  it('a clerk registers a document and the leader of the same commune finds it awaiting direction', async () => {
    const clerk = await host.signIn('vanthu.hoanghoa');
    const registered = await clerk.intake.incoming.register.mutate({
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '12/QĐ-UBND',
      documentDate: '2025-09-10',
      subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số',
    });
    expect(registered.orgId).toBe('th-ubnd-xa-hoang-hoa');
    const found = await clerk.intake.incoming.find.query({ query: 'quyet dinh' });
    expect(found.items.map((item) => item.id)).toContain(registered.id);

    const leader = await host.signIn('lanhdao.hoanghoa');
    await expect
      .poll(async () => (await leader.routing.queue.find.query()).items.map((item) => item.documentId), {
        timeout: 30_000,
        interval: 200,
      })
      .toContain(registered.id);

    const otherCommune = await host.signIn('lanhdao.hoangtien');
    const theirs = await otherCommune.routing.queue.find.query();
    expect(theirs.items.map((item) => item.documentId)).not.toContain(registered.id);
  });

  it('a dossier received at the one-stop desk reaches routing with its first step and deadline', async () => {
    const clerk = await host.signIn('vanthu.hoanghoa');
    // DEMO-HT-01 is one of the demo procedures the host loads into today's communes.
    const receipt = await clerk.intake.dossiers.receive.mutate({
      procedureCode: 'DEMO-HT-01',
      applicant: { name: 'Nguyễn Thị Bình' },
    });
    expect(receipt.code).toMatch(/^th-ubnd-xa-hoang-hoa-\d{6}-\d{4}$/);
    await expect
      .poll(async () => (await clerk.routing.dossiers.find.query({ q: receipt.code })).items.map((item) => item.id), {
        timeout: 30_000,
        interval: 200,
      })
      .toContain(receipt.id);
    const routed = await clerk.routing.dossiers.get.query({ id: receipt.id });
    expect(routed).toMatchObject({ code: receipt.code, appointmentDate: receipt.appointment.date, status: 'in-progress' });
    expect(routed.currentStep).toMatchObject({ id: 'xu-ly', role: 'van-thu' });
  });

  it('refuses a leader registering (403) and bad input with the field named (400), writing nothing', async () => {
    const leader = await host.signIn('lanhdao.hoanghoa');
    const document = {
      issuer: 'UBND tỉnh',
      numberSymbol: '1/TB-UBND',
      documentDate: '2025-09-10',
      subject: 'Thông báo',
    };
    await expect(leader.intake.incoming.register.mutate(document)).rejects.toMatchObject({
      data: { code: 'FORBIDDEN', httpStatus: 403, domain: { code: 'ROLE_REQUIRED' } },
    });
    const clerk = await host.signIn('vanthu.hoanghoa');
    await expect(clerk.intake.incoming.register.mutate({ ...document, subject: '' })).rejects.toMatchObject({
      data: {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        zodIssues: { subject: ['Trích yếu nội dung không được để trống'] },
      },
    });
    expect((await clerk.intake.incoming.find.query({ query: 'thong bao' })).items).toEqual([]);
  });

  it('answers 401 with the reason for a missing, malformed or foreign token', async () => {
    const url = `${baseUrl}${SERVICE_BASE_PATHS.intake}`;
    const anonymous = createServiceClient<IntakeRouter>({ url });
    await expect(anonymous.incoming.find.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED', httpStatus: 401, domain: { code: 'TOKEN_MISSING' } },
    });
    const garbled = createServiceClient<IntakeRouter>({ url, headers: { authorization: 'Bearer not.a.jwt' } });
    await expect(garbled.incoming.find.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED', domain: { code: 'TOKEN_MALFORMED' } },
    });
    const stranger = await createTestIssuer();
    try {
      const foreign = await stranger.mintToken({ username: 'vanthu.hoanghoa', orgId: 'th-ubnd-xa-hoang-hoa' });
      const forged = createServiceClient<IntakeRouter>({ url, headers: { authorization: `Bearer ${foreign}` } });
      const failure = await forged.incoming.find.query().catch((error: unknown) => error);
      expect(failure).toMatchObject({ data: { code: 'UNAUTHORIZED', httpStatus: 401 } });
      expect(['TOKEN_ISSUER_INVALID', 'TOKEN_SIGNATURE_INVALID']).toContain(
        (failure as { data?: { domain?: { code?: string } } }).data?.domain?.code,
      );
    } finally {
      await stranger.close();
    }
  });

  it('exports request and event metrics', async () => {
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/http_requests_total\{[^}]*route="\/api\/intake\/trpc\/incoming\.register"[^}]*\} \d+/);
    expect(metrics).toContain('events_outbox_backlog');
    expect(metrics).toMatch(/events_consumed_total\{[^}]*group="routing\.documents"[^}]*outcome="applied"[^}]*\} \d+/);
  });
});
