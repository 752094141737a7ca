import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { z } from 'zod';
import { documentsError, type DocumentsErrorCode } from './errors.js';
import { SECRECY_LEVELS, URGENCY_LEVELS, type SecrecyLevel, type UrgencyLevel } from './metadata.js';
import { formatSymbol, parseSymbol, type SymbolError } from './symbol.js';
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
  /** Độ khẩn: thường, khẩn, thượng khẩn, hỏa tốc (Decree 30/2020 Điều 4). */
  urgency: z.enum(URGENCY_LEVELS, { error: 'Độ khẩn không hợp lệ' }).default('thuong'),
  /** Độ mật: thường, mật, tối mật, tuyệt mật. A confidential document is registered by its metadata only. */
  secrecy: z.enum(SECRECY_LEVELS, { error: 'Độ mật không hợp lệ' }).default('thuong'),
});
export type IncomingDocumentInput = z.input<typeof IncomingDocumentInput>;
export type ParsedIncomingDocumentInput = z.output<typeof IncomingDocumentInput>;

/**
 * What a service stores once the rules pass: the cleaned metadata with the number and symbol in canonical form
 * (`so 12/qd-ubnd` → `12/QĐ-UBND`), the kind it names (if any), and when it was received.
 */
export type IncomingDocumentDraft = Omit<ParsedIncomingDocumentInput, 'numberSymbol'> & {
  numberSymbol: string;
  documentSystem: 'state' | 'party';
  kindCode: string | null;
  urgency: UrgencyLevel;
  secrecy: SecrecyLevel;
  orgId: string;
  receivedAt: Date;
};

/**
 * Checks an incoming document before it is registered. Rules: the document date may not be after today in Vietnam
 * (`DOCUMENT_DATE_IN_FUTURE`) nor absurdly old (`DOCUMENT_DATE_TOO_OLD`); the number and symbol must parse
 * (`SYMBOL_*`, see `parseSymbol`) and are stored in canonical form. Input must already be parsed by
 * `IncomingDocumentInput`.
 */
export function prepareIncomingRegistration(
  input: ParsedIncomingDocumentInput,
  context: { orgId: string; now: Date },
): Result<IncomingDocumentDraft, DomainError<DocumentsErrorCode> | SymbolError> {
  const today = vietnamDateOf(context.now);
  if (input.documentDate > today) {
    return err(documentsError('DOCUMENT_DATE_IN_FUTURE', { documentDate: input.documentDate, today }));
  }
  if (Number(input.documentDate.slice(0, 4)) < MIN_DOCUMENT_YEAR) {
    return err(documentsError('DOCUMENT_DATE_TOO_OLD', { documentDate: input.documentDate, minYear: MIN_DOCUMENT_YEAR }));
  }
  const symbol = parseSymbol(input.numberSymbol, { maxYear: Number(today.slice(0, 4)) });
  if (!symbol.ok) return err(symbol.error);
  return ok({
    ...input,
    numberSymbol: formatSymbol(symbol.value),
    documentSystem: symbol.value.system,
    // A State công văn names no kind in its symbol (`45/UBND-VP`): its form says what it is.
    kindCode: 'kind' in symbol.value ? symbol.value.kind : symbol.value.form === 'cong-van' ? 'cong-van' : null,
    orgId: context.orgId,
    receivedAt: context.now,
  });
}
