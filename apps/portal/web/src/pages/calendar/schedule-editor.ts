import type { IntakeInputs, IntakeOutputs } from '@lienthong/intake-api/router';
import { formatDate, parseDisplayDate } from '../../i18n/format.js';
import type { FormProblem } from '../dossiers/dossier-command-forms.js';

/** A year's schedule as intake lists it, with where it comes from (`calendar.schedules`). */
export type CalendarYear = IntakeOutputs['calendar']['schedules'][number];
export type ScheduleOrigin = CalendarYear['origin'];
export type SetScheduleInput = IntakeInputs['calendar']['setSchedule'];

export type ScheduleEntry = { date: string; reason: string };
/** Ngày nghỉ (days off) and ngày làm bù (make-up working days on a weekend). */
export type ScheduleList = 'daysOff' | 'workingDays';

/** The schedule being edited: a copy of the year's, changed entry by entry, sent whole on save. */
export type ScheduleDraft = { year: number; source: string; daysOff: ScheduleEntry[]; workingDays: ScheduleEntry[] };

/** libs/calendar's limits on a reason and on the source. */
export const MAX_REASON_LENGTH = 300;
export const MAX_SOURCE_LENGTH = 2000;

const byDate = (a: ScheduleEntry, b: ScheduleEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function draftOf(year: CalendarYear): ScheduleDraft {
  return {
    year: year.year,
    source: year.schedule.source,
    daysOff: year.schedule.daysOff.map(({ date, reason }) => ({ date, reason })).sort(byDate),
    workingDays: year.schedule.workingDays.map(({ date, reason }) => ({ date, reason })).sort(byDate),
  };
}

/** 0 Sunday … 6 Saturday of a calendar date (no time zone: a date is a date). */
export function weekdayOf(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isWeekend(isoDate: string): boolean {
  const weekday = weekdayOf(isoDate);
  return weekday === 0 || weekday === 6;
}

const OTHER: Record<ScheduleList, ScheduleList> = { daysOff: 'workingDays', workingDays: 'daysOff' };

/**
 * Adds a day to one list, kept in date order, with libs/calendar's rules checked first (`validateYearSchedule`): a
 * real date (dd/MM/yyyy) in the schedule's year, not twice in a list, not both off and worked, a make-up working day
 * on a Saturday or Sunday, and a reason of at most 300 characters. Whether every public holiday of Art. 112 is still
 * off is intake's check on save (SCHEDULE_HOLIDAY_MISSING).
 */
export function addEntry(
  draft: ScheduleDraft,
  list: ScheduleList,
  values: { date: string; reason: string },
): { ok: true; draft: ScheduleDraft } | { ok: false; problems: { date?: FormProblem; reason?: FormProblem } } {
  const problems: { date?: FormProblem; reason?: FormProblem } = {};
  const date = parseDisplayDate(values.date);
  const reason = values.reason.replace(/\s+/g, ' ').trim();
  if (date === null) problems.date = { key: 'validation.dateFormat' };
  else if (Number(date.slice(0, 4)) !== draft.year)
    problems.date = { key: 'calendar.validation.outsideYear', params: { year: draft.year } };
  else if (draft[list].some((entry) => entry.date === date))
    problems.date = { key: 'calendar.validation.duplicate', params: { date: formatDate(date) } };
  else if (draft[OTHER[list]].some((entry) => entry.date === date))
    problems.date = { key: 'calendar.validation.conflict', params: { date: formatDate(date) } };
  else if (list === 'workingDays' && !isWeekend(date))
    problems.date = { key: 'calendar.validation.notWeekend', params: { date: formatDate(date) } };
  if (!reason) problems.reason = { key: 'calendar.validation.reasonRequired' };
  else if (reason.length > MAX_REASON_LENGTH) problems.reason = { key: 'calendar.validation.reasonTooLong' };
  if (date === null || problems.date || problems.reason) return { ok: false, problems };
  return { ok: true, draft: { ...draft, [list]: [...draft[list], { date, reason }].sort(byDate) } };
}

export function removeEntry(draft: ScheduleDraft, list: ScheduleList, date: string): ScheduleDraft {
  return { ...draft, [list]: draft[list].filter((entry) => entry.date !== date) };
}

/** Whether the draft differs from the schedule it was copied from (the save button is useless otherwise). */
export function isChanged(draft: ScheduleDraft, year: CalendarYear): boolean {
  const original = draftOf(year);
  return (
    draft.source.trim() !== original.source.trim() ||
    JSON.stringify(draft.daysOff) !== JSON.stringify(original.daysOff) ||
    JSON.stringify(draft.workingDays) !== JSON.stringify(original.workingDays)
  );
}

/** Builds `calendar.setSchedule`'s input: the whole year, with the decision it comes from (required). */
export function toSetScheduleInput(
  draft: ScheduleDraft,
): { ok: true; input: SetScheduleInput } | { ok: false; problem: FormProblem } {
  const source = draft.source.trim();
  if (!source) return { ok: false, problem: { key: 'calendar.validation.sourceRequired' } };
  if (source.length > MAX_SOURCE_LENGTH) return { ok: false, problem: { key: 'calendar.validation.sourceTooLong' } };
  return {
    ok: true,
    input: {
      year: draft.year,
      source,
      daysOff: draft.daysOff.map(({ date, reason }) => ({ date, reason })),
      workingDays: draft.workingDays.map(({ date, reason }) => ({ date, reason })),
    },
  };
}
