import { startTestTelemetry, SpanKind } from '@lienthong/telemetry/testing';
import { createTestTransport, type TestTransport } from '@lienthong/events/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './testing.js';

// Spans kept in memory. Only our own spans are needed here (the procedure span from service-kit, the consumer span
// from events), so no automatic instrumentation is loaded.
const telemetry = startTestTelemetry({ serviceName: 'platform-test', instrumentations: 'none' });

describe('one trace from the intake request to the routing handler', () => {
  let bus: TestTransport;
  let host: TestPlatform;

  beforeAll(async () => {
    bus = createTestTransport({ clientId: 'platform-tracing' });
    host = await startTestPlatform({ name: 'platform-tracing', bus });
  });
  afterAll(async () => {
    await host?.close();
    await bus?.close();
    await telemetry.telemetry.shutdown();
  });

  it(`carries the registration's trace id through the ${process.env['KAFKA_BROKERS'] ? 'Kafka' : 'in-process'} bus into the consumer`, async () => {
    const clerk = await host.signIn('vanthu.hoanghoa');
    telemetry.reset();
    const document = await clerk.intake.incoming.register.mutate({
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '77/KH-UBND',
      documentDate: '2025-09-10',
      subject: 'Kế hoạch chuyển đổi số năm 2026',
    });
    const leader = await host.signIn('lanhdao.hoanghoa');
    await expect
      .poll(async () => (await leader.routing.queue.find.query()).items.map((item) => item.documentId), {
        timeout: 30_000,
      })
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
