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
});

export type DocumentsErrorCode = (typeof documentsError.codes)[number];
