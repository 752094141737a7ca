import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { documentRegistered } from '@lienthong/documents/events';
import { createEnvelope, createInProcessTransport, type EventTransport } from '@lienthong/events';
import { createIdGenerator, fixedClock } from '@lienthong/kernel';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueItems, routingInbox } from '../../db/schema.js';
import { createRoutingTestHarness, type RoutingTestHarness } from '../../testing.js';

const ids = createIdGenerator(fixedClock('2025-09-15T01:00:00Z'));
const registration = (orgId: string, numberSymbol: string) => {
  const payload = { ...documentRegistered.example, documentId: ids(), orgId, numberSymbol };
  return createEnvelope(documentRegistered, payload, {
    id: ids(),
    source: '/lienthong/intake',
    tenant: orgId,
    time: new Date('2025-09-15T01:00:00Z'),
  });
};

describe(`queue awaiting direction on ${testDatabaseDriver()}`, () => {
  let h: RoutingTestHarness;
  let transport: EventTransport;

  beforeAll(async () => {
    h = await createRoutingTestHarness();
    transport = createInProcessTransport();
    for (const consumer of h.api.createConsumers({ transport })) await consumer.start();
  });
  afterAll(async () => {
    await transport.close();
    await h.close();
  });

  async function deliver(...events: ReturnType<typeof registration>[]) {
    await transport.publish(
      events.map((event) => ({
        topic: 'documents',
        key: event.data.documentId,
        value: JSON.stringify(event),
        headers: {},
      })),
    );
  }

  it('queues each registered document in its unit, once, however often the event arrives', async () => {
    const first = registration('th-ubnd-xa-hoang-hoa', '12/QĐ-UBND');
    const second = registration('th-ubnd-xa-hoang-hoa', '45/UBND-VP');
    const elsewhere = registration('th-ubnd-xa-hoang-tien', '7/TB-UBND');
    await deliver(first, second, elsewhere, first);
    await expect.poll(async () => (await h.database.db.select({ n: count() }).from(routingInbox))[0]?.n).toBe(3);

    const leader = h.callerFor(aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] }));
    const page = await leader.queue.find();
    expect(page.items.map((item) => item.numberSymbol)).toEqual(['45/UBND-VP', '12/QĐ-UBND']);
    expect(page.items[0]).toMatchObject({ status: 'awaiting_direction', orgId: 'th-ubnd-xa-hoang-hoa' });
    expect((await h.database.db.select({ n: count() }).from(queueItems))[0]?.n).toBe(3);
  });

  it("shows a commune's queue to its clerk too, and nothing of another commune", async () => {
    const clerk = h.callerFor(aPrincipal());
    expect((await clerk.queue.find()).items).toHaveLength(2);
    const otherLeader = h.callerFor(
      aPrincipal({ username: 'lanhdao.hoangtien', roles: ['lanh-dao'], orgId: 'th-ubnd-xa-hoang-tien' }),
    );
    expect((await otherLeader.queue.find()).items.map((item) => item.numberSymbol)).toEqual(['7/TB-UBND']);
  });

  it('refuses callers without a token or without a directing role', async () => {
    await expect(h.callerFor(null).queue.find()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      h.callerFor(aPrincipal({ username: 'luutru.tinh', roles: ['luu-tru'], orgId: 'th-ubnd-tinh' })).queue.find(),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { code: 'ROLE_REQUIRED' } });
  });

  it('pages with a cursor', async () => {
    const leader = h.callerFor(aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] }));
    const first = await leader.queue.find({ limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await leader.queue.find({ limit: 1, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...second.items].map((item) => item.numberSymbol)).toEqual(['45/UBND-VP', '12/QĐ-UBND']);
    expect(second.nextCursor).toBeNull();
  });
});
