import { defineErrors } from '@lienthong/kernel';

/**
 * Why a PDF could not be read. The `invalid` codes are about the file: reading it again gives the same answer. The
 * `conflict` codes are about this run (engine failed, too slow, cancelled) and may succeed on a retry;
 * `OCR_ENGINE_UNAVAILABLE` is about the machine (`not_found`: the programs it needs are not installed).
 */
export const ocrError = defineErrors({
  OCR_NOT_A_PDF: {
    kind: 'invalid',
    vi: 'Tệp không phải PDF: không có phần đầu "%PDF-"',
    en: 'The file is not a PDF: it has no "%PDF-" header',
  },
  OCR_DAMAGED: {
    kind: 'invalid',
    vi: 'Tệp PDF bị hỏng, không đọc được cấu trúc: {reason}',
    en: 'The PDF is damaged and its structure cannot be read: {reason}',
  },
  OCR_ENCRYPTED: {
    kind: 'invalid',
    vi: 'Tệp PDF được mã hóa (đặt mật khẩu), không nhận dạng được chữ; đề nghị nộp bản không mã hóa',
    en: 'The PDF is encrypted (password-protected); its text cannot be read; submit an unencrypted copy',
  },
  OCR_TOO_MANY_PAGES: {
    kind: 'invalid',
    vi: 'Tệp PDF có {pages} trang, vượt giới hạn {maxPages} trang được nhận dạng chữ tự động',
    en: 'The PDF has {pages} pages, more than the {maxPages} pages that are read automatically',
  },
  OCR_UNSUPPORTED_IMAGE: {
    kind: 'invalid',
    vi:
      'Trang {page} là ảnh nén kiểu {filter}, bộ nhận dạng chữ chạy trong Node.js không đọc được; ' +
      'cần cài tesseract-ocr, tesseract-ocr-vie và poppler-utils trên máy chủ',
    en:
      'Page {page} is an image compressed with {filter}, which the in-process (WebAssembly) reader cannot decode; ' +
      'install tesseract-ocr, tesseract-ocr-vie and poppler-utils on the server',
  },
  OCR_ENGINE_UNAVAILABLE: {
    kind: 'not_found',
    vi: 'Không dùng được bộ nhận dạng chữ {engine}: {reason}',
    en: 'The {engine} OCR engine cannot be used: {reason}',
  },
  OCR_ENGINE_FAILED: {
    kind: 'conflict',
    vi: 'Bộ nhận dạng chữ {engine} gặp lỗi khi đọc trang {page}: {reason}',
    en: 'The {engine} OCR engine failed on page {page}: {reason}',
  },
  OCR_TIMEOUT: {
    kind: 'conflict',
    vi: 'Quá thời gian cho phép ({timeoutMs} ms) khi {stepVi}; đã dừng nhận dạng chữ',
    en: 'Took longer than {timeoutMs} ms while {step}; OCR was stopped',
  },
  OCR_CANCELLED: {
    kind: 'conflict',
    vi: 'Việc nhận dạng chữ đã bị hủy',
    en: 'OCR was cancelled',
  },
});

export type OcrErrorCode = (typeof ocrError.codes)[number];
