import type { MessageKey } from '../../i18n/vi.js';
import {
  mayBeLegalNormative,
  needsUnitCode,
  type CreateOutgoingInput,
  type DocumentSystem,
  type Recipient,
  type Secrecy,
  type Urgency,
} from './outgoing-model.js';

/** Drafts are written in Word; a signed or exported PDF is accepted too (intake's store recognises both by content). */
export const DRAFT_FILE_ACCEPT =
  '.docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The draft form as typed: text as entered, recipients as chosen. */
export type DraftValues = {
  kindCode: string;
  issuerCode: string;
  unitCode: string;
  legalNormative: boolean;
  subject: string;
  urgency: Urgency;
  secrecy: Secrecy;
  recipients: Recipient[];
  inReplyToId: string | null;
};

export const DRAFT_FIELDS = ['kindCode', 'issuerCode', 'unitCode', 'subject', 'recipients'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

/** A new form: công văn of the People's Committee (UBND) for State units, the commonest outgoing document. */
export function emptyDraft(system: DocumentSystem, inReplyToId: string | null = null): DraftValues {
  return {
    kindCode: system === 'state' ? 'cong-van' : '',
    issuerCode: system === 'state' ? 'UBND' : '',
    unitCode: '',
    legalNormative: false,
    subject: '',
    urgency: 'thuong',
    secrecy: 'thuong',
    recipients: [],
    inReplyToId,
  };
}

/** The same place twice on a document's "Nơi nhận" is a mistake: units by id, outside bodies by name (any case). */
export function sameRecipient(a: Recipient, b: Recipient): boolean {
  if (a.type === 'internal' && b.type === 'internal') return a.orgId === b.orgId;
  if (a.type === 'external' && b.type === 'external')
    return a.name.trim().toLocaleLowerCase('vi') === b.name.trim().toLocaleLowerCase('vi');
  return false;
}

/** Adds a recipient unless it is already there. */
export function addRecipient(recipients: readonly Recipient[], recipient: Recipient): Recipient[] {
  return recipients.some((existing) => sameRecipient(existing, recipient))
    ? [...recipients]
    : [...recipients, recipient];
}

/** An outside recipient from the two boxes: the name (required) and the electronic organ id if known. */
export function externalRecipient(name: string, organId: string): Recipient | null {
  const cleanName = name.replace(/\s+/g, ' ').trim();
  if (!cleanName) return null;
  const cleanOrganId = organId.trim();
  return cleanOrganId
    ? { type: 'external', name: cleanName, organId: cleanOrganId }
    : { type: 'external', name: cleanName };
}

/**
 * Checks the form and builds what `outgoing.create` takes. The unit code is sent only for a State công văn, and
 * "legal normative" only for the kinds that may be one; a confidential document may not have an outside recipient
 * (it never travels electronically). Intake checks all of it again; this only spares a round trip.
 */
export function toCreateInput(
  values: DraftValues,
  system: DocumentSystem,
  uploadId?: string,
): { ok: true; input: CreateOutgoingInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const kindCode = values.kindCode.trim();
  const issuerCode = values.issuerCode.trim().toUpperCase();
  const unitCode = values.unitCode.trim().toUpperCase();
  const subject = values.subject.replace(/\s+/g, ' ').trim();
  const withUnit = needsUnitCode(system, kindCode);
  if (!kindCode) errors.kindCode = 'outgoing.validation.kindRequired';
  if (!issuerCode) errors.issuerCode = 'outgoing.validation.issuerRequired';
  if (withUnit && !unitCode) errors.unitCode = 'outgoing.validation.unitCodeRequired';
  if (!subject) errors.subject = 'outgoing.validation.subjectRequired';
  if (values.secrecy !== 'thuong' && values.recipients.some((recipient) => recipient.type === 'external'))
    errors.recipients = 'outgoing.validation.confidentialExternal';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kindCode,
      issuerCode,
      ...(withUnit ? { unitCode } : {}),
      legalNormative: mayBeLegalNormative(system, kindCode) && values.legalNormative,
      subject,
      urgency: values.urgency,
      secrecy: values.secrecy,
      recipients: values.recipients.map((recipient) =>
        recipient.type === 'internal'
          ? { type: 'internal', orgId: recipient.orgId, name: recipient.name }
          : {
              type: 'external',
              name: recipient.name,
              ...(recipient.organId ? { organId: recipient.organId } : {}),
            },
      ),
      ...(values.inReplyToId ? { inReplyToId: values.inReplyToId } : {}),
      ...(uploadId ? { uploadId } : {}),
    },
  };
}
