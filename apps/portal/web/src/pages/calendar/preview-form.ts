import type { IntakeInputs } from '@lienthong/intake-api/router';
import { parseDisplayDate } from '../../i18n/format.js';
import type { FormProblem } from '../dossiers/dossier-command-forms.js';
import type { WorkingUnit } from '../dossiers/dossier-model.js';

export type PreviewInput = IntakeInputs['calendar']['preview'];

/** The preview tool as typed: when a dossier would be received (Vietnam time) and its time limit. */
export type PreviewValues = { date: string; time: string; value: string; unit: WorkingUnit };
export type PreviewField = 'date' | 'time' | 'value';

const TIME = /^(\d{1,2})[:hg.](\d{2})$/;

/** Vietnam keeps UTC+7 all year (no summer time), so a wall-clock time there is one fixed offset from UTC. */
const VIETNAM_OFFSET = '+07:00';

/**
 * Builds `calendar.preview`'s input: the instant of receipt from a date (dd/MM/yyyy) and a time (HH:mm, 24-hour) read
 * as Vietnam's wall clock, and a time limit as libs/workflows accepts it (whole working days from 1 to 3650, or
 * working hours above 0 with at most two decimals; a decimal comma is read as a point).
 */
export function toPreviewInput(
  values: PreviewValues,
): { ok: true; input: PreviewInput } | { ok: false; problems: Partial<Record<PreviewField, FormProblem>> } {
  const problems: Partial<Record<PreviewField, FormProblem>> = {};
  const date = parseDisplayDate(values.date);
  if (date === null) problems.date = { key: 'validation.dateFormat' };
  const time = TIME.exec(values.time.trim());
  const hour = time ? Number(time[1]) : NaN;
  const minute = time ? Number(time[2]) : NaN;
  if (!time || hour > 23 || minute > 59) problems.time = { key: 'calendar.preview.validation.time' };
  const amount = Number(values.value.trim().replace(',', '.'));
  const valid =
    values.value.trim() !== '' &&
    Number.isFinite(amount) &&
    (values.unit === 'working-days'
      ? Number.isInteger(amount) && amount >= 1 && amount <= 3650
      : amount > 0 && amount <= 10_000 && Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-9);
  if (!valid)
    problems.value = {
      key: values.unit === 'working-days' ? 'calendar.preview.validation.days' : 'calendar.preview.validation.hours',
    };
  if (date === null || Object.keys(problems).length > 0) return { ok: false, problems };
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  const receivedAt = new Date(`${date}T${hh}:${mm}:00${VIETNAM_OFFSET}`);
  return {
    ok: true,
    input: {
      receivedAt,
      limit:
        values.unit === 'working-days'
          ? { unit: 'working-days', value: amount }
          : { unit: 'working-hours', value: amount },
    },
  };
}
