import { describe, expect, it } from 'vitest';
import { RELOGIN_STORAGE_KEY, createAuthSession, type OidcClient } from './session.js';

/** Stands in for keycloak-js (a third-party client): records calls, refreshes as told. */
class FakeOidcClient implements OidcClient {
  token: string | undefined = 'token-1';
  tokenParsed = { sub: 'u-1', name: 'Nguyễn Thị Lan', realm_access: { roles: ['van-thu'] }, org_id: 'th-ubnd-tinh' };
  refreshFails = false;
  calls: string[] = [];
  private issued = 1;

  async updateToken(minValidity?: number): Promise<boolean> {
    this.calls.push(`updateToken(${minValidity})`);
    if (this.refreshFails) throw new Error('refresh token expired');
    if (minValidity === -1) {
      this.issued += 1;
      this.token = `token-${this.issued}`;
      return true;
    }
    return false;
  }

  async login(): Promise<void> {
    this.calls.push('login');
  }

  async logout(options?: { redirectUri?: string }): Promise<void> {
    this.calls.push(`logout(${options?.redirectUri})`);
  }
}

class MemoryStorage {
  values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

function setup() {
  const client = new FakeOidcClient();
  const storage = new MemoryStorage();
  let now = 1_000_000;
  const session = createAuthSession(client, { now: () => now, storage, homeUrl: 'http://localhost:8080/' });
  return { client, storage, session, advance: (ms: number) => (now += ms) };
}

describe('createAuthSession', () => {
  it('reads the user from the token', () => {
    const { session } = setup();
    expect(session.user).toMatchObject({ displayName: 'Nguyễn Thị Lan', roles: ['van-thu'], orgId: 'th-ubnd-tinh' });
  });

  it('refreshes a token about to expire before handing it out', async () => {
    const { client, session } = setup();
    expect(await session.getToken()).toBe('token-1');
    expect(client.calls).toEqual(['updateToken(30)']);
  });

  it('sends the user to sign in when the token cannot be refreshed', async () => {
    const { client, session } = setup();
    client.refreshFails = true;
    await session.getToken();
    expect(client.calls).toEqual(['updateToken(30)', 'login']);
  });

  it('answers a 401 with one forced refresh shared by all failing requests', async () => {
    const { client, session } = setup();
    const outcomes = await Promise.all([session.recoverFromUnauthorized(), session.recoverFromUnauthorized()]);
    expect(outcomes).toEqual(['refreshed', 'refreshed']);
    expect(client.calls).toEqual(['updateToken(-1)']);
    expect(client.token).toBe('token-2');
  });

  it('signs in again when a fresh token is refused too, and gives up instead of looping', async () => {
    const { client, storage, session, advance } = setup();
    expect(await session.recoverFromUnauthorized()).toBe('refreshed');
    advance(1_000);
    expect(await session.recoverFromUnauthorized()).toBe('redirecting');
    expect(storage.getItem(RELOGIN_STORAGE_KEY)).toBe('1001000');
    advance(1_000);
    expect(await session.recoverFromUnauthorized()).toBe('rejected');
    expect(client.calls).toEqual(['updateToken(-1)', 'login']);
  });

  it('tries a refresh again once the rejection window has passed', async () => {
    const { client, session, advance } = setup();
    await session.recoverFromUnauthorized();
    advance(61_000);
    expect(await session.recoverFromUnauthorized()).toBe('refreshed');
    expect(client.calls).toEqual(['updateToken(-1)', 'updateToken(-1)']);
  });

  it('logs out back to the portal’s home page', async () => {
    const { client, session } = setup();
    await session.logout();
    expect(client.calls).toEqual(['logout(http://localhost:8080/)']);
  });
});
