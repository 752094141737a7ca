export { calendarError, type CalendarError, type CalendarErrorCode } from './errors.js';
export { CALENDAR_RANGE, IsoDate, vietnamDateOf } from './iso-date.js';
export { leapMonthOf, lunarToSolar, solarToLunar, type LunarDate, type LunarDateInput } from './lunar.js';
export { publicHolidays, type Holiday } from './holidays.js';
export { YearSchedule, lawSchedule, validateYearSchedule, type ScheduleEntry } from './schedule.js';
export { OFFICIAL_SCHEDULES } from './official-schedules.js';
export {
  DEFAULT_OFFICE_HOURS,
  createBusinessCalendar,
  type BusinessCalendar,
  type BusinessCalendarOptions,
  type OfficeHours,
} from './business-calendar.js';
