import { describe, expect, it } from 'vitest';
import { hasAnyRole, userFromToken } from './user.js';

describe('userFromToken', () => {
  it('writes the name family-first and keeps only the portal’s roles and the unit', () => {
    const user = userFromToken({
      sub: 'u-1',
      preferred_username: 'vanthu.tinh',
      given_name: 'Lan',
      family_name: 'Nguyễn Thị',
      name: 'Lan Nguyễn Thị',
      realm_access: { roles: ['default-roles-lienthong', 'offline_access', 'van-thu'] },
      org_id: 'th-ubnd-tinh',
    });
    expect(user).toEqual({
      id: 'u-1',
      displayName: 'Nguyễn Thị Lan',
      username: 'vanthu.tinh',
      roles: ['van-thu'],
      orgId: 'th-ubnd-tinh',
    });
  });

  it('falls back to name, then username, then subject', () => {
    expect(userFromToken({ sub: 's', name: 'Lê Văn Hùng' }).displayName).toBe('Lê Văn Hùng');
    expect(userFromToken({ sub: 's', preferred_username: 'lanhdao.tinh' }).displayName).toBe('lanhdao.tinh');
    expect(userFromToken({ sub: 's' }).displayName).toBe('s');
  });

  it('reads a multivalued org_id attribute and tolerates a token without roles or unit', () => {
    expect(userFromToken({ sub: 's', org_id: ['th-ubnd-xa-hoang-hoa'] }).orgId).toBe('th-ubnd-xa-hoang-hoa');
    expect(userFromToken({ sub: 's', realm_access: 'nonsense' })).toMatchObject({ roles: [], orgId: null });
    expect(userFromToken(undefined)).toMatchObject({ id: '', roles: [], orgId: null });
  });

  it('lists several roles in the portal’s order', () => {
    const user = userFromToken({ sub: 's', realm_access: { roles: ['quan-tri', 'lanh-dao'] } });
    expect(user.roles).toEqual(['lanh-dao', 'quan-tri']);
    expect(hasAnyRole(user, ['van-thu', 'lanh-dao'])).toBe(true);
    expect(hasAnyRole(user, ['van-thu'])).toBe(false);
  });
});
