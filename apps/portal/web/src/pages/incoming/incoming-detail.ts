import type { IntakeOutputs } from '@lienthong/intake-api/router';
import type { MessageKey } from '../../i18n/vi.js';
import { INCOMING_STATUS_LABELS, isIncomingStatus } from './document-labels.js';

export type IncomingDetail = IntakeOutputs['incoming']['get'];
export type IncomingFile = IncomingDetail['files'][number];
export type OcrState = NonNullable<IncomingFile['ocr']>;
export type HistoryEntry = IncomingDetail['history'][number];

/** A message of the catalogue with its placeholder values. */
export type Message = { key: MessageKey; params?: Readonly<Record<string, string | number>> };

/** How often the detail page asks again while a file's OCR is queued or running. */
export const OCR_POLL_MS = 3_000;

/** Whether some file's OCR is still to finish, so the page should ask again. */
export function isOcrPending(document: Pick<IncomingDetail, 'files'> | undefined): boolean {
  return document?.files.some((file) => file.ocr?.state === 'queued' || file.ocr?.state === 'running') ?? false;
}

/** intake stores OCR progress as a fraction (0–1); shown as a whole percentage, 0–100. */
export function ocrPercent(progress: number): number {
  if (!Number.isFinite(progress)) return 0;
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

/** OCR failure codes (packages/ocr, intake's worker) in the portal's words; others get the generic line. */
const OCR_ERROR_MESSAGES: Readonly<Record<string, MessageKey>> = {
  OCR_NOT_A_PDF: 'ocr.error.unreadable',
  OCR_DAMAGED: 'ocr.error.unreadable',
  OCR_ENCRYPTED: 'ocr.error.encrypted',
  OCR_TOO_MANY_PAGES: 'ocr.error.tooManyPages',
  OCR_UNSUPPORTED_IMAGE: 'ocr.error.engineMissing',
  OCR_ENGINE_UNAVAILABLE: 'ocr.error.engineMissing',
  OCR_ENGINE_FAILED: 'ocr.error.interrupted',
  OCR_TIMEOUT: 'ocr.error.interrupted',
  OCR_CANCELLED: 'ocr.error.interrupted',
  OCR_ABANDONED: 'ocr.error.interrupted',
};

/** Where a file's OCR stands, in one line: waiting, reading 40 %, done, or failed and why. `null` for no OCR. */
export function ocrStatusOf(ocr: OcrState | null): { tone: 'pending' | 'done' | 'failed'; message: Message } | null {
  if (ocr === null) return null;
  switch (ocr.state) {
    case 'queued':
      return { tone: 'pending', message: { key: 'ocr.queued' } };
    case 'running':
      return { tone: 'pending', message: { key: 'ocr.running', params: { percent: ocrPercent(ocr.progress) } } };
    case 'done':
      return { tone: 'done', message: { key: 'ocr.done' } };
    case 'failed':
      return {
        tone: 'failed',
        message: { key: (ocr.errorCode && OCR_ERROR_MESSAGES[ocr.errorCode]) || 'ocr.error.generic' },
      };
  }
}

/** History actions the portal names; another action is shown by its code rather than hidden. */
const ACTION_LABELS: Readonly<Record<string, MessageKey>> = {
  register: 'history.action.register',
  return: 'history.action.return',
  direct: 'history.action.direct',
  start: 'history.action.start',
  complete: 'history.action.complete',
  recall: 'history.action.recall',
  'ocr-done': 'history.action.ocr-done',
  'ocr-failed': 'history.action.ocr-failed',
};

/** Actors that are not people: the OCR worker writes its results as `ocr`. */
const SYSTEM_ACTORS: Readonly<Record<string, MessageKey>> = { ocr: 'history.actor.ocr' };

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** One history line, ready to show: what happened, who did it, the status move, and the details worth reading. */
export type HistoryLine = {
  action: Message | { text: string };
  actor: Message | { text: string };
  statusChange: { from: Message | { text: string } | null; to: Message | { text: string } } | null;
  details: Message[];
  note: string | null;
};

function statusLabel(status: string): Message | { text: string } {
  return isIncomingStatus(status) ? { key: INCOMING_STATUS_LABELS[status] } : { text: status };
}

/** Reads a history entry of an incoming document for the timeline; unknown actions and details stay visible as sent. */
export function describeHistoryEntry(entry: HistoryEntry): HistoryLine {
  const detail = entry.detail ?? {};
  const details: Message[] = [];
  if (entry.action === 'register') {
    const incomingNumber = numberOf(detail['incomingNumber']);
    if (incomingNumber !== null)
      details.push({ key: 'history.detail.incomingNumber', params: { number: incomingNumber } });
    const files = numberOf(detail['files']);
    if (files !== null && files > 0) details.push({ key: 'history.detail.files', params: { count: files } });
    if (detail['via'] === 'edxml') details.push({ key: 'history.detail.viaEdxml' });
    if (detail['registeredLate'] === true) details.push({ key: 'history.detail.registeredLate' });
  }
  if (entry.action === 'ocr-done') {
    const characters = numberOf(detail['characters']);
    if (characters !== null) details.push({ key: 'history.detail.characters', params: { count: characters } });
  }
  if (entry.action === 'ocr-failed') {
    const code = typeof detail['errorCode'] === 'string' ? detail['errorCode'] : null;
    details.push({ key: (code && OCR_ERROR_MESSAGES[code]) || 'ocr.error.generic' });
  }
  const actionKey = ACTION_LABELS[entry.action];
  const systemActor = SYSTEM_ACTORS[entry.actor];
  const to = entry.toStatus;
  const from = entry.fromStatus;
  return {
    action: actionKey ? { key: actionKey } : { text: entry.action },
    actor: systemActor ? { key: systemActor } : { text: entry.actor },
    statusChange: to && to !== from ? { from: from ? statusLabel(from) : null, to: statusLabel(to) } : null,
    details,
    // The OCR worker's note repeats its error in the server's words: the portal's own line above says it.
    note: entry.action === 'ocr-failed' ? null : entry.note,
  };
}
