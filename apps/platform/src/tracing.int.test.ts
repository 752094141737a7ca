import { startTestTelemetry, SpanKind } from '@lienthong/telemetry/testing';
import { createTestDatabase, type TestDatabase } from '@lienthong/db/testing';
import { createTestTransport, type TestTransport } from '@lienthong/events/testing';
import { createIdGenerator, systemClock } from '@lienthong/kernel';
import { createLogger } from '@lienthong/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform, DEFAULT_REALM_FILE, type Platform, type PlatformAuth } from './compose.js';
import { freePort, signIn } from './testing.js';

// Spans kept in memory. Only our own spans are needed here (the procedure span from service-kit, the consumer span
// from events), so no automatic instrumentation is loaded.
const telemetry = startTestTelemetry({ serviceName: 'platform-test', instrumentations: 'none' });
const keycloak = process.env['OIDC_ISSUER_URL'];

describe('one trace from the intake request to the routing handler', () => {
  let database: TestDatabase;
  let bus: TestTransport;
  let platform: Platform;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    database = await createTestDatabase([]);
    bus = createTestTransport({ clientId: 'platform-tracing' });
    const auth: PlatformAuth = keycloak
      ? { mode: 'external', issuer: keycloak, audience: 'lienthong-api' }
      : { mode: 'built-in', publicUrl: baseUrl, realmFile: DEFAULT_REALM_FILE, audience: 'lienthong-api' };
    platform = await createPlatform({
      database,
      clock: systemClock,
      ids: createIdGenerator(systemClock),
      logger: createLogger({ name: 'platform-tracing', level: 'silent' }),
      auth,
      transport: bus.transport,
      seedDemo: true,
    });
    await platform.server.listen(port, '127.0.0.1');
  });
  afterAll(async () => {
    for (const step of platform?.shutdownSteps ?? []) await step.run();
    await bus?.close();
    await database?.close();
    await telemetry.telemetry.shutdown();
  });

  it(`carries the registration's trace id through the ${process.env['KAFKA_BROKERS'] ? 'Kafka' : 'in-process'} bus into the consumer`, async () => {
    const clerk = await signIn({ baseUrl, issuer: platform.issuer, username: 'vanthu.hoanghoa' });
    telemetry.reset();
    const document = await clerk.intake.incoming.register.mutate({
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '77/KH-UBND',
      documentDate: '2025-09-10',
      subject: 'Kế hoạch chuyển đổi số năm 2026',
    });
    const leader = await signIn({ baseUrl, issuer: platform.issuer, username: 'lanhdao.hoanghoa' });
    await expect
      .poll(async () => (await leader.routing.queue.find.query()).items.map((item) => item.documentId), { timeout: 30_000 })
      .toContain(document.id);

    const spans = await telemetry.finishedSpans();
    const request = spans.find((span) => span.name === 'trpc incoming.register');
    const consumer = spans.find(
      (span) => span.kind === SpanKind.CONSUMER && span.attributes['cloudevents.event_id'] !== undefined,
    );
    expect(request, 'the procedure span').toBeDefined();
    expect(consumer, 'the consumer span').toBeDefined();
    expect(consumer?.spanContext().traceId).toBe(request?.spanContext().traceId);
    expect(consumer?.attributes).toMatchObject({ 'cloudevents.event_type': 'vn.lienthong.document.registered.v1' });
  });
});
