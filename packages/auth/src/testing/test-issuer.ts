import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { SERVICE_ACCOUNT_PREFIX } from '../principal.js';
import { developmentSubject } from '../subject.js';

export type MintTokenOptions = {
  /** `preferred_username` (users; default `vanthu.tinh`) or the client id of a service token. */
  username?: string;
  /** Realm roles, any strings (unknown ones are for testing the filter). Default `['van-thu']` for users. */
  roles?: string[];
  /** `org_id`; `null` leaves the claim out. Default `th-ubnd-tinh` for users. */
  orgId?: string | null;
  /** Lifetime from now; negative for a token that has already expired, `null` for no `exp`. Default 300. */
  expiresInSeconds?: number | null;
  /** `aud`. Default `[<audience>, 'account']`, as Keycloak writes it. */
  audience?: string | string[];
  /** `iss`. Default this issuer. */
  issuer?: string;
  /** Sign with a key the JWKS does not hold (same `kid`), as a forger would. */
  signWithForeignKey?: boolean;
  /** `nbf`, in seconds from now (positive: not valid yet). Default: no `nbf`. */
  notBefore?: number;
  /** `service` mints a client-credentials token (`preferred_username` `service-account-<client>`). Default `user`. */
  kind?: 'user' | 'service';
  /** `azp`. Default `portal` for users, `intake` for services. */
  clientId?: string;
  /** `name`; default none (the principal then shows the user name). */
  name?: string;
  /** Extra claims, written last (e.g. `{ typ: 'ID' }`). */
  claims?: Record<string, unknown>;
};

export type TestIssuer = {
  /** `http://127.0.0.1:<port>/realms/lienthong`. */
  issuer: string;
  /** Keycloak's path: `<issuer>/protocol/openid-connect/certs`. */
  jwksUrl: string;
  audience: string;
  /** A Keycloak-shaped access token signed with this issuer's key (unless told otherwise). */
  mintToken(options?: MintTokenOptions): Promise<string>;
  close(): Promise<void>;
};

const REALM = 'lienthong';

/**
 * A real JWKS on a local HTTP port (127.0.0.1, port 0) and a minter of Keycloak-shaped tokens, so that tests verify
 * tokens exactly as services do, over HTTP, without Keycloak. Serves `…/protocol/openid-connect/certs` and discovery.
 */
export async function createTestIssuer(options: { audience?: string } = {}): Promise<TestIssuer> {
  const audience = options.audience ?? 'lienthong-api';
  const real = await signingKey();
  const foreign = await signingKey();
  let issuer = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const base = `/realms/${REALM}`;
    if (path === `${base}/protocol/openid-connect/certs`) return json(res, { keys: [real.publicJwk] });
    if (path === `${base}/.well-known/openid-configuration`) {
      return json(res, { issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` });
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  issuer = `http://127.0.0.1:${port}/realms/${REALM}`;

  return {
    issuer,
    jwksUrl: `${issuer}/protocol/openid-connect/certs`,
    audience,
    async mintToken(mint = {}) {
      const kind = mint.kind ?? 'user';
      const now = Math.floor(Date.now() / 1000);
      const clientId = mint.clientId ?? (kind === 'service' ? (mint.username ?? 'intake') : 'portal');
      const username = kind === 'service' ? `${SERVICE_ACCOUNT_PREFIX}${clientId}` : (mint.username ?? 'vanthu.tinh');
      const roles = mint.roles ?? (kind === 'service' ? [] : ['van-thu']);
      const orgId = mint.orgId === undefined ? (kind === 'service' ? null : 'th-ubnd-tinh') : mint.orgId;
      const payload: Record<string, unknown> = {
        typ: 'Bearer',
        azp: clientId,
        scope: 'openid profile email',
        preferred_username: username,
        realm_access: { roles: ['default-roles-lienthong', ...roles] },
        ...(orgId ? { org_id: orgId } : {}),
        ...(mint.name ? { name: mint.name } : {}),
        ...(mint.notBefore !== undefined ? { nbf: now + mint.notBefore } : {}),
        ...mint.claims,
      };
      const key = mint.signWithForeignKey ? foreign.privateKey : real.privateKey;
      const jwt = new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: real.publicJwk.kid ?? '' })
        .setIssuer(mint.issuer ?? issuer)
        .setAudience(mint.audience ?? [audience, 'account'])
        .setSubject(developmentSubject(REALM, username))
        .setJti(randomUUID())
        .setIssuedAt(now);
      const lifetime = mint.expiresInSeconds === undefined ? 300 : mint.expiresInSeconds;
      if (lifetime !== null) jwt.setExpirationTime(now + lifetime);
      return jwt.sign(key);
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function signingKey(): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { privateKey, publicJwk: { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' } };
}

function json(res: ServerResponse, body: unknown): void {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}
