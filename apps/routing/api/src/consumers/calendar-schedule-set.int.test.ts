import { aPrincipal } from '@lienthong/auth/testing';
import { OFFICIAL_SCHEDULES, type YearSchedule } from '@lienthong/calendar';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { createInProcessTransport, type EventTransport } from '@lienthong/events';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarSchedules, routingInbox } from '../db/schema.js';
import {
  createRoutingTestHarness,
  dossierReceivedEvent,
  publishDossierEvents,
  scheduleSetEvent,
  testCalendar,
  type RoutingTestHarness,
} from '../testing.js';
import { ROUTING_GROUPS } from './groups.js';

const vn = (local: string) => new Date(`${local}+07:00`);
const shipped2026 = OFFICIAL_SCHEDULES.find((schedule) => schedule.year === 2026) as YearSchedule;
/** 2026 as shipped, plus Tuesday 03/03 off (an administrator's correction). */
const with0303Off: YearSchedule = {
  ...shipped2026,
  source: 'Thông báo nghỉ bổ sung (thử nghiệm)',
  daysOff: [...shipped2026.daysOff, { date: '2026-03-03', reason: 'Nghỉ bổ sung' }],
};

describe(`working-day schedules on ${testDatabaseDriver()}`, () => {
  let h: RoutingTestHarness;
  let transport: EventTransport;
  const clerk = aPrincipal();
  const applied = async () =>
    (await h.database.db.select({ n: count() }).from(routingInbox).where(eq(routingInbox.consumerGroup, ROUTING_GROUPS.dossiers)))[0]?.n;

  beforeAll(async () => {
    h = await createRoutingTestHarness('2026-03-02T03:00:00Z');
    transport = createInProcessTransport();
    for (const consumer of h.api.createConsumers({ transport })) await consumer.start();
  });
  afterAll(async () => {
    await transport.close();
    await h.close();
  });

  const first = dossierReceivedEvent({ code: '000.00.21.H56-260302-0001', receivedAt: '2026-03-02T09:00:00+07:00' });

  it('moves the deadlines of open dossiers when a day off is added, but not the appointment printed on the receipt', async () => {
    await publishDossierEvents(transport, first);
    await expect.poll(applied).toBe(1);
    const before = await h.callerFor(clerk).dossiers.get({ id: first.data.dossierId });
    expect(before.currentStep?.dueAt).toEqual(vn('2026-03-03T17:00:00'));

    await publishDossierEvents(transport, scheduleSetEvent(with0303Off, '2026-03-02T10:00:00+07:00'));
    await expect.poll(applied).toBe(2);
    const after = await h.callerFor(clerk).dossiers.get({ id: first.data.dossierId });
    expect(after).toMatchObject({
      currentStep: { id: 'tiep-nhan', dueAt: vn('2026-03-04T17:00:00') },
      appointmentDate: '2026-03-05',
      dueDate: '2026-03-05',
      version: 1,
    });
    expect(after.steps.map((step) => step.plannedDue.date)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06']);
    // The list reads the stored column, computed again by the consumer.
    expect((await h.callerFor(clerk).dossiers.find()).items[0]?.currentStep?.dueAt).toEqual(vn('2026-03-04T17:00:00'));
  });

  it('counts a dossier received afterwards with the new schedule', async () => {
    const later = dossierReceivedEvent({
      code: '000.00.21.H56-260302-0002',
      receivedAt: '2026-03-02T10:30:00+07:00',
      calendar: testCalendar([with0303Off]),
    });
    await publishDossierEvents(transport, later);
    await expect.poll(applied).toBe(3);
    expect(await h.callerFor(clerk).dossiers.get({ id: later.data.dossierId })).toMatchObject({
      appointmentDate: '2026-03-06',
      currentStep: { dueAt: vn('2026-03-04T17:00:00') },
    });
  });

  it('keeps the schedule set last when an older one arrives late', async () => {
    await publishDossierEvents(transport, scheduleSetEvent(shipped2026, '2026-03-01T08:00:00+07:00'));
    await expect.poll(applied).toBe(4);
    const [kept] = await h.database.db.select().from(calendarSchedules).where(eq(calendarSchedules.year, 2026));
    expect(kept).toMatchObject({ setAt: vn('2026-03-02T10:00:00'), setBy: 'quantri' });
    expect(kept?.schedule.daysOff.map((entry) => entry.date)).toContain('2026-03-03');
    expect((await h.callerFor(clerk).dossiers.get({ id: first.data.dossierId })).currentStep?.dueAt).toEqual(vn('2026-03-04T17:00:00'));

    // A newer correction that takes the day back restores the deadline.
    await publishDossierEvents(transport, scheduleSetEvent(shipped2026, '2026-03-02T11:00:00+07:00'));
    await expect.poll(applied).toBe(5);
    expect((await h.callerFor(clerk).dossiers.get({ id: first.data.dossierId })).currentStep?.dueAt).toEqual(vn('2026-03-03T17:00:00'));
  });
});
