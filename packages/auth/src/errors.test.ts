import { describe, expect, it } from 'vitest';
import { authError } from './errors.js';

describe('authError', () => {
  it('has one unauthenticated code per reason a token is refused, and forbidden codes for roles and units', () => {
    const kinds = Object.fromEntries(authError.codes.map((code) => [code, authError.catalog[code].kind]));
    expect(kinds).toEqual({
      TOKEN_MISSING: 'unauthenticated',
      TOKEN_MALFORMED: 'unauthenticated',
      TOKEN_EXPIRED: 'unauthenticated',
      TOKEN_SIGNATURE_INVALID: 'unauthenticated',
      TOKEN_ISSUER_INVALID: 'unauthenticated',
      TOKEN_AUDIENCE_INVALID: 'unauthenticated',
      TOKEN_NOT_YET_VALID: 'unauthenticated',
      ROLE_REQUIRED: 'forbidden',
      ORG_REQUIRED: 'forbidden',
    });
  });

  it('writes Vietnamese and English messages that name the reason', () => {
    const error = authError('TOKEN_AUDIENCE_INVALID', { expected: 'lienthong-api', actual: 'account' });
    expect(error.messageVi).toBe('Mã truy cập không dành cho lienthong-api (đối tượng: account)');
    expect(error.messageEn).toBe('The access token is not meant for lienthong-api (audience: account)');
    const role = authError('ROLE_REQUIRED', { username: 'chuyenvien.tinh', roles: 'van-thu, lanh-dao' });
    expect(role.messageVi).toBe(
      'Tài khoản chuyenvien.tinh không có quyền: cần một trong các vai trò van-thu, lanh-dao',
    );
  });
});
