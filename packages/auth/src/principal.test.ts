import { describe, expect, it } from 'vitest';
import { hasRole, principalFromClaims, requireOrgId, type Principal } from './principal.js';

/** The claims of a Keycloak 26 access token for vanthu.tinh (password grant of lienthong-tests). */
const keycloakUserClaims = {
  exp: 1_795_856_633,
  iat: 1_795_856_333,
  jti: 'onrtro:08d8e704-fe8f-c85b-f930-074d48953ff3',
  iss: 'http://127.0.0.1:8180/realms/lienthong',
  aud: ['lienthong-api', 'account'],
  sub: '9bac3c89-7abd-481d-a1ae-63548e036f6f',
  typ: 'Bearer',
  azp: 'lienthong-tests',
  realm_access: { roles: ['default-roles-lienthong', 'offline_access', 'uma_authorization', 'van-thu'] },
  resource_access: { account: { roles: ['manage-account'] } },
  scope: 'openid email profile',
  email_verified: true,
  org_id: 'th-ubnd-tinh',
  name: 'Lan Nguyễn Thị',
  preferred_username: 'vanthu.tinh',
  given_name: 'Lan',
  family_name: 'Nguyễn Thị',
  email: 'vanthu.tinh@lienthong.test',
};

/** The claims of a Keycloak 26 client-credentials token for intake. */
const keycloakServiceClaims = {
  iss: 'http://127.0.0.1:8180/realms/lienthong',
  aud: ['lienthong-api', 'account'],
  sub: '22528eec-af08-4c61-b706-4fb8b143c1c8',
  typ: 'Bearer',
  azp: 'intake',
  realm_access: { roles: ['default-roles-lienthong', 'offline_access', 'uma_authorization'] },
  scope: 'email profile',
  email_verified: false,
  preferred_username: 'service-account-intake',
};

function principal(overrides: Partial<Principal> = {}): Principal {
  return {
    kind: 'user',
    subject: 's-1',
    username: 'lanhdao.tinh',
    name: 'Lê Văn Hùng',
    roles: ['lanh-dao'],
    orgId: 'th-ubnd-tinh',
    clientId: 'portal',
    ...overrides,
  };
}

describe('principalFromClaims', () => {
  it('reads a Keycloak user token: subject, user name, Vietnamese-order name, Liên Thông roles only, org_id, client', () => {
    expect(principalFromClaims(keycloakUserClaims)).toEqual({
      ok: true,
      value: {
        kind: 'user',
        subject: '9bac3c89-7abd-481d-a1ae-63548e036f6f',
        username: 'vanthu.tinh',
        name: 'Nguyễn Thị Lan',
        roles: ['van-thu'],
        orgId: 'th-ubnd-tinh',
        clientId: 'lienthong-tests',
      },
    });
  });

  it('reads a Keycloak service-account token as a service', () => {
    expect(principalFromClaims(keycloakServiceClaims)).toEqual({
      ok: true,
      value: {
        kind: 'service',
        subject: '22528eec-af08-4c61-b706-4fb8b143c1c8',
        username: 'service-account-intake',
        name: 'intake',
        roles: [],
        orgId: null,
        clientId: 'intake',
      },
    });
  });

  it('reads an RFC 9068 client-credentials token (subject = client_id, no user) as a service', () => {
    const result = principalFromClaims({ sub: 'routing', client_id: 'routing', aud: 'lienthong-api' });
    expect(result.ok && result.value).toMatchObject({
      kind: 'service',
      username: 'service-account-routing',
      clientId: 'routing',
    });
  });

  it('falls back to the name claim, then to the user name', () => {
    const named = principalFromClaims({ sub: 'u', preferred_username: 'quantri', name: 'Quản trị hệ thống' });
    expect(named.ok && named.value.name).toBe('Quản trị hệ thống');
    const bare = principalFromClaims({ sub: 'u', preferred_username: 'quantri' });
    expect(bare.ok && bare.value.name).toBe('quantri');
  });

  it('takes the first org_id of a multivalued claim and treats a blank one as none', () => {
    const many = principalFromClaims({ sub: 'u', org_id: ['th-ubnd-xa-hoang-hoa', 'th-ubnd-tinh'] });
    expect(many.ok && many.value.orgId).toBe('th-ubnd-xa-hoang-hoa');
    const blank = principalFromClaims({ sub: 'u', org_id: ' ' });
    expect(blank.ok && blank.value.orgId).toBeNull();
  });

  it('keeps each role once and ignores a realm_access that is not an object with roles', () => {
    const twice = principalFromClaims({ sub: 'u', realm_access: { roles: ['van-thu', 'van-thu', 42, 'luu-tru'] } });
    expect(twice.ok && twice.value.roles).toEqual(['van-thu', 'luu-tru']);
    const odd = principalFromClaims({ sub: 'u', realm_access: 'van-thu' });
    expect(odd.ok && odd.value.roles).toEqual([]);
  });

  it('rejects claims without a subject as TOKEN_MALFORMED', () => {
    const result = principalFromClaims({ preferred_username: 'vanthu.tinh' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'TOKEN_MALFORMED', kind: 'unauthenticated' });
    expect(result.error.messageVi).toBe('Mã truy cập không đúng định dạng: no subject (sub)');
  });
});

describe('hasRole', () => {
  it('is true when the principal has any of the roles', () => {
    expect(hasRole(principal(), 'van-thu', 'lanh-dao')).toBe(true);
  });

  it('is false when it has none of them, or when there is no principal', () => {
    expect(hasRole(principal(), 'quan-tri')).toBe(false);
    expect(hasRole(null, 'van-thu')).toBe(false);
  });
});

describe('requireOrgId', () => {
  it('returns the organisation unit of the principal', () => {
    expect(requireOrgId(principal())).toEqual({ ok: true, value: 'th-ubnd-tinh' });
  });

  it('refuses an account without a unit with ORG_REQUIRED (forbidden)', () => {
    const result = requireOrgId(principal({ orgId: null, username: 'service-account-intake' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'ORG_REQUIRED', kind: 'forbidden' });
    expect(result.error.messageVi).toBe('Tài khoản service-account-intake chưa được gán đơn vị (org_id)');
  });
});
