import { z } from 'zod';

/** Mức độ khẩn, from ordinary to most urgent (Decree 30 Điều 4.2.c; Phụ lục I §III.2). */
export const URGENCY_LEVELS = ['thuong', 'khan', 'thuong-khan', 'hoa-toc'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];
export const URGENCY_LABELS: Readonly<Record<UrgencyLevel, string>> = {
  thuong: 'Thường',
  khan: 'Khẩn',
  'thuong-khan': 'Thượng khẩn',
  'hoa-toc': 'Hỏa tốc',
};

/** Độ mật, from not classified to the highest level (Phụ lục I §III.2). Every level but `thuong` is confidential. */
export const SECRECY_LEVELS = ['thuong', 'mat', 'toi-mat', 'tuyet-mat'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LABELS: Readonly<Record<SecrecyLevel, string>> = {
  thuong: 'Thường',
  mat: 'Mật',
  'toi-mat': 'Tối mật',
  'tuyet-mat': 'Tuyệt mật',
};

/** Collapses runs of white space (metadata is pasted from PDFs and e-mails) and enforces the Phụ lục VI length. */
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

const date = (label: string) => z.iso.date({ error: `${label} phải có dạng YYYY-MM-DD` });

const count = (label: string, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${label} là bắt buộc` : `${label} phải là số`) })
    .int({ error: `${label} phải là số nguyên` })
    .min(1, { error: `${label} phải từ 1 trở lên` })
    .max(max, { error: `${label} không được quá ${max}` });

/** Mã định danh (QCVN 102; QĐ 20/2020/QĐ-TTg): 13 characters in four groups, e.g. `000.00.00.H56`. */
const organId = z
  .string({ error: 'Mã định danh là bắt buộc' })
  .regex(/^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}$/, {
    error: 'Mã định danh phải có dạng 000.00.00.H56 (13 ký tự)',
  });

/** 1 Mã hồ sơ (FileCode): filled when the document is put into a file (hồ sơ), so optional at registration. */
const FileCode = z.object({
  /** 1.1 Mã định danh của cơ quan, tổ chức lập danh mục hồ sơ (OrganId, String 13). */
  organId,
  /** 1.2 Năm hình thành hồ sơ (FileCatalog, Number 4). */
  fileCatalog: z
    .number({ error: 'Năm hình thành hồ sơ phải là số' })
    .int({ error: 'Năm hình thành hồ sơ phải là năm có 4 chữ số' })
    .min(1000, { error: 'Năm hình thành hồ sơ phải là năm có 4 chữ số' })
    .max(9999, { error: 'Năm hình thành hồ sơ phải là năm có 4 chữ số' }),
  /** 1.3 Số và ký hiệu hồ sơ (FileNotation, String 20), e.g. `01.TCCB`. */
  fileNotation: text('Số và ký hiệu hồ sơ', 20),
});

/** Chức vụ, họ tên người ký (SignerInfo). */
const SignerInfo = z.object(
  {
    /** Chức vụ của người ký văn bản (Position, String 100), with the authority prefix, e.g. `TL. BỘ TRƯỞNG`. */
    position: text('Chức vụ người ký', 100),
    /** Họ và tên người ký văn bản (FullName, String 50). */
    fullName: text('Họ tên người ký', 50),
  },
  { error: 'Thông tin người ký là bắt buộc' },
);

/** Fields 1–11, the same in both tables of Phụ lục VI Part II. */
const commonFields = {
  /** 1 Mã hồ sơ (FileCode). */
  fileCode: FileCode.optional(),
  /** 2 Số thứ tự văn bản trong hồ sơ (DocOrdinal, Number 3); set with the file code. */
  docOrdinal: count('Số thứ tự văn bản trong hồ sơ', 999).optional(),
  /** 3 Tên loại văn bản (TypeName, String 100), e.g. `Quyết định`, `Công văn`. */
  typeName: text('Tên loại văn bản', 100),
  /** 4 Số của văn bản (CodeNumber, String 11): Arabic digits (Phụ lục I §II.3), leading zeros kept as written. */
  codeNumber: text('Số của văn bản', 11).pipe(z.string().regex(/^\d+$/, { error: 'Số của văn bản chỉ gồm chữ số' })),
  /** 5 Ký hiệu của văn bản (CodeNotation, String 30), e.g. `QĐ-UBND`, `NQ/HU`. */
  codeNotation: text('Ký hiệu của văn bản', 30),
  /** 6 Ngày, tháng, năm văn bản (IssuedDate, Date 10). */
  issuedDate: date('Ngày văn bản'),
  /** 7 Tên cơ quan, tổ chức ban hành văn bản (OrganName, String 200). */
  organName: text('Tên cơ quan ban hành', 200),
  /** 8 Trích yếu nội dung (Subject, String 500). */
  subject: text('Trích yếu nội dung', 500),
  /** 9 Ngôn ngữ (Language, String 30). */
  language: text('Ngôn ngữ', 30).default('Tiếng Việt'),
  /** 10 Số trang của văn bản (PageAmount, Number 3). */
  pageAmount: count('Số trang', 999),
  /** 11 Ghi chú (Description, String 500). */
  description: text('Ghi chú', 500).optional(),
};

/**
 * Field "Mức độ khẩn, độ mật" (Priority, Number 1): kept as two fields because the decree does not say how one
 * digit encodes both; both default to `thuong`.
 */
const priorityFields = {
  urgency: z.enum(URGENCY_LEVELS, { error: 'Mức độ khẩn phải là Thường, Khẩn, Thượng khẩn hoặc Hỏa tốc' }).default('thuong'),
  secrecy: z.enum(SECRECY_LEVELS, { error: 'Độ mật phải là Thường, Mật, Tối mật hoặc Tuyệt mật' }).default('thuong'),
};

/**
 * Metadata of an incoming document (văn bản đến): the 18 fields of Decree 30/2020 Phụ lục VI Part II §II.
 * Invariant: the arrival date is not before the document date.
 */
export const IncomingMetadata = z
  .object({
    ...commonFields,
    /** 12 Ngày, tháng, năm đến (ArrivalDate, Date 10). */
    arrivalDate: date('Ngày đến'),
    /** 13 Số đến (ArrivalNumber, Number 10). */
    arrivalNumber: count('Số đến', 9_999_999_999),
    /** 14 Chức vụ, họ tên người ký (SignerInfo). */
    signerInfo: SignerInfo,
    /** 15 Mức độ khẩn, độ mật (Priority). */
    ...priorityFields,
    /** 16 Đơn vị hoặc người nhận (ToPlaces, String 1000): the internal unit or person; set when directed. */
    toPlaces: text('Đơn vị hoặc người nhận', 1000).optional(),
    /** 17 Ý kiến phân phối, chỉ đạo, trạng thái xử lý văn bản (TraceHeaderList, LongText). */
    traceHeaderList: z.string({ error: 'Ý kiến chỉ đạo, trạng thái xử lý phải là văn bản' }).optional(),
    /** 18 Thời hạn giải quyết (DueDate, Date 10). */
    dueDate: date('Thời hạn giải quyết').optional(),
  })
  .refine((metadata) => metadata.arrivalDate >= metadata.issuedDate, {
    error: 'Ngày đến không thể trước ngày văn bản',
    path: ['arrivalDate'],
  });
export type IncomingMetadata = z.infer<typeof IncomingMetadata>;

/** Nơi nhận (To): a recipient body; the identifier is absent for recipients outside the interconnection. */
const Recipient = z.object({
  /** 13.1 Mã định danh của cơ quan, tổ chức nhận văn bản (OrganId, String 13). */
  organId: organId.optional(),
  /** 13.2 Tên cơ quan, tổ chức nhận văn bản (OrganName, String 200). */
  organName: text('Tên cơ quan nhận', 200),
});

/** Metadata of an outgoing document (văn bản đi): the 16 fields of Decree 30/2020 Phụ lục VI Part II §I. */
export const OutgoingMetadata = z.object({
  ...commonFields,
  /** 12 Chức vụ, họ tên người ký (SignerInfo). */
  signerInfo: SignerInfo,
  /** 13 Nơi nhận (To). */
  to: z.array(Recipient, { error: 'Nơi nhận là bắt buộc' }).min(1, { error: 'Phải có ít nhất một nơi nhận' }),
  /** 14 Mức độ khẩn, độ mật (Priority). */
  ...priorityFields,
  /** 15 Số lượng bản phát hành (IssuedAmount, Number 3). */
  issuedAmount: count('Số lượng bản phát hành', 999),
  /** 16 Hạn trả lời văn bản (DueDate, Date 10). */
  dueDate: date('Hạn trả lời văn bản').optional(),
});
export type OutgoingMetadata = z.infer<typeof OutgoingMetadata>;
