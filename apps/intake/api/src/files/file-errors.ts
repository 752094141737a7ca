import { defineErrors } from '@lienthong/kernel';

/** Why an upload or a download over plain HTTP was refused (storage's own errors pass through unchanged). */
export const fileError = defineErrors({
  FILE_NAME_REQUIRED: {
    kind: 'invalid',
    vi: 'Thiếu tên tệp: gửi tên tệp trong tiêu đề X-File-Name (mã hóa URI), tối đa 255 ký tự',
    en: 'File name missing: send it in the X-File-Name header (URI-encoded), at most 255 characters',
  },
  FILE_CONTENT_TYPE_REQUIRED: {
    kind: 'invalid',
    vi: 'Thiếu loại tệp: gửi tiêu đề Content-Type (ví dụ application/pdf)',
    en: 'Content type missing: send a Content-Type header (e.g. application/pdf)',
  },
  FILE_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy tệp {reference} trong đơn vị của bạn',
    en: 'File {reference} not found in your unit',
  },
  UPLOAD_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy tệp đã tải lên {uploadId} (tệp phải do đơn vị của bạn tải lên)',
    en: 'Upload {uploadId} not found (it must have been uploaded by your unit)',
  },
  METHOD_NOT_ALLOWED: {
    kind: 'invalid',
    vi: 'Phương thức {method} không dùng được ở đây; dùng POST để tải lên, GET để tải về',
    en: 'Method {method} is not allowed here; POST uploads, GET downloads',
  },
});
