import { defineErrors } from '@lienthong/kernel';

/**
 * Why a file was refused or could not be read. `STORAGE_CORRUPTED` is `conflict`: the bytes on disk contradict the
 * address they are stored under, which no retry by the caller can fix. `STORAGE_UNAVAILABLE` is `conflict` too, for
 * want of a better kind: the kernel has no "unavailable" kind (503), and the caller's request is not at fault.
 */
export const storageError = defineErrors({
  STORAGE_TOO_LARGE: {
    kind: 'invalid',
    vi: 'Tệp quá lớn: vượt giới hạn {maxBytes} byte, không lưu gì',
    en: 'The file is too large: it exceeds the limit of {maxBytes} bytes; nothing was stored',
  },
  STORAGE_TYPE_NOT_ALLOWED: {
    kind: 'invalid',
    vi: 'Không nhận loại tệp {contentType}; chỉ nhận: {allowed}',
    en: 'File type {contentType} is not accepted; accepted types: {allowed}',
  },
  STORAGE_TYPE_MISMATCH: {
    kind: 'invalid',
    vi: 'Nội dung không khớp loại đã khai báo: tệp không phải {label} ({contentType}), không lưu gì',
    en: 'The content does not match the declared type: the file is not a {label} ({contentType}); nothing was stored',
  },
  STORAGE_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy tệp có mã SHA-256 {sha256}',
    en: 'No file with SHA-256 {sha256}',
  },
  STORAGE_CORRUPTED: {
    kind: 'conflict',
    vi: 'Tệp {sha256} bị hỏng: mã SHA-256 của nội dung là {actual}, không khớp',
    en: 'File {sha256} is corrupted: its content hashes to SHA-256 {actual}',
  },
  STORAGE_HASH_INVALID: {
    kind: 'invalid',
    vi: 'Mã SHA-256 không hợp lệ: cần đúng 64 ký tự thập lục phân viết thường (nhận được {value})',
    en: 'Invalid SHA-256: exactly 64 lowercase hexadecimal characters are required (got {value})',
  },
  STORAGE_UNAVAILABLE: {
    kind: 'conflict',
    vi: 'Không dùng được kho tệp S3 {target} ({operation}: {reason}); kiểm tra địa chỉ, bucket và khóa truy cập STORAGE_S3_*',
    en: 'The S3 file store {target} cannot be used ({operation}: {reason}); check the STORAGE_S3_* endpoint, bucket and keys',
  },
});

export type StorageErrorCode = (typeof storageError.codes)[number];
