import { fieldOfDomainCode, type ErrorDescription } from '../../errors.js';
import { parseDisplayDate } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/vi.js';

/** The form's fields, named as intake's `incoming.register` input names them. */
export const REGISTER_FIELDS = ['issuer', 'numberSymbol', 'documentDate', 'subject'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export type RegisterValues = Record<RegisterField, string>;
export const EMPTY_VALUES: RegisterValues = { issuer: '', numberSymbol: '', documentDate: '', subject: '' };

export const FIELD_LABELS: Readonly<Record<RegisterField, MessageKey>> = {
  issuer: 'field.issuer',
  numberSymbol: 'field.numberSymbol',
  documentDate: 'field.documentDate',
  subject: 'field.subject',
};

/**
 * A message for one field: either one of ours, translated when shown (`labels` are placeholders that are themselves
 * message keys, such as the field's name), or one the service wrote, shown as sent.
 */
export type FieldMessage =
  | { key: MessageKey; params?: Record<string, string>; labels?: Record<string, MessageKey> }
  | { text: string };
export type FieldErrors = Partial<Record<RegisterField, FieldMessage[]>>;

/** What `incoming.register` takes once the form is valid. */
export type RegisterInput = { issuer: string; numberSymbol: string; documentDate: string; subject: string };

/**
 * Checks the form before anything is sent: required fields, a real dd/MM/yyyy date, not after today in Vietnam.
 * The service checks the same rules again; these only spare a round trip.
 */
export function validateRegisterForm(
  values: RegisterValues,
  today: string,
): { ok: true; input: RegisterInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const field of REGISTER_FIELDS) {
    if (values[field].trim() === '')
      errors[field] = [{ key: 'validation.required', labels: { field: FIELD_LABELS[field] } }];
  }
  const documentDate = values.documentDate.trim() === '' ? null : parseDisplayDate(values.documentDate);
  if (values.documentDate.trim() !== '' && documentDate === null)
    errors.documentDate = [{ key: 'validation.dateFormat' }];
  if (documentDate !== null && documentDate > today) errors.documentDate = [{ key: 'validation.dateInFuture' }];
  if (Object.keys(errors).length > 0 || documentDate === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      issuer: values.issuer.trim(),
      numberSymbol: values.numberSymbol.trim(),
      documentDate,
      subject: values.subject.trim(),
    },
  };
}

/** Places a service's refusal on the fields it concerns: zod issues by field name, date rules on the date. */
export function fieldErrorsFromServer(description: ErrorDescription): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of REGISTER_FIELDS) {
    const messages = description.fieldIssues[field];
    if (messages && messages.length > 0) errors[field] = messages.map((text) => ({ text }));
  }
  const domainField = description.domainCode ? fieldOfDomainCode(description.domainCode) : undefined;
  if (domainField && (REGISTER_FIELDS as readonly string[]).includes(domainField)) {
    errors[domainField as RegisterField] = [{ key: description.key, params: { ...description.params } }];
  }
  return errors;
}

/** How many files one document may carry (intake's `fileIds` limit). */
export const MAX_REGISTER_FILES = 20;

/**
 * A refusal of registration that concerns the attached files rather than one field: a classified document with files
 * (`CONFIDENTIAL_CONTENT_NOT_ALLOWED`), or an upload id intake no longer knows for the unit (`UPLOAD_NOT_FOUND`).
 */
export function fileRefusalOf(description: ErrorDescription): MessageKey | null {
  switch (description.domainCode) {
    case 'CONFIDENTIAL_CONTENT_NOT_ALLOWED':
      return 'incoming.register.confidentialRefused';
    case 'UPLOAD_NOT_FOUND':
      return 'incoming.register.uploadMissing';
    default:
      return null;
  }
}

/** Where the chosen files stand before the form may be sent. */
export type AttachmentState = 'uploading' | 'uploaded' | 'failed';

/**
 * Whether the files let the form be sent: not while one is still uploading, not with one that failed (the clerk
 * removes or re-chooses it, so that no scan is silently left out). A classified document sends no file, so its
 * files do not hold it back.
 */
export function attachmentsBlocker(
  states: readonly AttachmentState[],
  filesAllowed: boolean,
): 'incoming.register.waitForUploads' | 'incoming.register.fixUploads' | null {
  if (!filesAllowed) return null;
  if (states.includes('uploading')) return 'incoming.register.waitForUploads';
  if (states.includes('failed')) return 'incoming.register.fixUploads';
  return null;
}
