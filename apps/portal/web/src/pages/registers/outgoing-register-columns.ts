import type { IntakeOutputs } from '@lienthong/intake-api/router';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/vi.js';
import { kindLabel } from '../incoming/document-labels.js';

/** One line of the outgoing register book as intake's `registers.outgoingEntries` answers it. */
export type OutgoingRegisterEntry = IntakeOutputs['registers']['outgoingEntries']['items'][number];

/**
 * The ten columns of the outgoing register book, Decree 30/2020 Phụ lục IV, (1)–(10), in intake's order
 * (`OUTGOING_REGISTER_COLUMNS`): each column's field of `OutgoingRegisterCells` and its heading, whose Vietnamese
 * text is the export's heading word for word, so that the page and the CSV/XLSX files read the same.
 */
export const OUTGOING_REGISTER_COLUMNS = [
  { id: 'numberSymbol', header: 'registers.outgoing.col.numberSymbol' },
  { id: 'issuedDate', header: 'registers.outgoing.col.issuedDate' },
  { id: 'kindSubject', header: 'registers.outgoing.col.kindSubject' },
  { id: 'signer', header: 'registers.outgoing.col.signer' },
  { id: 'recipients', header: 'registers.outgoing.col.recipients' },
  { id: 'fileCopy', header: 'registers.outgoing.col.fileCopy' },
  { id: 'copies', header: 'registers.outgoing.col.copies' },
  { id: 'forwardedAt', header: 'registers.outgoing.col.forwardedAt' },
  { id: 'acknowledgedBy', header: 'registers.outgoing.col.acknowledgedBy' },
  { id: 'notes', header: 'registers.outgoing.col.notes' },
] as const satisfies readonly { id: string; header: MessageKey }[];

export type OutgoingRegisterColumnId = (typeof OUTGOING_REGISTER_COLUMNS)[number]['id'];

/**
 * What the cells of one line show, as text in the user's language; `kindSubject` is split so that the page can set
 * the kind apart (`kind` is null when it is not shown). A value intake does not record yet (copies, ký nhận) is an
 * empty cell, as in the export.
 */
export type OutgoingRegisterCells = Record<Exclude<OutgoingRegisterColumnId, 'kindSubject'>, string> & {
  kindSubject: { kind: string | null; subject: string };
};

/**
 * Column (3), tên loại và trích yếu nội dung, as the export writes it: the kind's name before the subject, unless
 * there is no kind name or the subject already starts with it (compared in Vietnamese, ignoring case). The name
 * shown is `label` (the kind in the user's language).
 */
export function kindBeforeSubject(
  entry: Pick<OutgoingRegisterEntry, 'kindName' | 'subject'>,
  label: string,
): { kind: string | null; subject: string } {
  if (!entry.kindName) return { kind: null, subject: entry.subject };
  const startsWithKind = entry.subject.toLocaleLowerCase('vi').startsWith(entry.kindName.toLocaleLowerCase('vi'));
  return { kind: startsWithKind ? null : label, subject: entry.subject };
}

/** The states intake notes in column (10), named from the status so that the note follows the user's language. */
const NOTED_STATES = {
  recalled: 'outgoing.status.recalled',
  replaced: 'outgoing.status.replaced',
} as const satisfies Partial<Record<OutgoingRegisterEntry['status'], MessageKey>>;

/**
 * The cells of one line of the outgoing book: the document's date as a calendar date (never shifted), ngày chuyển
 * (when it was issued) in Vietnam time to the minute as in the export, recipients in the document's order, and
 * "Đã thu hồi" / "Đã bị thay thế" in the notes of a recalled or replaced document.
 */
export function outgoingRegisterCells(
  entry: OutgoingRegisterEntry,
  t: (key: MessageKey) => string,
): OutgoingRegisterCells {
  const noted = entry.status === 'recalled' || entry.status === 'replaced' ? NOTED_STATES[entry.status] : null;
  return {
    numberSymbol: entry.numberSymbol,
    issuedDate: formatDate(entry.issuedDate),
    kindSubject: kindBeforeSubject(entry, kindLabel(t, entry.kindCode)),
    signer: entry.signerName ?? '',
    recipients: entry.recipients.join('; '),
    fileCopy: entry.draftedBy,
    copies: entry.copies === null ? '' : String(entry.copies),
    forwardedAt: entry.issuedAt ? formatDateTime(entry.issuedAt) : '',
    acknowledgedBy: entry.acknowledgedBy ?? '',
    notes: noted ? t(noted) : (entry.notes ?? ''),
  };
}
