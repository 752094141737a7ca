import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestIssuer, type TestIssuer } from './testing/index.js';
import { createTokenVerifier, type TokenVerifier, type VerifyResult } from './verifier.js';

function errorOf(result: VerifyResult) {
  if (result.ok) throw new Error(`expected a refusal, got principal ${result.value.username}`);
  return result.error;
}

describe('createTokenVerifier against a real JWKS over HTTP', () => {
  let testIssuer: TestIssuer;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    testIssuer = await createTestIssuer();
    verifier = createTokenVerifier({ issuer: testIssuer.issuer, audience: 'lienthong-api' });
  });

  afterAll(() => testIssuer.close());

  it('accepts a good token and maps it to a principal', async () => {
    const token = await testIssuer.mintToken({
      username: 'lanhdao.hoanghoa',
      roles: ['lanh-dao', 'offline_access', 'uma_authorization'],
      orgId: 'th-ubnd-xa-hoang-hoa',
      claims: { given_name: 'Minh', family_name: 'Trần Văn', name: 'Minh Trần Văn' },
    });
    const result = await verifier.verify(token);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'user',
        subject: expect.stringMatching(/^[0-9a-f-]{36}$/),
        username: 'lanhdao.hoanghoa',
        name: 'Trần Văn Minh',
        roles: ['lanh-dao'],
        orgId: 'th-ubnd-xa-hoang-hoa',
        clientId: 'portal',
      },
    });
  });

  it('reads a Bearer Authorization header, whatever the case of the scheme', async () => {
    const token = await testIssuer.mintToken();
    const result = await verifier.verifyAuthorizationHeader(`bearer ${token}`);
    expect(result.ok && result.value.username).toBe('vanthu.tinh');
  });

  it('reads a client-credentials token as a service principal', async () => {
    const result = await verifier.verify(await testIssuer.mintToken({ kind: 'service', clientId: 'routing' }));
    expect(result.ok && result.value).toMatchObject({
      kind: 'service',
      username: 'service-account-routing',
      name: 'routing',
      clientId: 'routing',
      roles: [],
      orgId: null,
    });
  });

  it('rejects a missing token with TOKEN_MISSING', async () => {
    for (const result of [
      await verifier.verify(undefined),
      await verifier.verify(''),
      await verifier.verifyAuthorizationHeader(undefined),
    ]) {
      expect(errorOf(result)).toMatchObject({ code: 'TOKEN_MISSING', kind: 'unauthenticated' });
    }
  });

  it('rejects a header that is not "Bearer <token>" and a token that is not a JWT with TOKEN_MALFORMED', async () => {
    const basic = errorOf(await verifier.verifyAuthorizationHeader('Basic aW50YWtlOnNlY3JldA=='));
    expect(basic).toMatchObject({ code: 'TOKEN_MALFORMED', kind: 'unauthenticated' });
    expect(basic.messageEn).toContain('Bearer');
    const garbage = errorOf(await verifier.verifyAuthorizationHeader('Bearer not-a-jwt'));
    expect(garbage.code).toBe('TOKEN_MALFORMED');
    const twice = errorOf(await verifier.verifyAuthorizationHeader(['Bearer a', 'Bearer b']));
    expect(twice.code).toBe('TOKEN_MALFORMED');
  });

  it('rejects an expired token with TOKEN_EXPIRED and says when it expired', async () => {
    const error = errorOf(await verifier.verify(await testIssuer.mintToken({ expiresInSeconds: -120 })));
    expect(error).toMatchObject({ code: 'TOKEN_EXPIRED', kind: 'unauthenticated' });
    expect(error.messageVi).toMatch(/^Mã truy cập đã hết hạn lúc \d{4}-\d{2}-\d{2}T/);
    expect(error.messageEn).toMatch(/expired at/);
  });

  it('rejects a token signed with a key the issuer does not publish with TOKEN_SIGNATURE_INVALID', async () => {
    const error = errorOf(await verifier.verify(await testIssuer.mintToken({ signWithForeignKey: true })));
    expect(error).toMatchObject({ code: 'TOKEN_SIGNATURE_INVALID', kind: 'unauthenticated' });
    expect(error.messageEn).toContain(testIssuer.issuer);
  });

  it('rejects a token whose claims were changed after signing with TOKEN_SIGNATURE_INVALID', async () => {
    const [header, payload, signature] = (await testIssuer.mintToken({ roles: ['van-thu'] })).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...claims, realm_access: { roles: ['quan-tri'] } })).toString(
      'base64url',
    );
    const error = errorOf(await verifier.verify(`${header}.${promoted}.${signature}`));
    expect(error.code).toBe('TOKEN_SIGNATURE_INVALID');
  });

  it('rejects a token for another audience with TOKEN_AUDIENCE_INVALID', async () => {
    const error = errorOf(await verifier.verify(await testIssuer.mintToken({ audience: ['account', 'broker'] })));
    expect(error).toMatchObject({
      code: 'TOKEN_AUDIENCE_INVALID',
      kind: 'unauthenticated',
      details: { expected: 'lienthong-api', actual: 'account, broker' },
    });
  });

  it('rejects a token from another issuer with TOKEN_ISSUER_INVALID', async () => {
    const issuer = 'http://127.0.0.1:8180/realms/khac';
    const error = errorOf(await verifier.verify(await testIssuer.mintToken({ issuer })));
    expect(error).toMatchObject({
      code: 'TOKEN_ISSUER_INVALID',
      details: { expected: testIssuer.issuer, actual: issuer },
    });
  });

  it('rejects a token that is not valid yet with TOKEN_NOT_YET_VALID', async () => {
    const error = errorOf(await verifier.verify(await testIssuer.mintToken({ notBefore: 600 })));
    expect(error).toMatchObject({ code: 'TOKEN_NOT_YET_VALID', kind: 'unauthenticated' });
  });

  it('tolerates clock skew up to clockToleranceSeconds (30 s by default)', async () => {
    const justExpired = await testIssuer.mintToken({ expiresInSeconds: -10 });
    const almostValid = await testIssuer.mintToken({ notBefore: 10 });
    expect((await verifier.verify(justExpired)).ok).toBe(true);
    expect((await verifier.verify(almostValid)).ok).toBe(true);

    const strict = createTokenVerifier({
      issuer: testIssuer.issuer,
      audience: 'lienthong-api',
      clockToleranceSeconds: 0,
    });
    expect(errorOf(await strict.verify(justExpired)).code).toBe('TOKEN_EXPIRED');
    expect(errorOf(await strict.verify(almostValid)).code).toBe('TOKEN_NOT_YET_VALID');
    const longExpired = await testIssuer.mintToken({ expiresInSeconds: -45 });
    expect(errorOf(await verifier.verify(longExpired)).code).toBe('TOKEN_EXPIRED');
  });

  it('rejects an ID token (claim typ ID) even when its audience matches', async () => {
    const error = errorOf(await verifier.verify(await testIssuer.mintToken({ claims: { typ: 'ID' } })));
    expect(error.code).toBe('TOKEN_MALFORMED');
    expect(error.messageEn).toContain('not an access token');
  });

  it('rejects a token signed with a shared secret (HS256) with TOKEN_MALFORMED', async () => {
    const token = await new SignJWT({ preferred_username: 'quantri', realm_access: { roles: ['quan-tri'] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(testIssuer.issuer)
      .setAudience('lienthong-api')
      .setSubject('someone')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-guessed-secret-of-thirty-two-bytes!'));
    expect(errorOf(await verifier.verify(token)).code).toBe('TOKEN_MALFORMED');
  });

  it('rejects a token without exp with TOKEN_MALFORMED', async () => {
    const withoutExp = await testIssuer.mintToken({ expiresInSeconds: null });
    expect(errorOf(await verifier.verify(withoutExp)).code).toBe('TOKEN_MALFORMED');
  });

  it('fetches the keys through fetchJwks when given one (a process serving its own issuer)', async () => {
    const jwks = await (await fetch(testIssuer.jwksUrl)).text();
    const requested: string[] = [];
    const inProcess = createTokenVerifier({
      issuer: testIssuer.issuer,
      audience: 'lienthong-api',
      jwksUrl: 'http://jwks.invalid/certs',
      fetchJwks: async (url) => {
        requested.push(url);
        return new Response(jwks, { headers: { 'content-type': 'application/json' } });
      },
    });
    expect((await inProcess.verify(await testIssuer.mintToken())).ok).toBe(true);
    expect(requested).toEqual(['http://jwks.invalid/certs']);
  });

  it('throws, rather than blaming the token, when the JWKS cannot be fetched', async () => {
    const unreachable = createTokenVerifier({
      issuer: testIssuer.issuer,
      audience: 'lienthong-api',
      jwksUrl: 'http://127.0.0.1:1/realms/lienthong/protocol/openid-connect/certs',
    });
    await expect(unreachable.verify(await testIssuer.mintToken())).rejects.toThrow();
  });
});
