import { defineErrors } from '@lienthong/kernel';

/**
 * Why a request was refused. `unauthenticated` codes (401) name what is wrong with the token; `forbidden` codes
 * (403) are for a valid token that lacks a role or an organisation unit.
 */
export const authError = defineErrors({
  TOKEN_MISSING: {
    kind: 'unauthenticated',
    vi: 'Chưa đăng nhập: yêu cầu không có mã truy cập (Authorization: Bearer …)',
    en: 'Not signed in: the request has no access token (Authorization: Bearer …)',
  },
  TOKEN_MALFORMED: {
    kind: 'unauthenticated',
    vi: 'Mã truy cập không đúng định dạng: {reason}',
    en: 'The access token is malformed: {reason}',
  },
  TOKEN_EXPIRED: {
    kind: 'unauthenticated',
    vi: 'Mã truy cập đã hết hạn lúc {expiredAt}, cần đăng nhập lại',
    en: 'The access token expired at {expiredAt}; sign in again',
  },
  TOKEN_SIGNATURE_INVALID: {
    kind: 'unauthenticated',
    vi: 'Chữ ký của mã truy cập không hợp lệ: không khớp khóa nào của {issuer}',
    en: 'The access token signature is invalid: it matches no key of {issuer}',
  },
  TOKEN_ISSUER_INVALID: {
    kind: 'unauthenticated',
    vi: 'Mã truy cập do {actual} cấp, không phải {expected}',
    en: 'The access token was issued by {actual}, not {expected}',
  },
  TOKEN_AUDIENCE_INVALID: {
    kind: 'unauthenticated',
    vi: 'Mã truy cập không dành cho {expected} (đối tượng: {actual})',
    en: 'The access token is not meant for {expected} (audience: {actual})',
  },
  TOKEN_NOT_YET_VALID: {
    kind: 'unauthenticated',
    vi: 'Mã truy cập chưa có hiệu lực (có hiệu lực từ {notBefore})',
    en: 'The access token is not valid yet (valid from {notBefore})',
  },
  ROLE_REQUIRED: {
    kind: 'forbidden',
    vi: 'Tài khoản {username} không có quyền: cần một trong các vai trò {roles}',
    en: 'Account {username} is not allowed: one of the roles {roles} is required',
  },
  ORG_REQUIRED: {
    kind: 'forbidden',
    vi: 'Tài khoản {username} chưa được gán đơn vị (org_id)',
    en: 'Account {username} belongs to no organisation unit (org_id)',
  },
});

export type AuthErrorCode = (typeof authError.codes)[number];
