import { readFileSync } from 'node:fs';
import { createClientCredentialsSource, createTokenVerifier, type TokenVerifier } from '@lienthong/auth';
import { createDevIssuer, type DevIssuer } from '@lienthong/auth/dev-issuer';
import { createTestIssuer, loginWithPassword, type TestIssuer } from '@lienthong/auth/testing';
import { createLogger } from '@lienthong/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient, TRPCClientError } from './client.js';
import { createServer, type ServiceServer } from './server.js';
import { createGuardedApi, type GuardedRouter } from './test-fixtures/guarded-service.js';

const logger = createLogger({ name: 'auth-test', level: 'silent' });

async function clientError(promise: Promise<unknown>): Promise<TRPCClientError<GuardedRouter>> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`);
  return error as TRPCClientError<GuardedRouter>;
}

describe('a service with authenticateRequest, protectedProcedure and requireRoles over HTTP', () => {
  let issuer: TestIssuer;
  let http: ServiceServer;
  let url: string;
  let guarded: ReturnType<typeof createGuardedApi>;
  const clientWith = (token: string | undefined) =>
    createServiceClient<GuardedRouter>({
      url: `${url}/trpc`,
      headers: () => (token === undefined ? {} : { authorization: `Bearer ${token}` }),
    });

  beforeAll(async () => {
    issuer = await createTestIssuer();
    guarded = createGuardedApi(createTokenVerifier({ issuer: issuer.issuer, audience: 'lienthong-api' }));
    http = createServer({ logger, services: [{ api: guarded.api, basePath: '/trpc' }] });
    ({ url } = await http.listen(0, '127.0.0.1'));
  });

  afterAll(async () => {
    await http.close();
    await issuer.close();
  });

  it('answers a protected procedure without a token with 401 and TOKEN_MISSING', async () => {
    const response = await fetch(`${url}/trpc/me`);
    expect(response.status).toBe(401);
    const error = await clientError(clientWith(undefined).me.query());
    expect(error.data?.code).toBe('UNAUTHORIZED');
    expect(error.data?.domain).toMatchObject({ code: 'TOKEN_MISSING', kind: 'unauthenticated' });
  });

  it.each([
    ['an expired token', { expiresInSeconds: -300 }, 'TOKEN_EXPIRED'],
    ['a wrongly signed token', { signWithForeignKey: true }, 'TOKEN_SIGNATURE_INVALID'],
    ['a token for another audience', { audience: 'account' }, 'TOKEN_AUDIENCE_INVALID'],
    ['a token from another issuer', { issuer: 'http://127.0.0.1:9/realms/lienthong' }, 'TOKEN_ISSUER_INVALID'],
  ] as const)('answers %s with 401 and the reason, doing nothing', async (_label, mint, code) => {
    const token = await issuer.mintToken(mint);
    const before = guarded.registered.length;
    const error = await clientError(clientWith(token).documents.register.mutate({ title: 'Công văn 12' }));
    expect(error.data?.httpStatus).toBe(401);
    expect(error.data?.domain?.code).toBe(code);
    expect(error.data?.domain?.messageVi).toMatch(/mã truy cập/i);
    expect(guarded.registered.length).toBe(before);
  });

  it('answers a valid token without the role with 403 and ROLE_REQUIRED, doing nothing', async () => {
    const token = await issuer.mintToken({ username: 'chuyenvien.tinh', roles: ['chuyen-vien'] });
    const before = guarded.registered.length;
    const error = await clientError(clientWith(token).documents.register.mutate({ title: 'Công văn 13' }));
    expect(error.data?.httpStatus).toBe(403);
    expect(error.data?.domain).toMatchObject({
      code: 'ROLE_REQUIRED',
      kind: 'forbidden',
      messageVi: 'Tài khoản chuyenvien.tinh không có quyền: cần một trong các vai trò van-thu',
    });
    expect(guarded.registered.length).toBe(before);
  });

  it('runs the procedure for a valid token with the role, with the principal in the context', async () => {
    const token = await issuer.mintToken({ username: 'vanthu.hoanghoa', orgId: 'th-ubnd-xa-hoang-hoa' });
    const result = await clientWith(token).documents.register.mutate({ title: 'Công văn 14' });
    expect(result.count).toBeGreaterThan(0);
    expect(guarded.registered.at(-1)).toBe('Công văn 14 (vanthu.hoanghoa, th-ubnd-xa-hoang-hoa)');
  });

  it('leaves public procedures open and tells them why a token was refused', async () => {
    const expired = await issuer.mintToken({ expiresInSeconds: -300 });
    await expect(clientWith(expired).whoAmI.query()).resolves.toEqual({ username: null, refused: 'TOKEN_EXPIRED' });
    await expect(clientWith(undefined).whoAmI.query()).resolves.toEqual({ username: null, refused: null });
  });
});

describe('the all-in-one shape: the development issuer and a service on one server', () => {
  let http: ServiceServer;
  let url: string;
  let devIssuer: DevIssuer;
  let guarded: ReturnType<typeof createGuardedApi>;

  beforeAll(async () => {
    // The issuer URL needs the port: the issuer and the verifier are set once the server listens.
    const late: { handle?: DevIssuer['handle']; verifier?: TokenVerifier } = {};
    guarded = createGuardedApi({
      verifyAuthorizationHeader: (header) => {
        if (!late.verifier) throw new Error('the verifier is set once the server listens');
        return late.verifier.verifyAuthorizationHeader(header);
      },
    });
    http = createServer({
      logger,
      services: [{ api: guarded.api, basePath: '/api/guarded/trpc' }],
      routes: [{ prefix: '/realms/lienthong', handle: (req, res) => late.handle?.(req, res) }],
    });
    ({ url } = await http.listen(0, '127.0.0.1'));
    const realm: unknown = JSON.parse(
      readFileSync(new URL('../../../infra/keycloak/realm.json', import.meta.url), 'utf8'),
    );
    devIssuer = await createDevIssuer({ issuerUrl: `${url}/realms/lienthong`, realm });
    late.handle = devIssuer.handle;
    // The host's own keys, without an HTTP request to itself.
    const jwks = JSON.stringify(devIssuer.jwks);
    late.verifier = createTokenVerifier({
      issuer: devIssuer.issuer,
      audience: 'lienthong-api',
      fetchJwks: async () => new Response(jwks, { headers: { 'content-type': 'application/json' } }),
    });
  });

  afterAll(async () => {
    await devIssuer.close();
    await http.close();
  });

  it('lets a realm user who logged in at the built-in issuer call a role-guarded procedure', async () => {
    const tokens = await loginWithPassword({
      issuer: devIssuer.issuer,
      username: 'vanthu.tinh',
      password: 'LienThong@2025',
    });
    const client = createServiceClient<GuardedRouter>({
      url: `${url}/api/guarded/trpc`,
      headers: () => ({ authorization: `Bearer ${tokens.accessToken}` }),
    });
    await expect(client.me.query()).resolves.toMatchObject({ username: 'vanthu.tinh', orgId: 'th-ubnd-tinh' });
    await expect(client.documents.register.mutate({ title: 'Tờ trình 3' })).resolves.toMatchObject({ count: 1 });
  });

  it('lets a service call with a client-credentials token, and refuses it the clerk’s role', async () => {
    const source = createClientCredentialsSource({
      tokenUrl: `${devIssuer.issuer}/protocol/openid-connect/token`,
      clientId: 'intake',
      clientSecret: 'dev-secret-intake',
    });
    const client = createServiceClient<GuardedRouter>({
      url: `${url}/api/guarded/trpc`,
      headers: async () => ({ authorization: `Bearer ${await source.getToken()}` }),
    });
    await expect(client.me.query()).resolves.toMatchObject({ kind: 'service', clientId: 'intake' });
    const error = await clientError(client.documents.register.mutate({ title: 'Tờ trình 4' }));
    expect(error.data?.domain?.code).toBe('ROLE_REQUIRED');
  });
});
