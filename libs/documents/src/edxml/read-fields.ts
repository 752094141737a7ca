import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import type { EdxmlOrgan, EdxmlResponseFor } from './edxml.schema.js';
import { edxmlError, type EdxmlErrorCode } from './edxml-errors.js';
import { childOf, textOf, type XmlElement } from './safe-xml.js';
import { fromWireDate, fromWireTimestamp } from './wire-dates.js';

/**
 * Reading received fields: lenient on form (letter case, prefixes, empty elements, date layouts), strict on substance.
 * A required field that is absent gives `EDXML_FIELD_MISSING`; a value present but unreadable gives
 * `EDXML_FIELD_INVALID`. Both name the field by its path in the message, e.g. `MessageHeader/Code/CodeNumber`.
 */
export type Read<T> = Result<T, DomainError<EdxmlErrorCode>>;

export function missing(field: string): Read<never> {
  return err(edxmlError('EDXML_FIELD_MISSING', { field }));
}

export function invalid(field: string, value: string): Read<never> {
  // A hostile value can be long; the error only needs enough to recognise it.
  return err(edxmlError('EDXML_FIELD_INVALID', { field, value: value.length > 80 ? `${value.slice(0, 80)}…` : value }));
}

export function requiredText(parent: XmlElement | undefined, field: string, name: string): Read<string> {
  const text = textOf(parent, name);
  return text === undefined ? missing(field) : ok(text);
}

export function requiredDate(parent: XmlElement | undefined, field: string, name: string): Read<string> {
  const text = textOf(parent, name);
  if (text === undefined) return missing(field);
  const date = fromWireDate(text);
  return date === undefined ? invalid(field, text) : ok(date);
}

export function optionalDate(parent: XmlElement | undefined, field: string, name: string): Read<string | undefined> {
  const text = textOf(parent, name);
  return text === undefined ? ok(undefined) : requiredDate(parent, field, name);
}

export function optionalTimestamp(parent: XmlElement | undefined, field: string, name: string): Read<Date | undefined> {
  const text = textOf(parent, name);
  if (text === undefined) return ok(undefined);
  const instant = fromWireTimestamp(text);
  return instant === undefined ? invalid(field, text) : ok(instant);
}

export function optionalInteger(parent: XmlElement | undefined, field: string, name: string): Read<number | undefined> {
  const text = textOf(parent, name);
  if (text === undefined) return ok(undefined);
  return /^\d{1,9}$/.test(text) ? ok(Number(text)) : invalid(field, text);
}

/** Copies the entries whose value is defined, so that absent optional fields are absent keys, not `undefined`. */
export function defined<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** `From` or `To`. A missing `OrganName` falls back to `OrganizationInCharge`, which some senders fill instead. */
export function readOrgan(element: XmlElement, field: string): Read<EdxmlOrgan> {
  const organId = requiredText(element, `${field}/OrganId`, 'OrganId');
  if (!organId.ok) return organId;
  const organizationInCharge = textOf(element, 'OrganizationInCharge');
  const organName = textOf(element, 'OrganName') ?? organizationInCharge;
  if (organName === undefined) return missing(`${field}/OrganName`);
  return ok({
    organId: organId.value,
    organName,
    ...defined({
      organizationInCharge,
      organAdd: textOf(element, 'OrganAdd'),
      email: textOf(element, 'Email'),
      telephone: textOf(element, 'Telephone'),
      fax: textOf(element, 'Fax'),
      website: textOf(element, 'Website'),
    }),
  });
}

/** `ResponseFor`. `Code` is read as `số/ký hiệu`, also when a sender splits it into CodeNumber and CodeNotation. */
export function readResponseFor(element: XmlElement, field: string): Read<EdxmlResponseFor> {
  const organId = requiredText(element, `${field}/OrganId`, 'OrganId');
  if (!organId.ok) return organId;
  const code = childOf(element, 'Code');
  const split = [textOf(code, 'CodeNumber'), textOf(code, 'CodeNotation')].filter((part) => part !== undefined);
  const codeText = split.length > 0 ? split.join('/') : code?.text;
  if (codeText === undefined || codeText === '') return missing(`${field}/Code`);
  const promulgationDate = requiredDate(element, `${field}/PromulgationDate`, 'PromulgationDate');
  if (!promulgationDate.ok) return promulgationDate;
  const documentId = requiredText(element, `${field}/DocumentId`, 'DocumentId');
  if (!documentId.ok) return documentId;
  return ok({ organId: organId.value, code: codeText, promulgationDate: promulgationDate.value, documentId: documentId.value });
}
