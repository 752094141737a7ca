import { validateYearSchedule } from '@lienthong/calendar';
import type { Transaction } from '@lienthong/db';
import { eventHandler } from '@lienthong/events';
import { calendarScheduleSet } from '@lienthong/workflows/events';
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { RoutingDeps } from '../context.js';
import { calendarSchedules, dossiers } from '../db/schema.js';
import { loadBusinessCalendar } from '../dossiers/business-calendar.js';
import { dossierColumns } from '../dossiers/dossier-columns.js';
import { loadedDossier } from '../dossiers/dossier-store.js';

/**
 * `calendar.schedule-set` → the year's schedule is kept (one per year; the one set last, by `setAt`, wins: an older
 * one arriving late changes nothing), and the deadlines of the open dossiers that may reach into that year are
 * computed again with the new calendar. Appointments already printed on receipts do not change; step deadlines, the
 * appointment moved by pauses and "overdue" do. Ended dossiers keep the class they were given when they ended.
 */
export function calendarScheduleSetHandler(deps: Pick<RoutingDeps, 'clock'>) {
  return eventHandler(calendarScheduleSet, async (tx, payload) => {
    const schedule = validateYearSchedule(payload.schedule);
    if (!schedule.ok) throw schedule.error;
    const now = deps.clock.now();
    const setAt = new Date(payload.setAt);
    const kept = await tx
      .insert(calendarSchedules)
      .values({ year: schedule.value.year, schedule: schedule.value, setBy: payload.setBy, setAt, updatedAt: now })
      .onConflictDoUpdate({
        target: calendarSchedules.year,
        set: { schedule: schedule.value, setBy: payload.setBy, setAt, updatedAt: now },
        setWhere: sql`${calendarSchedules.setAt} < ${setAt}`,
      })
      .returning({ year: calendarSchedules.year });
    if (kept.length === 0) return;
    await refreshOpenDossiers(tx, schedule.value.year, now);
  });
}

/** Recomputes the derived columns of the open dossiers received up to the end of `year`, each row locked. */
async function refreshOpenDossiers(tx: Transaction, year: number, now: Date): Promise<void> {
  const calendar = await loadBusinessCalendar(tx);
  const open = await tx
    .select()
    .from(dossiers)
    .where(and(isNull(dossiers.completedAt), lte(dossiers.receivedOn, `${year}-12-31`)))
    .for('update');
  for (const row of open) {
    const loaded = loadedDossier(row);
    await tx
      .update(dossiers)
      .set({ ...dossierColumns(loaded.dossier, loaded.procedure, calendar, now), updatedAt: now })
      .where(eq(dossiers.id, row.id));
  }
}
