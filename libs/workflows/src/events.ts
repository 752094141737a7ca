import { YearSchedule, lawSchedule } from '@lienthong/calendar';
import { defineEvent } from '@lienthong/kernel';
import { z } from 'zod';

/** An instant as ISO text, as events carry it. */
const Instant = z.iso.datetime({ offset: true });
const IsoDay = z.iso.date();

/**
 * A one-stop desk received a dossier (tiếp nhận hồ sơ) for a procedure: intake numbered it, computed the appointment
 * printed on the receipt, and hands it to routing, which moves it through the procedure's steps. The payload carries
 * the procedure version as it was when the dossier was received (its steps and time limit), so routing never needs a
 * copy of the procedure catalogue and a later version never changes a dossier already received.
 */
export const dossierReceived = defineEvent({
  name: 'vn.lienthong.dossier.received',
  version: 1,
  topic: 'dossiers',
  description: 'A one-stop desk received a dossier; routing starts its steps',
  payload: z.object({
    dossierId: z.uuid(),
    code: z.string().min(1),
    orgId: z.string().min(1),
    /** The procedure version in force at receipt, as `procedureToJson` writes it (validated again by the consumer). */
    procedure: z.record(z.string(), z.unknown()),
    applicant: z.object({ name: z.string().min(1), idNumber: z.string().optional(), phone: z.string().optional() }),
    receivedAt: Instant,
    receivedBy: z.string().min(1),
    /** The appointment printed on the receipt: the day, and the instant it ends (close of office, or the hour). */
    appointment: z.object({
      basis: z.enum(['working-days', 'working-hours']),
      date: IsoDay,
      instant: Instant,
      receivedOn: IsoDay,
      countedFrom: IsoDay,
      startAt: Instant,
      deferred: z.boolean(),
    }),
  }),
  example: {
    dossierId: '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9f',
    code: '000.00.21.H56-260213-0001',
    orgId: 'th-ubnd-xa-hoang-hoa',
    procedure: { code: 'HT-01', name: 'Đăng ký khai sinh', version: '1.0' },
    applicant: { name: 'Nguyễn Văn An' },
    receivedAt: '2026-02-13T02:00:00.000Z',
    receivedBy: 'vanthu.hoanghoa',
    appointment: {
      basis: 'working-days',
      date: '2026-02-25',
      instant: '2026-02-25T10:00:00.000Z',
      receivedOn: '2026-02-13',
      countedFrom: '2026-02-13',
      startAt: '2026-02-13T02:00:00.000Z',
      deferred: false,
    },
  },
  aggregateId: (payload) => payload.dossierId,
});

/**
 * An administrator entered (or corrected) the official working-day schedule of a year: days off, swapped days and
 * make-up working Saturdays. Every service that computes deadlines keeps a copy and builds its calendar from it.
 */
export const calendarScheduleSet = defineEvent({
  name: 'vn.lienthong.calendar.schedule-set',
  version: 1,
  // The design's topics are per aggregate and none is the calendar: the schedule travels with the dossiers whose
  // deadlines it decides, so that a consumer of `dossiers` sees it in order with them.
  topic: 'dossiers',
  description: "The year's official working-day schedule was entered or changed",
  payload: z.object({ schedule: YearSchedule, setBy: z.string().min(1), setAt: Instant }),
  example: {
    // The law's own schedule for 2027 (Labour Code 2019 Art. 112 with its nghỉ bù), as an administrator would start.
    schedule: lawSchedule(2027),
    setBy: 'quantri',
    setAt: '2026-11-28T02:00:00.000Z',
  },
  aggregateId: (payload) => String(payload.schedule.year),
});

/** Every event this domain owns, for the workspace check that examples parse and consumers cover their versions. */
export const WORKFLOW_EVENTS = [dossierReceived, calendarScheduleSet] as const;
