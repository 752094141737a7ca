import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCredentialsSource } from '../client-credentials.js';
import { createTokenVerifier, type TokenVerifier } from '../verifier.js';
import { loginWithPassword, LoginRefusedError } from '../testing/index.js';
import { createDevIssuer, type DevIssuer } from './index.js';

const realmFile = new URL('../../../../infra/keycloak/realm.json', import.meta.url);
const realm: unknown = JSON.parse(readFileSync(realmFile, 'utf8'));
const PASSWORD = 'LienThong@2025';

describe('createDevIssuer with infra/keycloak/realm.json', () => {
  let server: Server;
  let devIssuer: DevIssuer;
  let issuer: string;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    // The issuer URL needs the port, so the issuer is mounted once the server listens.
    const mounted: { handle?: DevIssuer['handle'] } = {};
    server = createServer((req, res) => {
      if (!mounted.handle) return void res.writeHead(503).end();
      mounted.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    devIssuer = await createDevIssuer({ issuerUrl: `http://127.0.0.1:${port}/realms/lienthong`, realm });
    mounted.handle = devIssuer.handle;
    issuer = devIssuer.issuer;
    verifier = createTokenVerifier({ issuer, audience: 'lienthong-api' });
  });

  afterAll(async () => {
    await devIssuer.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('publishes a discovery document with Keycloak-style endpoints, PKCE S256 only', async () => {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${issuer}/protocol/openid-connect/token`,
      jwks_uri: `${issuer}/protocol/openid-connect/certs`,
      userinfo_endpoint: `${issuer}/protocol/openid-connect/userinfo`,
      end_session_endpoint: `${issuer}/protocol/openid-connect/logout`,
      introspection_endpoint: `${issuer}/protocol/openid-connect/token/introspect`,
      revocation_endpoint: `${issuer}/protocol/openid-connect/revoke`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(discovery['grant_types_supported']).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
    );
  });

  it('serves only public keys at the certs endpoint', async () => {
    const { keys } = (await (await fetch(`${issuer}/protocol/openid-connect/certs`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: devIssuer.jwks.keys[0]?.kid });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('shows a Vietnamese login form when the portal starts an authorization with PKCE', async () => {
    const authorize = new URL(`${issuer}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'portal',
      redirect_uri: 'http://localhost:8080/van-ban-den',
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    const redirect = await fetch(authorize, { redirect: 'manual' });
    expect(redirect.status).toBe(303);
    const location = new URL(redirect.headers.get('location') ?? '', issuer);
    expect(location.pathname).toMatch(/^\/realms\/lienthong\/interaction\/[\w-]+$/);
    const cookies = redirect.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const page = await fetch(location, { headers: { cookie: cookies } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Tên đăng nhập');
    expect(html).toContain('Mật khẩu');
    expect(html).toContain(`action="${location.pathname}/login"`);
  });

  it('refuses an authorization request without PKCE', async () => {
    const authorize = new URL(`${issuer}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'portal',
      redirect_uri: 'http://localhost:8080/',
      response_type: 'code',
      scope: 'openid',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe('http://localhost:8080');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('refuses a redirect URI outside the portal client’s patterns', async () => {
    const authorize = new URL(`${issuer}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'portal',
      redirect_uri: 'http://evil.example/callback',
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('redirect_uri');
  });

  it('logs a realm user in through authorization code + PKCE and issues a JWT access token the verifier accepts', async () => {
    const tokens = await loginWithPassword({
      issuer,
      username: 'lanhdao.hoanghoa',
      password: PASSWORD,
      redirectUri: 'http://127.0.0.1:8080/',
    });
    expect(tokens.tokenType).toBe('Bearer');
    expect(tokens.expiresIn).toBe(300);
    expect(tokens.refreshToken).not.toBeNull();
    // keycloak-js decodes refresh tokens as JWTs too (Keycloak's are): ours must decode.
    expect(decodeJwt(tokens.refreshToken ?? '')).toMatchObject({ typ: 'Refresh', exp: expect.any(Number) });
    expect(decodeProtectedHeader(tokens.accessToken)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    const claims = decodeJwt(tokens.accessToken);
    expect(claims).toMatchObject({
      iss: issuer,
      aud: 'lienthong-api',
      typ: 'Bearer',
      azp: 'portal',
      preferred_username: 'lanhdao.hoanghoa',
      org_id: 'th-ubnd-xa-hoang-hoa',
      realm_access: { roles: expect.arrayContaining(['lanh-dao']) },
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300);

    const verified = await verifier.verify(tokens.accessToken);
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.value).toMatchObject({
      kind: 'user',
      username: 'lanhdao.hoanghoa',
      roles: ['lanh-dao'],
      orgId: 'th-ubnd-xa-hoang-hoa',
      clientId: 'portal',
    });
    expect(verified.value.subject).toBe(claims.sub);

    const idToken = decodeJwt(tokens.idToken ?? '');
    expect(idToken).toMatchObject({ aud: 'portal', sub: claims.sub, preferred_username: 'lanhdao.hoanghoa' });
  });

  it('returns the code in the fragment when asked, as keycloak-js asks by default', async () => {
    const tokens = await loginWithPassword({
      issuer,
      username: 'vanthu.hoangtien',
      password: PASSWORD,
      responseMode: 'fragment',
    });
    const verified = await verifier.verify(tokens.accessToken);
    expect(verified.ok && verified.value.orgId).toBe('th-ubnd-xa-hoang-tien');
  });

  it('gives a user the same subject at every login', async () => {
    const first = await loginWithPassword({ issuer, username: 'vanthu.tinh', password: PASSWORD });
    const second = await loginWithPassword({ issuer, username: 'VanThu.Tinh', password: PASSWORD });
    expect(decodeJwt(first.accessToken).sub).toBe(decodeJwt(second.accessToken).sub);
  });

  it('answers a wrong password with the form again and "Tên đăng nhập hoặc mật khẩu không đúng"', async () => {
    const refused = await loginWithPassword({ issuer, username: 'vanthu.tinh', password: 'sai-mat-khau' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(LoginRefusedError);
    const page = (refused as LoginRefusedError).page;
    expect(page).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(page).toContain('value="vanthu.tinh"');
  });

  it('refuses an unknown user the same way', async () => {
    await expect(loginWithPassword({ issuer, username: 'khong.ton.tai', password: PASSWORD })).rejects.toBeInstanceOf(
      LoginRefusedError,
    );
  });

  it('issues a client-credentials JWT to the intake service that the verifier reads as a service principal', async () => {
    const source = createClientCredentialsSource({
      tokenUrl: `${issuer}/protocol/openid-connect/token`,
      clientId: 'intake',
      clientSecret: 'dev-secret-intake',
    });
    const token = await source.getToken();
    expect(decodeJwt(token)).toMatchObject({
      aud: 'lienthong-api',
      azp: 'intake',
      typ: 'Bearer',
      preferred_username: 'service-account-intake',
    });
    const verified = await verifier.verify(token);
    expect(verified.ok && verified.value).toMatchObject({
      kind: 'service',
      username: 'service-account-intake',
      clientId: 'intake',
      roles: [],
      orgId: null,
    });
  });

  it('refuses client credentials with a wrong secret, naming the client and the status', async () => {
    const source = createClientCredentialsSource({
      tokenUrl: `${issuer}/protocol/openid-connect/token`,
      clientId: 'intake',
      clientSecret: 'wrong',
    });
    await expect(source.getToken()).rejects.toThrow(/client "intake".*HTTP 401.*invalid_client/);
  });

  it('answers userinfo for the access token like Keycloak does', async () => {
    const tokens = await loginWithPassword({ issuer, username: 'chuyenvien.tinh', password: PASSWORD });
    const response = await fetch(`${issuer}/protocol/openid-connect/userinfo`, {
      headers: { authorization: `Bearer ${tokens.accessToken}` },
    });
    expect(response.status).toBe(200);
    const userinfo = (await response.json()) as Record<string, unknown>;
    expect(userinfo).toMatchObject({
      sub: decodeJwt(tokens.accessToken).sub,
      preferred_username: 'chuyenvien.tinh',
      org_id: 'th-ubnd-tinh',
      email: 'chuyenvien.tinh@lienthong.test',
    });
    const refused = await fetch(`${issuer}/protocol/openid-connect/userinfo`, {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('renews tokens with the refresh token, still as JWTs for the API', async () => {
    const tokens = await loginWithPassword({ issuer, username: 'thuky.tinh', password: PASSWORD });
    const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refreshToken ?? '',
        client_id: 'portal',
      }).toString(),
    });
    expect(response.status).toBe(200);
    const renewed = (await response.json()) as { access_token: string };
    const verified = await verifier.verify(renewed.access_token);
    expect(verified.ok && verified.value.roles).toEqual(['thu-ky-hop']);
  });

  it('lets the portal’s origin, and no other, call the token and userinfo endpoints from a browser', async () => {
    const tokens = await loginWithPassword({ issuer, username: 'vanthu.hoanghoa', password: PASSWORD });
    const refresh = (origin: string) =>
      fetch(`${issuer}/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: tokens.refreshToken ?? '',
          client_id: 'portal',
        }).toString(),
      });
    const refused = await refresh('http://evil.example');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await refresh('http://127.0.0.1:8080');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');

    const userinfo = (origin: string) =>
      fetch(`${issuer}/protocol/openid-connect/userinfo`, {
        headers: { origin, authorization: `Bearer ${tokens.accessToken}` },
      });
    expect((await userinfo('http://localhost:8080')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:8080',
    );
    expect((await userinfo('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('signs a user in again without the form while the session lasts, and not after logout', async () => {
    const browser = new Map<string, string>();
    const tokens = await loginWithPassword({ issuer, username: 'luutru.tinh', password: PASSWORD, cookies: browser });
    // An open session: no form, so even a wrong password is never asked for.
    await expect(
      loginWithPassword({ issuer, username: 'luutru.tinh', password: 'unused', cookies: browser }),
    ).resolves.toMatchObject({ tokenType: 'Bearer' });

    const cookie = () => [...browser].map(([name, value]) => `${name}=${value}`).join('; ');
    const logout = new URL(`${issuer}/protocol/openid-connect/logout`);
    logout.search = new URLSearchParams({
      client_id: 'portal',
      id_token_hint: tokens.idToken ?? '',
      post_logout_redirect_uri: 'http://localhost:8080/',
    }).toString();
    const confirmation = await fetch(logout, { headers: { cookie: cookie() }, redirect: 'manual' });
    expect(confirmation.status).toBe(200);
    const html = await confirmation.text();
    expect(html).toContain('Đang đăng xuất');
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)">/.exec(html)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const done = await fetch(new URL(action, issuer), {
      method: 'POST',
      headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
      redirect: 'manual',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('http://localhost:8080/');

    await expect(
      loginWithPassword({ issuer, username: 'luutru.tinh', password: 'unused', cookies: browser }),
    ).rejects.toBeInstanceOf(LoginRefusedError);
  });

  it('refuses a post-logout redirect URI the portal did not register', async () => {
    const logout = new URL(`${issuer}/protocol/openid-connect/logout`);
    logout.search = new URLSearchParams({
      client_id: 'portal',
      post_logout_redirect_uri: 'http://evil.example/',
    }).toString();
    const response = await fetch(logout, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('post_logout_redirect_uri');
  });

  it('answers 404 outside its prefix and 503 once closed', async () => {
    expect((await fetch(new URL('/realms/khac/protocol/openid-connect/certs', issuer))).status).toBe(404);
    const other = await createDevIssuer({ issuerUrl: 'http://127.0.0.1/realms/lienthong', realm });
    const otherServer = createServer((req, res) => void other.handle(req, res));
    await new Promise<void>((resolve) => otherServer.listen(0, '127.0.0.1', resolve));
    const { port } = otherServer.address() as AddressInfo;
    const discovery = `http://127.0.0.1:${port}/realms/lienthong/.well-known/openid-configuration`;
    expect((await fetch(discovery)).status).toBe(200);
    await other.close();
    expect((await fetch(discovery)).status).toBe(503);
    await new Promise<void>((resolve) => otherServer.close(() => resolve()));
  });
});
