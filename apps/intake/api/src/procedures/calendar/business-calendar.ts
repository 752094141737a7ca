import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import type { Database, Transaction } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { DEFAULT_CUTOFF } from '@lienthong/workflows';
import { asc } from 'drizzle-orm';
import type { CalendarScheduleRow } from '../../db/calendar-schedule.table.js';
import { calendarSchedules } from '../../db/schema.js';

/**
 * The one-stop desk's cut-off: a dossier received after 15:00 (Vietnam) counts as received the next working day.
 * A constant of the service, not a per-call option, so that every receipt of every unit is counted alike; it is
 * libs/workflows' DEFAULT_CUTOFF, named here so that the receipt says which rule it applied.
 */
export const DOSSIER_CUTOFF = DEFAULT_CUTOFF;

/** The schedules administrators entered, by year. */
export function enteredSchedules(db: Database | Transaction): Promise<CalendarScheduleRow[]> {
  return db.select().from(calendarSchedules).orderBy(asc(calendarSchedules.year));
}

/**
 * The working-day calendar deadlines are counted by: the shipped official schedules (2024–2026), replaced year by
 * year by the ones entered here, and the law's rule for the other years. Office hours are the default 07:30–11:30,
 * 13:30–17:00. Entered schedules were validated when set, so a failure here is a bug (thrown).
 */
export async function loadBusinessCalendar(db: Database | Transaction): Promise<BusinessCalendar> {
  const rows = await enteredSchedules(db);
  return unwrap(createBusinessCalendar({ schedules: rows.map((row) => row.schedule) }));
}
