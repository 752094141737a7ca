import { z } from 'zod';

/**
 * What we accept to send in an edXML package. Limits come from Decree 30/2020 Phụ lục VI (field lengths) and from the
 * Bkav checker that receiving systems run (Subject and Content ≤ 500, ToPlaces lines ≤ 150, Appendix ≤ 250, attachment
 * names ≤ 200, no duplicate recipient), so a package we build is not bounced for a length.
 */

/** XML 1.0 cannot carry most control characters, U+FFFE/U+FFFF or unpaired surrogates, even as references. */
export function hasNonXmlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
    if (code === 0xfffe || code === 0xffff) return true;
    if (code >= 0xdc00 && code <= 0xdfff) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    }
  }
  return false;
}

function bounded(label: string, max: number) {
  return z
    .string()
    .min(1, { error: `${label} không được để trống` })
    .max(max, { error: `${label} dài quá ${max} ký tự` })
    .refine((value) => !hasNonXmlCharacter(value), { error: `${label} chứa ký tự không dùng được trong XML` });
}

/** One line of text: runs of white space (pasted line breaks, tabs) collapse to one space. */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc` })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(bounded(label, max));

/** Free text that keeps its line breaks; only the ends are trimmed. */
const paragraph = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc` })
    .transform((value) => value.trim())
    .pipe(bounded(label, max));

const isoDate = (label: string) => z.iso.date({ error: `${label} phải có dạng YYYY-MM-DD` });

/** Mã định danh (QĐ 20/2020/QĐ-TTg, QCVN 102 Sửa đổi 1:2022): four dot-separated groups, 13 characters. */
export const ORGAN_ID_PATTERN = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}$/;

const organId = z
  .string({ error: 'Mã định danh cơ quan là bắt buộc' })
  .trim()
  .regex(ORGAN_ID_PATTERN, { error: 'Mã định danh cơ quan phải có dạng 000.00.00.H56 (13 ký tự, chữ in hoa)' });

/** A sender or recipient (`From`, `To`). */
export const EdxmlOrgan = z.strictObject({
  organId,
  organName: line('Tên cơ quan', 200),
  organizationInCharge: line('Cơ quan chủ quản', 200).optional(),
  organAdd: line('Địa chỉ cơ quan', 250).optional(),
  email: line('Thư điện tử', 100).optional(),
  telephone: line('Điện thoại', 50).optional(),
  fax: line('Fax', 50).optional(),
  website: line('Trang thông tin điện tử', 100).optional(),
});
export type EdxmlOrgan = z.infer<typeof EdxmlOrgan>;

/** The document this one answers (`ResponseFor`); `code` is the number and symbol, e.g. `45/UBND-VP`. */
export const EdxmlResponseFor = z.strictObject({
  organId,
  code: line('Số, ký hiệu văn bản được trả lời', 50),
  promulgationDate: isoDate('Ngày văn bản được trả lời'),
  documentId: line('Mã văn bản được trả lời (DocumentId)', 100),
});
export type EdxmlResponseFor = z.infer<typeof EdxmlResponseFor>;

/**
 * Priority (`OtherInfo/Priority`): 0…3 in increasing urgency (Bkav DTO). The labels follow Decree 30's three urgency
 * marks in order; that 1 and 2 mean khẩn and thượng khẩn is an assumption still to check against QCVN 102.
 */
export const EDXML_PRIORITIES = {
  0: { vi: 'Thường', en: 'Normal' },
  1: { vi: 'Khẩn', en: 'Urgent' },
  2: { vi: 'Thượng khẩn', en: 'Very urgent' },
  3: { vi: 'Hỏa tốc', en: 'Immediate' },
} as const;
export type EdxmlPriority = keyof typeof EDXML_PRIORITIES;

/** Business type of the package (`TraceHeaderList/Bussiness/BussinessDocType` 0…3). */
export const EDXML_BUSINESS_TYPES = ['new', 'revoke', 'update', 'replace'] as const;
export type EdxmlBusinessType = (typeof EDXML_BUSINESS_TYPES)[number];

/**
 * Metadata of a document sent or received over edXML. Dates are ISO `YYYY-MM-DD`; `codeNumber` and `codeNotation`
 * are the số and ký hiệu (`12` and `QĐ-UBND` for `12/QĐ-UBND`). Invariants: at least one recipient, no recipient twice,
 * a due date not before the document date.
 */
export const EdxmlDocument = z
  .strictObject({
    from: EdxmlOrgan,
    to: z.array(EdxmlOrgan).min(1, { error: 'Cần ít nhất một cơ quan nhận' }),
    codeNumber: z
      .string({ error: 'Số văn bản là bắt buộc' })
      .trim()
      .regex(/^\d{1,11}$/, { error: 'Số văn bản chỉ gồm chữ số, tối đa 11 chữ số' }),
    // Commas would break DocumentId, which receivers split on commas.
    codeNotation: line('Ký hiệu văn bản', 30).refine((value) => /^[^\s,]+$/.test(value), {
      error: 'Ký hiệu văn bản không được chứa dấu cách hay dấu phẩy',
    }),
    promulgationPlace: line('Địa danh ban hành', 100),
    promulgationDate: isoDate('Ngày ban hành'),
    documentType: z.strictObject({
      type: z.int({ error: 'Mã loại văn bản (Type) phải là số nguyên' }).min(0).max(999),
      typeDetail: z.int({ error: 'Mã loại chi tiết (TypeDetail) phải là số nguyên' }).min(0).max(999).optional(),
      typeName: line('Tên loại văn bản', 100),
    }),
    subject: line('Trích yếu', 500),
    content: paragraph('Nội dung tóm tắt', 500).optional(),
    author: z
      .strictObject({
        competence: line('Thẩm quyền của người soạn', 100).optional(),
        function: line('Chức vụ của người soạn', 100).optional(),
        fullName: line('Họ tên người soạn', 50).optional(),
      })
      .optional(),
    signer: z.strictObject({
      competence: line('Thẩm quyền ký', 100).optional(),
      position: line('Chức vụ người ký', 100).optional(),
      fullName: line('Họ tên người ký', 50),
    }),
    dueDate: isoDate('Hạn xử lý').optional(),
    toPlaces: z.array(line('Nơi nhận', 150)).default([]),
    priority: z.literal([0, 1, 2, 3], { error: 'Độ khẩn phải là 0, 1, 2 hoặc 3' }).default(0),
    sphereOfPromulgation: line('Phạm vi ban hành', 200).optional(),
    typerNotation: line('Ký hiệu người đánh máy', 50).optional(),
    promulgationAmount: z.int({ error: 'Số lượng bản phát hành phải là số nguyên' }).min(1).max(999).optional(),
    pageAmount: z.int({ error: 'Số trang phải là số nguyên' }).min(1).max(999).optional(),
    appendixes: z.array(line('Phụ lục', 250)).default([]),
    steeringType: z.int({ error: 'Kiểu chỉ đạo (SteeringType) phải là số nguyên' }).min(0).max(99).optional(),
    responseFor: z.array(EdxmlResponseFor).default([]),
    business: z
      .strictObject({
        type: z.enum(EDXML_BUSINESS_TYPES, { error: 'Loại nghiệp vụ phải là new, revoke, update hoặc replace' }),
        reason: line('Lý do nghiệp vụ', 500).optional(),
      })
      .default({ type: 'new' }),
  })
  .superRefine((document, ctx) => {
    const seen = new Set<string>();
    document.to.forEach((recipient, index) => {
      if (seen.has(recipient.organId)) {
        ctx.addIssue({ code: 'custom', path: ['to', index, 'organId'], message: `Cơ quan nhận ${recipient.organId} bị lặp` });
      }
      seen.add(recipient.organId);
    });
    if (document.dueDate !== undefined && document.dueDate < document.promulgationDate) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Hạn xử lý không được trước ngày ban hành' });
    }
  });
export type EdxmlDocument = z.infer<typeof EdxmlDocument>;
export type EdxmlDocumentInput = z.input<typeof EdxmlDocument>;

/** A file to send. The name travels as is (Vietnamese diacritics included); path separators are refused. */
export const EdxmlAttachmentInput = z.strictObject({
  name: line('Tên tệp', 200).refine((value) => !/[/\\]/.test(value), { error: 'Tên tệp không được chứa / hoặc \\' }),
  contentType: z
    .string({ error: 'Kiểu tệp (MIME) là bắt buộc' })
    .trim()
    .regex(/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/, { error: 'Kiểu tệp phải có dạng loại/kiểu, ví dụ application/pdf' }),
  description: line('Mô tả tệp', 500).optional(),
  // z.custom keeps the type `Uint8Array` (any buffer), where z.instanceof would narrow it to an ArrayBuffer-backed one.
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'Nội dung tệp phải là Uint8Array' }),
});
export type EdxmlAttachmentInput = z.input<typeof EdxmlAttachmentInput>;

/** The attachments of one package: file names must differ, because receivers store files by name. */
export const EdxmlAttachmentList = z.array(EdxmlAttachmentInput).superRefine((attachments, ctx) => {
  const seen = new Set<string>();
  attachments.forEach((attachment, index) => {
    if (seen.has(attachment.name)) {
      ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `Tên tệp "${attachment.name}" bị lặp` });
    }
    seen.add(attachment.name);
  });
});

/** Flattens zod issues into `path: message` pairs for an error's summary and details. */
export function describeIssues(error: z.ZodError): { summary: string; issues: { path: string; message: string }[] } {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { summary: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues };
}
