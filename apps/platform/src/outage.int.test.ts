import { testDatabaseDriver, type TestDatabase } from '@lienthong/db/testing';
import {
  createBrokerOutage,
  createTestTransport,
  waitFor,
  type BrokerOutage,
  type TestTransport,
} from '@lienthong/events/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './testing.js';

// The service-level reliability check of design §5: documents registered while the broker is down still reach
// routing's inbox, each exactly once. Real Kafka (stopped and started with infra/local/kafka.sh) when KAFKA_BROKERS
// is set; otherwise the in-process bus with a switchable outage.
const DOCUMENTS = 1000;
const STOP_AFTER = 250;
const START_AFTER = 600;

describe(`${DOCUMENTS} registrations through a broker outage (${testDatabaseDriver()})`, () => {
  let database: TestDatabase;
  let bus: TestTransport;
  let host: TestPlatform;
  let outage: BrokerOutage;

  beforeAll(async () => {
    bus = createTestTransport({ clientId: 'platform-outage' });
    outage = await createBrokerOutage(bus);
    host = await startTestPlatform({ name: 'platform-outage', bus, transport: outage.transport });
    database = host.database;
  }, 240_000);

  afterAll(async () => {
    // Never leave the shared local broker stopped, whatever happened above.
    await outage?.restore().catch(() => undefined);
    await host?.close().catch(() => undefined);
    await bus?.close();
  }, 240_000);

  it('delivers every document to the routing inbox exactly once', async () => {
    const clerk = await host.signIn('vanthu.hoanghoa');
    const registered: string[] = [];
    const register = async (n: number) => {
      const document = await clerk.intake.incoming.register.mutate({
        issuer: 'UBND tỉnh Thanh Hóa',
        numberSymbol: `${n + 1}/TB-UBND`,
        documentDate: '2025-09-10',
        subject: `Thông báo số ${n + 1} về lịch làm việc`,
      });
      registered.push(document.id);
    };
    // Ten clerks' worth of concurrency; the broker stops after STOP_AFTER and comes back after START_AFTER.
    let next = 0;
    let outagePhase: Promise<void> = Promise.resolve();
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < DOCUMENTS) {
          const n = next++;
          if (n === STOP_AFTER) outagePhase = outage.goDown();
          if (n === START_AFTER) {
            await outagePhase;
            outagePhase = outage.comeBack();
          }
          await register(n);
        }
      }),
    );
    await outagePhase;
    expect(new Set(registered).size).toBe(DOCUMENTS);

    const counts = async () => {
      const result = await database.db.execute<{ inbox: number; queued: number; distinct_documents: number }>(sql`
        select (select count(*)::int from routing.inbox) as inbox,
               (select count(*)::int from routing.queue_items) as queued,
               (select count(distinct document_id)::int from routing.queue_items) as distinct_documents`);
      return result.rows[0];
    };
    await waitFor('every document in the routing inbox', async () => (await counts())?.inbox === DOCUMENTS, {
      timeoutMs: 120_000,
      intervalMs: 250,
    });
    // Give stray redeliveries a moment to show up if they were applied twice.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await counts()).toEqual({ inbox: DOCUMENTS, queued: DOCUMENTS, distinct_documents: DOCUMENTS });
    const unpublished = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from intake.outbox where published_at is null`,
    );
    expect(unpublished.rows[0]?.n).toBe(0);
  });
});
