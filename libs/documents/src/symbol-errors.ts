import { defineErrors } from '@lienthong/kernel';

/** Why a typed number and symbol (số, ký hiệu) could not be read: one kind and one pair of messages per code. */
export const symbolError = defineErrors({
  SYMBOL_EMPTY: {
    kind: 'invalid',
    vi: 'Chưa nhập số, ký hiệu văn bản',
    en: 'The number and symbol is empty',
  },
  SYMBOL_CHARACTER_INVALID: {
    kind: 'invalid',
    vi: 'Số, ký hiệu "{input}" có ký tự không hợp lệ "{character}"; chỉ dùng chữ, chữ số, dấu gạch chéo (/) và dấu gạch nối (-)',
    en: 'The number and symbol "{input}" contains the invalid character "{character}"; use only letters, digits, slashes (/) and hyphens (-)',
  },
  SYMBOL_NUMBER_MISSING: {
    kind: 'invalid',
    vi: 'Số, ký hiệu "{input}" phải bắt đầu bằng số văn bản, ví dụ 12/QĐ-UBND',
    en: 'The number and symbol "{input}" must start with the document number, e.g. 12/QĐ-UBND',
  },
  SYMBOL_NUMBER_INVALID: {
    kind: 'invalid',
    vi: 'Số văn bản "{number}" phải là số nguyên dương, từ 1 đến {maxNumber}',
    en: 'The document number "{number}" must be a positive integer from 1 to {maxNumber}',
  },
  SYMBOL_ABBREVIATIONS_MISSING: {
    kind: 'invalid',
    vi: 'Số, ký hiệu "{input}" mới có số, thiếu ký hiệu (ví dụ 12/QĐ-UBND, 45/UBND-VP hoặc 82-KL/TW)',
    en: 'The number and symbol "{input}" has a number but no symbol (e.g. 12/QĐ-UBND, 45/UBND-VP or 82-KL/TW)',
  },
  SYMBOL_KIND_MISSING: {
    kind: 'invalid',
    vi: 'Số, ký hiệu "{input}" thiếu chữ viết tắt tên loại văn bản',
    en: 'The number and symbol "{input}" lacks the abbreviation of the document kind',
  },
  SYMBOL_KIND_UNKNOWN: {
    kind: 'invalid',
    vi: 'Không có loại văn bản nào viết tắt là "{abbreviation}"',
    en: 'No document kind is abbreviated "{abbreviation}"',
  },
  SYMBOL_KIND_UNKNOWN_SUGGESTION: {
    kind: 'invalid',
    vi: 'Không có loại văn bản nào viết tắt là "{abbreviation}"; có phải là "{suggestion}" ({suggestionName})?',
    en: 'No document kind is abbreviated "{abbreviation}"; did you mean "{suggestion}" ({suggestionName})?',
  },
  SYMBOL_ISSUER_MISSING: {
    kind: 'invalid',
    vi: 'Số, ký hiệu "{input}" thiếu chữ viết tắt tên cơ quan ban hành',
    en: 'The number and symbol "{input}" lacks the abbreviation of the issuing body',
  },
  SYMBOL_UNIT_MISSING: {
    kind: 'invalid',
    vi: 'Công văn "{input}" thiếu chữ viết tắt đơn vị soạn thảo sau tên cơ quan, ví dụ 45/UBND-VP',
    en: 'The official letter "{input}" lacks the drafting unit after the issuing body, e.g. 45/UBND-VP',
  },
  SYMBOL_YEAR_OUT_OF_RANGE: {
    kind: 'invalid',
    vi: 'Năm ban hành "{year}" trong số, ký hiệu phải gồm 4 chữ số, từ {minYear} đến {maxYear}',
    en: 'The year "{year}" in the number and symbol must have 4 digits, from {minYear} to {maxYear}',
  },
  SYMBOL_YEAR_REQUIRED: {
    kind: 'invalid',
    vi: '{kindName} ({abbreviation}) là văn bản quy phạm pháp luật nên số, ký hiệu phải có năm ban hành, ví dụ {example}',
    en: '{kindName} ({abbreviation}) is a legal normative document, so its number and symbol must carry the year, e.g. {example}',
  },
  SYMBOL_YEAR_NOT_ALLOWED: {
    kind: 'invalid',
    vi: 'Ký hiệu bản sao "{abbreviation}" không ghi năm ban hành, ví dụ {example}',
    en: 'A copy symbol "{abbreviation}" carries no year, e.g. {example}',
  },
  SYMBOL_SEPARATORS_MIXED: {
    kind: 'invalid',
    vi: 'Số, ký hiệu "{input}" viết lẫn kiểu văn bản nhà nước (12/QĐ-UBND) và kiểu văn bản của Đảng (82-KL/TW); có phải là "{suggestion}"?',
    en: 'The number and symbol "{input}" mixes the State style (12/QĐ-UBND) and the Party style (82-KL/TW); did you mean "{suggestion}"?',
  },
  SYMBOL_CONG_VAN_TYPE_CODE: {
    kind: 'invalid',
    vi: 'Công văn của cơ quan nhà nước không ghi "CV" ("{input}"): ký hiệu gồm tên cơ quan và đơn vị soạn thảo, ví dụ 45/UBND-VP; công văn của Đảng mới viết 45-CV/ĐU',
    en: 'A State official letter carries no "CV" code ("{input}"): its symbol is the issuing body and the drafting unit, e.g. 45/UBND-VP; only Party letters read 45-CV/ĐU',
  },
  SYMBOL_MALFORMED: {
    kind: 'invalid',
    vi: 'Số, ký hiệu "{input}" không đúng dạng: văn bản nhà nước viết như 12/QĐ-UBND, 45/UBND-VP, 30/2020/NĐ-CP; văn bản của Đảng viết như 82-KL/TW',
    en: 'The number and symbol "{input}" is malformed: State documents read like 12/QĐ-UBND, 45/UBND-VP, 30/2020/NĐ-CP; Party documents like 82-KL/TW',
  },
});

export type SymbolErrorCode = (typeof symbolError.codes)[number];
