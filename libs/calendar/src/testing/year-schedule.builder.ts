import type { IsoDate } from '../iso-date.js';
import { lawSchedule, type ScheduleEntry, type YearSchedule } from '../schedule.js';

export type YearScheduleBuilder = {
  withSource(text: string): YearScheduleBuilder;
  withDayOff(date: IsoDate, reason?: string): YearScheduleBuilder;
  withoutDayOff(date: IsoDate): YearScheduleBuilder;
  withWorkingDay(date: IsoDate, reason?: string): YearScheduleBuilder;
  /** A fresh copy each time: editing one built schedule never changes another. */
  build(): YearSchedule;
};

/**
 * Builds a YearSchedule for tests, starting from the law's rule for `year`:
 * `aYearSchedule(2027).withDayOff('2027-02-10').withWorkingDay('2027-02-20').build()`.
 */
export function aYearSchedule(year: number): YearScheduleBuilder {
  const law = lawSchedule(year);
  let source = 'Lịch thử nghiệm';
  const daysOff: ScheduleEntry[] = [...law.daysOff];
  const workingDays: ScheduleEntry[] = [];
  const builder: YearScheduleBuilder = {
    withSource(text) {
      source = text;
      return builder;
    },
    withDayOff(date, reason = 'Ngày nghỉ (thử nghiệm)') {
      daysOff.push({ date, reason });
      return builder;
    },
    withoutDayOff(date) {
      daysOff.splice(0, daysOff.length, ...daysOff.filter((entry) => entry.date !== date));
      return builder;
    },
    withWorkingDay(date, reason = 'Làm bù (thử nghiệm)') {
      workingDays.push({ date, reason });
      return builder;
    },
    build() {
      return { year, source, daysOff: daysOff.map((e) => ({ ...e })), workingDays: workingDays.map((e) => ({ ...e })) };
    },
  };
  return builder;
}
