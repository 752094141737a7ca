import { z } from 'zod';

const ScheduleDay = z.object({ date: z.string(), reason: z.string() });

/** A year's schedule as stored and shown: `YearSchedule` of libs/calendar. */
export const YearScheduleDto = z.object({
  year: z.number().int(),
  source: z.string(),
  daysOff: z.array(ScheduleDay),
  workingDays: z.array(ScheduleDay),
});

/** Where a year's schedule comes from: entered here, shipped with libs/calendar, or the Labour Code's rule. */
export const SCHEDULE_ORIGINS = ['entered', 'shipped', 'law'] as const;

export const CalendarYearDto = z.object({
  year: z.number().int(),
  origin: z.enum(SCHEDULE_ORIGINS),
  schedule: YearScheduleDto,
  /** Who entered it and when (entered years only). */
  setBy: z.string().nullable(),
  setAt: z.date().nullable(),
});
export type CalendarYearDto = z.infer<typeof CalendarYearDto>;
