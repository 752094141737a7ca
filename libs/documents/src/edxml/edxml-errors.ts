import { defineErrors } from '@lienthong/kernel';

/** Every way an edXML (QCVN 102:2016) package can be refused, built or read: one kind and one pair of messages per code. */
export const edxmlError = defineErrors({
  EDXML_INVALID_DOCUMENT: {
    kind: 'invalid',
    vi: 'Siêu dữ liệu văn bản hoặc tệp đính kèm không hợp lệ để đóng gói edXML: {summary}',
    en: 'Document metadata or attachments are not valid for an edXML package: {summary}',
  },
  EDXML_INVALID_STATUS: {
    kind: 'invalid',
    vi: 'Thông điệp trạng thái edXML không hợp lệ: {summary}',
    en: 'The edXML status message is not valid: {summary}',
  },
  EDXML_TOO_LARGE: {
    kind: 'invalid',
    vi: 'Gói edXML dài hơn giới hạn {limit} byte',
    en: 'The edXML package is larger than the limit of {limit} bytes',
  },
  EDXML_DTD_FORBIDDEN: {
    kind: 'invalid',
    vi: 'Gói edXML có khai báo {construct}; vì lý do an toàn, hệ thống không nhận DTD và thực thể (entity)',
    en: 'The edXML package contains a {construct} declaration; DTDs and entities are refused for safety',
  },
  EDXML_PROCESSING_INSTRUCTION_FORBIDDEN: {
    kind: 'invalid',
    vi: 'Gói edXML có chỉ thị xử lý (processing instruction) ngoài phần khai báo XML; hệ thống không nhận',
    en: 'The edXML package contains a processing instruction other than the XML declaration; it is refused',
  },
  EDXML_MALFORMED: {
    kind: 'invalid',
    vi: 'Gói edXML không đúng cú pháp XML: {reason}',
    en: 'The edXML package is not well-formed XML: {reason}',
  },
  EDXML_TOO_DEEP: {
    kind: 'invalid',
    vi: 'Gói edXML lồng nhau quá {limit} cấp phần tử',
    en: 'The edXML package nests elements more than {limit} levels deep',
  },
  EDXML_TOO_MANY_ATTACHMENTS: {
    kind: 'invalid',
    vi: 'Gói edXML có {count} tệp đính kèm, vượt giới hạn {limit} tệp',
    en: 'The edXML package has {count} attachments, more than the limit of {limit}',
  },
  EDXML_NOT_EDXML: {
    kind: 'invalid',
    vi: 'Tài liệu XML có phần tử gốc {root}, không phải gói edXML',
    en: 'The XML document has root element {root}, which is not an edXML package',
  },
  EDXML_FIELD_MISSING: {
    kind: 'invalid',
    vi: 'Gói edXML thiếu trường {field}',
    en: 'The edXML package lacks the field {field}',
  },
  EDXML_FIELD_INVALID: {
    kind: 'invalid',
    vi: 'Trường {field} của gói edXML có giá trị không đọc được: "{value}"',
    en: 'The edXML field {field} has a value that cannot be read: "{value}"',
  },
  EDXML_ATTACHMENT_ENCODING_INVALID: {
    kind: 'invalid',
    vi: 'Tệp đính kèm "{name}" không được mã hóa base64 đúng cách',
    en: 'Attachment "{name}" is not valid base64',
  },
  EDXML_STATUS_CODE_UNKNOWN: {
    kind: 'invalid',
    vi: 'Mã trạng thái edXML "{code}" không có trong danh mục',
    en: 'The edXML status code "{code}" is not in the list',
  },
});

export type EdxmlErrorCode = (typeof edxmlError.codes)[number];
