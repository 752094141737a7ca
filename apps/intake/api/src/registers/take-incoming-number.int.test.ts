import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeTestHarness, type IntakeTestHarness } from '../testing.js';

const document = (n: number) => ({
  issuer: 'UBND tỉnh Thanh Hóa',
  numberSymbol: `${n}/TB-UBND`,
  documentDate: '2025-09-10',
  subject: `Thông báo số ${n}`,
});

describe(`số đến of the incoming register on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it('gives 50 concurrent registrations in one register the numbers 1..50, no gap, no repeat', async () => {
    const clerk = h.callerFor(aPrincipal({ username: 'vanthu.hoangtien', orgId: 'th-ubnd-xa-hoang-tien' }));
    const registered = await Promise.all(
      Array.from({ length: 50 }, (_, i) => clerk.incoming.register(document(i + 1))),
    );
    const numbers = registered.map((item) => item.incomingNumber).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(registered.map((item) => item.registerScope))).toEqual(new Set(['2025']));
  });

  it('numbers each unit on its own, skips nothing after a refused registration, and restarts with the year in Vietnam', async () => {
    const clerk = h.callerFor(aPrincipal());
    expect((await clerk.incoming.register(document(1))).incomingNumber).toBe(1);
    await expect(clerk.incoming.register({ ...document(2), documentDate: '2030-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await clerk.incoming.register(document(2))).incomingNumber).toBe(2);

    // 23:30 on 31 December in Hà Nội is still 2025 there.
    h.clock.set('2025-12-31T16:30:00Z');
    expect(await clerk.incoming.register(document(3))).toMatchObject({ incomingNumber: 3, registerScope: '2025' });
    // Half an hour later it is 1 January 2026 in Vietnam (still 31 December in UTC): a new scope starts at 1.
    h.clock.set('2025-12-31T17:00:00Z');
    expect(await clerk.incoming.register(document(4))).toMatchObject({ incomingNumber: 1, registerScope: '2026' });
  });
});
