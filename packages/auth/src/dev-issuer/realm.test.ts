import { describe, expect, it } from 'vitest';
import { developmentSubject } from '../subject.js';
import { fullName, readRealm, RealmFileError } from './realm.js';

/** The shape of infra/keycloak/realm.json, cut down to what the issuer reads. */
const realmExport = {
  realm: 'lienthong',
  accessTokenLifespan: 300,
  roles: { realm: [{ name: 'van-thu' }, { name: 'lanh-dao' }] },
  clients: [
    { clientId: 'portal', publicClient: true, redirectUris: ['http://localhost:8080/*'] },
    { clientId: 'intake', publicClient: false, secret: 'dev-secret-intake', serviceAccountsEnabled: true },
    { clientId: 'old', enabled: false },
  ],
  users: [
    {
      username: 'vanthu.tinh',
      firstName: 'Lan',
      lastName: 'Nguyễn Thị',
      email: 'vanthu.tinh@lienthong.test',
      attributes: { org_id: ['th-ubnd-tinh'] },
      credentials: [{ type: 'password', value: 'LienThong@2025' }],
      realmRoles: ['default-roles-lienthong', 'van-thu'],
    },
    { id: 'fixed-id', username: 'lanhdao.tinh', credentials: [{ type: 'password' }] },
    { username: 'service-account-intake', serviceAccountClientId: 'intake', realmRoles: ['default-roles-lienthong'] },
  ],
};

describe('readRealm', () => {
  it('indexes users with their password, org_id and roles, and keeps enabled clients', () => {
    const realm = readRealm(realmExport);
    expect(realm.name).toBe('lienthong');
    expect(realm.ttl).toEqual({ accessToken: 300, sessionIdle: 1800, sessionMax: 36_000 });
    expect(realm.clients.map((c) => c.clientId)).toEqual(['portal', 'intake']);
    expect(realm.accounts.get('vanthu.tinh')).toMatchObject({
      password: 'LienThong@2025',
      orgId: 'th-ubnd-tinh',
      realmRoles: ['default-roles-lienthong', 'van-thu'],
      enabled: true,
    });
    expect(realm.serviceAccounts.get('intake')?.username).toBe('service-account-intake');
  });

  it('gives a user without id a subject that is stable across restarts, and keeps a given id', () => {
    const first = readRealm(realmExport).accounts.get('vanthu.tinh')?.subject;
    expect(first).toBe(readRealm(realmExport).accounts.get('vanthu.tinh')?.subject);
    expect(first).toBe(developmentSubject('lienthong', 'vanthu.tinh'));
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(readRealm(realmExport).accounts.get('lanhdao.tinh')?.subject).toBe('fixed-id');
  });

  it('leaves a user whose credential has no plain value without a password', () => {
    expect(readRealm(realmExport).accounts.get('lanhdao.tinh')?.password).toBeNull();
  });

  it('writes the name claim as Keycloak does: first name, then last name', () => {
    const account = readRealm(realmExport).accounts.get('vanthu.tinh');
    expect(account && fullName(account)).toBe('Lan Nguyễn Thị');
  });

  it('refuses a file that is not a realm export, saying where', () => {
    expect(() => readRealm({ users: [{ username: 3 }] })).toThrow(RealmFileError);
    expect(() => readRealm({ users: [{ username: 3 }] })).toThrow(/realm: .*; users\.0\.username/);
  });
});
