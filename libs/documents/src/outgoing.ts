import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { z } from 'zod';
import { documentsError, type DocumentsErrorCode } from './errors.js';
import { COPY_KINDS, PARTY_DOCUMENT_KINDS, STATE_DOCUMENT_KINDS, type DocumentSystem } from './kinds.js';
import { SECRECY_LEVELS, URGENCY_LEVELS, type SecrecyLevel } from './metadata.js';
import { formatSymbol, type DocumentSymbol } from './symbol.js';

/** Upper-case letters (Đ included) and digits, hyphen-joined groups: `UBND`, `HU`, `VP`, `UBND-VP` is two fields. */
const BODY_CODE = /^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;
const bodyCode = (label: string) =>
  z
    .string({ error: `${label} là bắt buộc` })
    .transform((value) => value.trim().toUpperCase().replace(/Ð/g, 'Đ'))
    .pipe(
      z
        .string()
        .min(1, { error: `${label} không được để trống` })
        .max(30, { error: `${label} dài quá 30 ký tự` })
        .regex(BODY_CODE, { error: `${label} chỉ gồm chữ in hoa và số, ví dụ UBND, VP` }),
    );

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc` })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} không được để trống` })
        .max(max, { error: `${label} dài quá ${max} ký tự` }),
    );

/** A recipient (nơi nhận): a unit of this system, or an organisation outside it (with its edXML organ id if known). */
export const OutgoingRecipientInput = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('internal'), orgId: z.string().min(1).max(100), name: trimmed('Tên nơi nhận', 255) }),
    z.object({
      type: z.literal('external'),
      name: trimmed('Tên nơi nhận', 255),
      organId: z.string().max(64).optional(),
    }),
  ],
  { error: 'Nơi nhận không hợp lệ' },
);
export type OutgoingRecipientInput = z.infer<typeof OutgoingRecipientInput>;

/**
 * A new outgoing draft (dự thảo văn bản đi): its kind in the organisation's system, the body codes its symbol will
 * carry, subject, urgency, secrecy and recipients. The number and date are not chosen here: they are taken from the
 * register when the document is issued (Decree 30/2020 Điều 15).
 */
export const OutgoingDraftInput = z.object({
  kindCode: z.string({ error: 'Loại văn bản là bắt buộc' }).min(1, { error: 'Loại văn bản là bắt buộc' }).max(40),
  issuerCode: bodyCode('Ký hiệu cơ quan ban hành'),
  /** Công văn of State bodies only: the drafting unit's code after the issuer (`45/UBND-VP`). */
  unitCode: bodyCode('Ký hiệu đơn vị soạn thảo').optional(),
  /** A legal normative document carries its year in the symbol (`12/2026/QĐ-UBND`). */
  legalNormative: z.boolean().default(false),
  subject: trimmed('Trích yếu nội dung', 2000),
  urgency: z.enum(URGENCY_LEVELS, { error: 'Độ khẩn không hợp lệ' }).default('thuong'),
  secrecy: z.enum(SECRECY_LEVELS, { error: 'Độ mật không hợp lệ' }).default('thuong'),
  recipients: z.array(OutgoingRecipientInput).max(500, { error: 'Tối đa 500 nơi nhận' }).default([]),
  /** The incoming document this one answers, if any. */
  inReplyToId: z.uuid({ error: 'Mã văn bản đến không hợp lệ' }).optional(),
});
export type OutgoingDraftInput = z.input<typeof OutgoingDraftInput>;
export type ParsedOutgoingDraftInput = z.output<typeof OutgoingDraftInput>;

/** What a symbol needs at issue time besides the number. */
export type OutgoingSymbolParts = {
  readonly system: DocumentSystem;
  readonly kindCode: string;
  readonly issuerCode: string;
  readonly unitCode?: string | null;
  readonly legalNormative?: boolean;
};

type KindCheck = Result<{ readonly series: 'copy' | 'ordinary' }, DomainError<DocumentsErrorCode>>;

/**
 * Checks that a draft's kind exists in its organisation's system and that its symbol can be written: a State công
 * văn needs the drafting unit's code (`OUTGOING_UNIT_CODE_REQUIRED`); thư công carries no number
 * (`OUTGOING_KIND_NOT_NUMBERED`); a type that exists only as a legal normative document of central bodies (Nghị định,
 * Thông tư) is not issued by local authorities (`OUTGOING_KIND_NOT_LOCAL`).
 */
export function checkOutgoingKind(parts: OutgoingSymbolParts): KindCheck {
  const { system, kindCode } = parts;
  const copy = COPY_KINDS.find((kind) => kind.system === system && kind.code === kindCode);
  if (copy) return ok({ series: 'copy' });
  if (system === 'party') {
    if (!PARTY_DOCUMENT_KINDS.some((kind) => kind.code === kindCode)) {
      return err(documentsError('OUTGOING_KIND_UNKNOWN', { kindCode, system: 'Đảng' }));
    }
    return ok({ series: 'ordinary' });
  }
  const kind = STATE_DOCUMENT_KINDS.find((candidate) => candidate.code === kindCode);
  if (!kind) return err(documentsError('OUTGOING_KIND_UNKNOWN', { kindCode, system: 'Nhà nước' }));
  if (kind.code === 'thu-cong') return err(documentsError('OUTGOING_KIND_NOT_NUMBERED', { kindName: kind.name }));
  if (kind.legalNormative === 'always') return err(documentsError('OUTGOING_KIND_NOT_LOCAL', { kindName: kind.name }));
  if (kind.code === 'cong-van' && !parts.unitCode) return err(documentsError('OUTGOING_UNIT_CODE_REQUIRED', {}));
  return ok({ series: 'ordinary' });
}

/**
 * The number series an outgoing document is numbered in: confidential documents have their own (Decree 30/2020
 * Điều 15.2), copies share one (`copy`), legal normative documents one per kind (Điều 15.1.a), the rest `ordinary`.
 */
export function outgoingSeriesOf(
  parts: OutgoingSymbolParts & { readonly secrecy: SecrecyLevel },
): Result<string, DomainError<DocumentsErrorCode>> {
  const checked = checkOutgoingKind(parts);
  if (!checked.ok) return checked;
  if (parts.secrecy !== 'thuong') return ok('secret');
  if (checked.value.series === 'copy') return ok('copy');
  if (parts.system === 'state' && parts.legalNormative) return ok(`legal-${parts.kindCode}`);
  return ok('ordinary');
}

/**
 * The number and symbol of an outgoing document once its number is known, in canonical form: `15/UBND-VP`
 * (State công văn), `12/QĐ-UBND`, `03/2026/QĐ-UBND` (legal normative, with the issue year), `05/SY-UBND`, `82-KL/HU`.
 */
export function outgoingSymbol(
  parts: OutgoingSymbolParts,
  number: number,
  issueYear: number,
): Result<string, DomainError<DocumentsErrorCode>> {
  const checked = checkOutgoingKind(parts);
  if (!checked.ok) return checked;
  const { system, kindCode, issuerCode } = parts;
  let symbol: DocumentSymbol;
  if (system === 'party') {
    symbol = {
      system,
      form: checked.value.series === 'copy' ? 'copy' : 'typed',
      number,
      kind: kindCode,
      issuer: issuerCode,
    } as DocumentSymbol;
  } else if (checked.value.series === 'copy') {
    symbol = { system, form: 'copy', number, kind: kindCode as 'sao-y', issuer: issuerCode };
  } else if (kindCode === 'cong-van') {
    symbol = { system, form: 'cong-van', number, issuer: issuerCode, unit: parts.unitCode ?? '' };
  } else {
    symbol = {
      system,
      form: 'typed',
      number,
      kind: kindCode as 'quyet-dinh',
      issuer: issuerCode,
      ...(parts.legalNormative ? { year: issueYear } : {}),
    };
  }
  return ok(formatSymbol(symbol));
}
