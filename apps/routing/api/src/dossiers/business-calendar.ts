import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import type { Database, Transaction } from '@lienthong/db';
import { calendarSchedules } from '../db/schema.js';

/**
 * The business calendar deadlines are counted with: the shipped official schedules, with the schedules an
 * administrator entered (`calendar.schedule-set`, kept in `routing.calendar_schedules`) in place of theirs. The
 * table holds a few rows and the calendar builds its year tables lazily, so it is built for each use.
 */
export async function loadBusinessCalendar(db: Database | Transaction): Promise<BusinessCalendar> {
  const rows = await db.select({ schedule: calendarSchedules.schedule }).from(calendarSchedules);
  const calendar = createBusinessCalendar({ schedules: rows.map((row) => row.schedule) });
  // Each schedule was validated before it was stored, so a failure here is a bug.
  if (!calendar.ok) throw calendar.error;
  return calendar.value;
}
