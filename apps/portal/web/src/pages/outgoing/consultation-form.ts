import { formatDateTime, parseDisplayDate } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/vi.js';
import type { OpenConsultationInput, Participant } from './outgoing-model.js';

/** Vietnam has kept UTC+7 all year since 1975: a wall-clock time there is this offset from UTC. */
const VIETNAM_OFFSET = '+07:00';
const TIME = /^(\d{1,2})[:hg](\d{2})$/;

/**
 * Reads a deadline typed the Vietnamese way, `dd/MM/yyyy HH:mm` (24-hour clock; `17h00` also reads), as a time in
 * Vietnam whatever the computer's own time zone, and returns the instant, or `null` when it is not a real date and
 * time. Without a time, the end of the working day (17:00) is meant.
 */
export function parseDeadline(text: string): Date | null {
  const [datePart, timePart, ...rest] = text.trim().split(/\s+/);
  if (!datePart || rest.length > 0) return null;
  const date = parseDisplayDate(datePart);
  if (date === null) return null;
  let hour = 17;
  let minute = 0;
  if (timePart !== undefined) {
    const match = TIME.exec(timePart);
    if (!match) return null;
    hour = Number(match[1]);
    minute = Number(match[2]);
    if (hour > 23 || minute > 59) return null;
  }
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return new Date(`${date}T${hh}:${mm}:00${VIETNAM_OFFSET}`);
}

/** The suggested deadline: three days from now at 17:00 in Vietnam, as the box shows it (`dd/MM/yyyy 17:00`). */
export function defaultDeadlineText(now: Date): string {
  const later = new Date(now.getTime() + 3 * 24 * 60 * 60 * 1000);
  return `${formatDateTime(later).slice(0, 10)} 17:00`;
}

/** Usernames typed in one box, separated by commas, semicolons or spaces; each once, in the order typed. */
export function parseUsernames(text: string): string[] {
  const names = text
    .split(/[\s,;]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

export type ConsultationValues = { usernames: string; unitIds: readonly string[]; deadline: string };
export type ConsultationField = 'participants' | 'deadline';
export type ConsultationErrors = Partial<Record<ConsultationField, MessageKey>>;

/**
 * Checks the "Lấy ý kiến" form and builds `outgoing.openConsultation`'s input: at least one person or unit, and a
 * deadline after `now`. Intake checks the same again.
 */
export function toOpenConsultationInput(
  documentId: string,
  values: ConsultationValues,
  now: Date,
): { ok: true; input: OpenConsultationInput } | { ok: false; errors: ConsultationErrors } {
  const errors: ConsultationErrors = {};
  const participants: Participant[] = [
    ...parseUsernames(values.usernames).map((username): Participant => ({ type: 'user', username })),
    ...[...new Set(values.unitIds)].map((orgId): Participant => ({ type: 'unit', orgId })),
  ];
  if (participants.length === 0) errors.participants = 'outgoing.validation.participantsRequired';
  const deadline = values.deadline.trim() === '' ? null : parseDeadline(values.deadline);
  if (values.deadline.trim() === '') errors.deadline = 'outgoing.validation.deadlineRequired';
  else if (deadline === null) errors.deadline = 'outgoing.validation.deadlineFormat';
  else if (deadline.getTime() <= now.getTime()) errors.deadline = 'outgoing.validation.deadlineInPast';
  if (Object.keys(errors).length > 0 || deadline === null) return { ok: false, errors };
  return { ok: true, input: { documentId, participants, deadline } };
}
