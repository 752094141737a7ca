import { err, ok, type Result } from '@lienthong/kernel';
import { z } from 'zod';
import { calendarError, type CalendarError, type CalendarErrorCode } from './errors.js';
import { namedHolidays, publicHolidays } from './holidays.js';
import { FIRST_YEAR, LAST_YEAR, IsoDate, formatJdn, isWeekendJdn, parseIsoDate } from './iso-date.js';

const ScheduleEntry = z.object(
  {
    date: IsoDate,
    reason: z
      .string({ error: 'Lý do phải là chuỗi ký tự' })
      .trim()
      .min(1, { error: 'Lý do không được để trống' })
      .max(300, { error: 'Lý do dài quá 300 ký tự' }),
  },
  { error: 'Mỗi ngày phải có dạng { date, reason }' },
);
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

/** The issue a refinement raises, carrying the catalogue code and details `validateYearSchedule` turns into an error. */
type RuleIssue = { code: CalendarErrorCode; details: Record<string, unknown> };

/**
 * The official calendar of one year for one population (civil servants): the weekdays off (holidays, nghỉ bù, swapped
 * days) and the make-up working days (Saturdays or Sundays worked back), each with a reason, and where it comes from.
 * A year with a schedule is governed by it alone: a day is worked when it is a weekday not in `daysOff`, or is in
 * `workingDays`. Refinements: every date in `year`; no date twice in a list; no date both off and working; working
 * days on Saturday or Sunday; every date Art. 112 names (1/1, mùng 1 Tết, Giỗ Tổ, 30/4, 1/5, 2/9) off when it is a
 * weekday. Messages are Vietnamese.
 */
export const YearSchedule = z
  .object({
    year: z
      .number({ error: 'Năm phải là một số' })
      .int({ error: 'Năm phải là số nguyên' })
      .min(FIRST_YEAR, { error: `Năm phải từ ${FIRST_YEAR}` })
      .max(LAST_YEAR, { error: `Năm phải đến ${LAST_YEAR}` }),
    source: z
      .string({ error: 'Nguồn phải là chuỗi ký tự' })
      .trim()
      .min(1, { error: 'Phải ghi nguồn (văn bản quyết định)' })
      .max(2000, { error: 'Nguồn dài quá 2000 ký tự' }),
    daysOff: z.array(ScheduleEntry, { error: 'Ngày nghỉ phải là một danh sách' }),
    workingDays: z.array(ScheduleEntry, { error: 'Ngày làm bù phải là một danh sách' }),
  }, { error: 'Lịch nghỉ phải là một đối tượng { year, source, daysOff, workingDays }' })
  .superRefine((schedule, ctx) => {
    for (const issue of scheduleRuleIssues(schedule)) {
      ctx.addIssue({
        code: 'custom',
        message: calendarError(issue.code, issue.details).messageVi,
        path: issue.details['path'] as (string | number)[],
        params: issue,
      });
    }
  });
export type YearSchedule = z.infer<typeof YearSchedule>;

function scheduleRuleIssues(schedule: { year: number; daysOff: ScheduleEntry[]; workingDays: ScheduleEntry[] }): RuleIssue[] {
  const { year } = schedule;
  // The shape may already have failed (the refinement still runs in zod 4): check only what parses.
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return [];
  const issues: RuleIssue[] = [];
  const off = new Set<number>();
  const working = new Set<number>();
  const lists = [
    { name: 'daysOff', entries: schedule.daysOff, seen: off },
    { name: 'workingDays', entries: schedule.workingDays, seen: working },
  ] as const;
  for (const list of lists) {
    list.entries.forEach((entry, index) => {
      const jdn = parseIsoDate(entry.date);
      if (jdn === null) return;
      const path = [list.name, index, 'date'];
      const { date } = entry;
      if (Number(date.slice(0, 4)) !== year) {
        issues.push({ code: 'SCHEDULE_DATE_OUTSIDE_YEAR', details: { date, year, path } });
      } else if (list.seen.has(jdn)) {
        issues.push({ code: 'SCHEDULE_DUPLICATE_DATE', details: { date, path } });
      } else if (list.name === 'workingDays' && off.has(jdn)) {
        issues.push({ code: 'SCHEDULE_DAY_CONFLICT', details: { date, path } });
      } else if (list.name === 'workingDays' && !isWeekendJdn(jdn)) {
        issues.push({ code: 'SCHEDULE_WORKING_DAY_NOT_WEEKEND', details: { date, path } });
      }
      list.seen.add(jdn);
    });
  }
  for (const holiday of namedHolidays(year)) {
    if (!isWeekendJdn(holiday.jdn) && !off.has(holiday.jdn)) {
      const date = formatJdn(holiday.jdn);
      issues.push({ code: 'SCHEDULE_HOLIDAY_MISSING', details: { year, date, holiday: holiday.reason, path: ['daysOff'] } });
    }
  }
  return issues;
}

/**
 * The schedule the law's rule gives for `year` (`publicHolidays`, nghỉ bù included; no swaps): what a year without an
 * official schedule follows, and a starting point for an administrator's edit. Throws RangeError outside 1900–2100.
 */
export function lawSchedule(year: number): YearSchedule {
  return {
    year,
    source: 'Bộ luật Lao động 2019, Điều 112: quy tắc mặc định (chưa có lịch nghỉ chính thức cho năm này)',
    daysOff: publicHolidays(year).map(({ date, reason }) => ({ date, reason })),
    workingDays: [],
  };
}

/**
 * Validates an administrator's schedule (unknown input). On failure, the first problem as a catalogue error: a rule
 * code (SCHEDULE_DATE_OUTSIDE_YEAR, SCHEDULE_DUPLICATE_DATE, SCHEDULE_DAY_CONFLICT, SCHEDULE_WORKING_DAY_NOT_WEEKEND,
 * SCHEDULE_HOLIDAY_MISSING) or SCHEDULE_INVALID for a malformed shape, with every zod issue in `details.issues`.
 */
export function validateYearSchedule(input: unknown): Result<YearSchedule, CalendarError> {
  const parsed = YearSchedule.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  // A malformed shape first: a rule checked on half-parsed data may be beside the point.
  const shape = parsed.error.issues.find((issue) => issue.code !== 'custom');
  if (shape) {
    return err(calendarError('SCHEDULE_INVALID', { field: shape.path.join('.') || 'schedule', issue: shape.message, issues }));
  }
  // Only our refinement raises custom issues, each with its RuleIssue as params.
  const { code, details } = (parsed.error.issues[0] as z.core.$ZodIssueCustom).params as RuleIssue;
  const { path: _path, ...shown } = details;
  return err(calendarError(code, { ...shown, issues }));
}
