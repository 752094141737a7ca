import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { z } from 'zod';
import { documentsError, type DocumentsErrorCode } from './errors.js';
import { vietnamDateOf } from './vietnam-date.js';

/** Documents older than this are archive material, not new arrivals; a date before it is almost surely a typo. */
const MIN_DOCUMENT_YEAR = 1945;

/** Collapses runs of white space: clerks paste metadata from PDFs and e-mails. */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc` })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} không được để trống` })
        .max(max, { error: `${label} dài quá ${max} ký tự` }),
    );

/**
 * The minimal metadata of an incoming document (văn bản đến) at registration: the issuing body (cơ quan ban hành),
 * its number and symbol (số, ký hiệu, e.g. `12/QĐ-UBND`), its date (ngày văn bản) and its subject (trích yếu).
 * The full Decree 30/2020 Phụ lục VI field set comes with the document registers.
 */
export const IncomingDocumentInput = z.object({
  issuer: text('Cơ quan ban hành', 255),
  numberSymbol: text('Số, ký hiệu', 64),
  documentDate: z.iso.date({ error: 'Ngày văn bản phải có dạng YYYY-MM-DD' }),
  subject: text('Trích yếu nội dung', 2000),
});
export type IncomingDocumentInput = z.infer<typeof IncomingDocumentInput>;

/** What a service stores once the rules pass: the cleaned metadata and when it was received. */
export type IncomingDocumentDraft = IncomingDocumentInput & { orgId: string; receivedAt: Date };

/**
 * Checks an incoming document before it is registered. Rules: the document date may not be after today in Vietnam
 * (`DOCUMENT_DATE_IN_FUTURE`) nor absurdly old (`DOCUMENT_DATE_TOO_OLD`). Input must already be parsed by
 * `IncomingDocumentInput`.
 */
export function prepareIncomingRegistration(
  input: IncomingDocumentInput,
  context: { orgId: string; now: Date },
): Result<IncomingDocumentDraft, DomainError<DocumentsErrorCode>> {
  const today = vietnamDateOf(context.now);
  if (input.documentDate > today) {
    return err(documentsError('DOCUMENT_DATE_IN_FUTURE', { documentDate: input.documentDate, today }));
  }
  if (Number(input.documentDate.slice(0, 4)) < MIN_DOCUMENT_YEAR) {
    return err(documentsError('DOCUMENT_DATE_TOO_OLD', { documentDate: input.documentDate, minYear: MIN_DOCUMENT_YEAR }));
  }
  return ok({ ...input, orgId: context.orgId, receivedAt: context.now });
}
