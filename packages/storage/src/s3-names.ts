/**
 * The names an S3-compatible store is configured with, checked the same way by `./env` (zod) and by
 * `createS3FileStore` (plain options). No I/O, no dependency: `./env` imports this file.
 */

/** 3 to 63 letters, digits, dots, hyphens or underscores, starting and ending with a letter or digit. */
const BUCKET = /^[A-Za-z0-9][A-Za-z0-9._-]{1,61}[A-Za-z0-9]$/;

/** One folder of a key prefix: letters, digits, `.`, `_`, `-`, not starting with a dot (so no `.` or `..`). */
const PREFIX_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function isS3BucketName(value: string): boolean {
  return BUCKET.test(value);
}

/**
 * The key prefix as the store uses it: `''`, or folders joined by `/` with one trailing `/` (`files` and `/files/`
 * both give `files/`). `undefined` when a folder is empty or holds anything but letters, digits, `.`, `_` and `-`,
 * so a prefix can never climb out of the bucket (`..`) or need URL encoding.
 */
export function normalizeS3Prefix(value: string): string | undefined {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  return trimmed.split('/').every((segment) => PREFIX_SEGMENT.test(segment)) ? `${trimmed}/` : undefined;
}

/**
 * Why `value` cannot be an S3 endpoint, or `undefined` when it can: an `http:` or `https:` URL, optionally with a base
 * path, without user name, password, query or fragment (credentials go in the access keys, never in the URL).
 */
export function s3EndpointProblem(value: string): { vi: string; en: string } | undefined {
  if (!URL.canParse(value)) return { vi: 'không phải URL', en: 'not a URL' };
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { vi: 'phải bắt đầu bằng http:// hoặc https://', en: 'must start with http:// or https://' };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      vi: 'không được chứa tên đăng nhập hay mật khẩu (dùng khóa truy cập)',
      en: 'must not hold a user name or password (use the access keys)',
    };
  }
  if (url.search !== '' || url.hash !== '') {
    return { vi: 'không được có phần ?truy-vấn hay #đoạn', en: 'must not have a ?query or #fragment' };
  }
  return undefined;
}
