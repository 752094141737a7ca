import type { MessageKey } from '../../i18n/vi.js';
import type { ReceiveDossierInput } from './dossier-model.js';

/** The receipt form as typed at the one-stop desk. */
export type ReceiveValues = {
  procedureCode: string;
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  note: string;
};

export const RECEIVE_FIELDS = ['procedureCode', 'name', 'idNumber', 'phone', 'address', 'note'] as const;
export type ReceiveField = (typeof RECEIVE_FIELDS)[number];
export type ReceiveErrors = Partial<Record<ReceiveField, MessageKey>>;

export function emptyReceiveValues(): ReceiveValues {
  return { procedureCode: '', name: '', idNumber: '', phone: '', address: '', note: '' };
}

const ID_NUMBER = /^[0-9A-Za-z]{6,20}$/;
const PHONE = /^\+?\d{8,15}$/;

/** Runs of white space collapse (names pasted from a scanned form), and the ends are trimmed. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Checks the form and builds `dossiers.receive`'s input, with intake's own rules (ApplicantInput): a name; a CCCD,
 * CMND or passport number of 6–20 letters and digits (stored upper case); a phone number of 8–15 digits once spaces,
 * dots and dashes are dropped. Blank optional fields are left out. Intake checks all of it again.
 */
export function toReceiveInput(
  values: ReceiveValues,
): { ok: true; input: ReceiveDossierInput } | { ok: false; errors: ReceiveErrors } {
  const errors: ReceiveErrors = {};
  const procedureCode = values.procedureCode.trim();
  const name = clean(values.name);
  const idNumber = values.idNumber.replace(/\s+/g, '').toUpperCase();
  const phone = values.phone.replace(/[\s.-]/g, '');
  const address = clean(values.address);
  const note = values.note.trim();
  if (!procedureCode) errors.procedureCode = 'dossiers.receive.validation.procedureRequired';
  if (!name) errors.name = 'dossiers.receive.validation.nameRequired';
  else if (name.length > 200) errors.name = 'dossiers.receive.validation.nameTooLong';
  if (idNumber && !ID_NUMBER.test(idNumber)) errors.idNumber = 'dossiers.receive.validation.idNumber';
  if (phone && !PHONE.test(phone)) errors.phone = 'dossiers.receive.validation.phone';
  if (address.length > 500) errors.address = 'dossiers.receive.validation.addressTooLong';
  if (note.length > 2000) errors.note = 'dossiers.receive.validation.noteTooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      procedureCode,
      applicant: {
        name,
        ...(idNumber ? { idNumber } : {}),
        ...(phone ? { phone } : {}),
        ...(address ? { address } : {}),
      },
      ...(note ? { note } : {}),
    },
  };
}

/** The form field a rejected input's path names (`applicant.phone` → phone), if any. */
export function receiveFieldOfPath(path: string): ReceiveField | null {
  const field = path.startsWith('applicant.') ? path.slice('applicant.'.length) : path;
  return (RECEIVE_FIELDS as readonly string[]).includes(field) ? (field as ReceiveField) : null;
}

/** Intake's messages for rejected fields, by form field (shown as sent: the services write them in Vietnamese). */
export function serverFieldMessages(
  fieldIssues: Readonly<Record<string, readonly string[]>>,
): Partial<Record<ReceiveField, string>> {
  const messages: Partial<Record<ReceiveField, string>> = {};
  for (const [path, texts] of Object.entries(fieldIssues)) {
    const field = receiveFieldOfPath(path);
    if (field && texts[0] && !messages[field]) messages[field] = texts[0];
  }
  return messages;
}
