import { defineErrors } from '@lienthong/kernel';

/** Every rule violation of the documents domain: one kind and one pair of messages per code. */
export const documentsError = defineErrors({
  DOCUMENT_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy văn bản {documentId}',
    en: 'Document {documentId} not found',
  },
  DOCUMENT_DATE_IN_FUTURE: {
    kind: 'invalid',
    vi: 'Ngày văn bản {documentDate} sau ngày hôm nay ({today}); hãy kiểm tra lại ngày ký',
    en: 'Document date {documentDate} is after today ({today}); check the signing date',
  },
  DOCUMENT_DATE_TOO_OLD: {
    kind: 'invalid',
    vi: 'Ngày văn bản {documentDate} trước năm {minYear}; hãy kiểm tra lại',
    en: 'Document date {documentDate} is before {minYear}; check it',
  },
  OUTGOING_KIND_UNKNOWN: {
    kind: 'invalid',
    vi: 'Loại văn bản "{kindCode}" không có trong hệ thống văn bản {system}',
    en: 'Document kind "{kindCode}" does not exist in the {system} system',
  },
  OUTGOING_KIND_NOT_NUMBERED: {
    kind: 'invalid',
    vi: '{kindName} không có số, ký hiệu nên không phát hành qua sổ văn bản đi',
    en: '{kindName} carries no number and symbol, so it is not issued through the outgoing register',
  },
  OUTGOING_KIND_NOT_LOCAL: {
    kind: 'invalid',
    vi: '{kindName} chỉ do cơ quan trung ương ban hành',
    en: '{kindName} is issued only by central bodies',
  },
  OUTGOING_UNIT_CODE_REQUIRED: {
    kind: 'invalid',
    vi: 'Công văn cần ký hiệu đơn vị soạn thảo (ví dụ 45/UBND-VP: VP)',
    en: 'A công văn needs the drafting unit code (e.g. VP in 45/UBND-VP)',
  },
});

export type DocumentsErrorCode = (typeof documentsError.codes)[number];
