/**
 * `@lienthong/auth/dev-issuer` (Node only): the built-in OpenID Connect issuer of the all-in-one host, served at
 * Keycloak's paths with the users and clients of the same realm.json, so that keycloak-js and the services cannot
 * tell it from Keycloak. The protocol is oidc-provider's; this module only configures it and adds the login page.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import type {
  AccountClaims,
  ClientMetadata,
  Configuration,
  KoaContextWithOIDC,
  default as ProviderClass,
} from 'oidc-provider';
import { SERVICE_ACCOUNT_PREFIX } from '../principal.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { loginPage, logoutPage, messagePage, WRONG_CREDENTIALS } from './pages.js';
import { fullName, readRealm, RealmFileError, type Account, type Realm, type RealmClient } from './realm.js';
import { allowedOrigins, matchesRedirectUri, postLogoutPatterns } from './redirect-uris.js';

export { RealmFileError };

export type DevIssuerOptions = {
  /** The issuer identifier, e.g. `http://localhost:8080/realms/lienthong`; its path is where `handle` is mounted. */
  issuerUrl: string;
  /** Parsed `infra/keycloak/realm.json` (Keycloak's export format); validated here. */
  realm: unknown;
  /** Audience of every access token. Default `lienthong-api`. */
  audience?: string;
  /** Private signing keys (JWK, with `kid`); default: one RS256 key generated at start. */
  keys?: JWK[];
};

export type DevIssuer = {
  /** The issuer identifier, without a trailing slash. */
  issuer: string;
  /** The path `handle` serves, e.g. `/realms/lienthong`. */
  prefix: string;
  /** The public signing keys (what `…/protocol/openid-connect/certs` serves). */
  jwks: JSONWebKeySet;
  /** Answers a request whose path starts with `prefix`; anything else gets 404. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Stops answering (503); sessions and tokens are in memory and go with the process. */
  close(): Promise<void>;
};

const PROTOCOL = '/protocol/openid-connect';
const USERINFO_PATH = `${PROTOCOL}/userinfo`;
const TOKEN_PATH = `${PROTOCOL}/token`;

/**
 * keycloak-js decodes every token it receives as a JWT, refresh tokens included (Keycloak's are JWTs), while
 * oidc-provider's refresh tokens are opaque. So the issuer hands out the opaque token inside an unsigned JWT-shaped
 * wrapper (`{ typ: 'Refresh', jti: <token>, exp }`) and unwraps it when it comes back. The wrapper adds no
 * authority: the opaque token inside is what oidc-provider checks.
 */
const REFRESH_WRAPPER_HEADER = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
const REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 60 * 60;

function wrapRefreshToken(token: string, nowSeconds: number): string {
  const payload = { typ: 'Refresh', jti: token, iat: nowSeconds, exp: nowSeconds + REFRESH_TOKEN_TTL_SECONDS };
  return `${REFRESH_WRAPPER_HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
}

function unwrapRefreshToken(value: string): string {
  const [, payload] = value.split('.');
  if (!payload) return value;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const jti = (parsed as { jti?: unknown }).jti;
    return typeof jti === 'string' ? jti : value;
  } catch {
    return value;
  }
}

async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > limitBytes) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
/** The resource indicator (RFC 8707 wants an absolute URI) behind the audience; clients never need to send it. */
const API_RESOURCE = 'urn:lienthong:api';
const BODY_LIMIT_BYTES = 16_384;
const WARNING_TO_DROP = 'oidc-provider WARNING: Unsupported runtime';

/**
 * Starts the development issuer: oidc-provider with Keycloak's routes (`/protocol/openid-connect/auth`, `token`,
 * `certs`, `userinfo`, `logout`, `token/introspect`, `revoke`), discovery, PKCE S256 required, JWT access tokens for
 * the audience (resource indicators, `accessTokenFormat: 'jwt'`) with Keycloak's claims (`preferred_username`,
 * `name`, `given_name`, `family_name`, `email`, `realm_access.roles`, `org_id`, `azp`, `typ: 'Bearer'`), TTLs from
 * the realm (access tokens 300 s), and a Vietnamese login page checking realm.json passwords in constant time.
 * Invariants: only realm clients exist (public ones with PKCE, confidential ones with client_credentials); consent is
 * granted automatically; signing and cookie keys are generated at start unless keys are given. Throws
 * `RealmFileError` for a realm file it cannot use.
 */
export async function createDevIssuer(options: DevIssuerOptions): Promise<DevIssuer> {
  const realm = readRealm(options.realm);
  const audience = options.audience ?? 'lienthong-api';
  const issuer = options.issuerUrl.replace(/\/+$/, '');
  const prefix = new URL(issuer).pathname.replace(/\/+$/, '');
  const signingKeys = options.keys ?? [await generateSigningKey()];
  const jwks = { keys: signingKeys.map(publicJwk) };
  const localKeys = createLocalJWKSet(jwks);
  const clients = new Map(realm.clients.map((client) => [client.clientId, client]));

  const { Provider, errors } = await loadOidcProvider();
  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: realm.clients.flatMap((client) => clientMetadata(client)),
    jwks: { keys: signingKeys },
    cookies: {
      keys: [randomBytes(32).toString('base64url'), randomBytes(32).toString('base64url')],
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    routes: {
      authorization: `${PROTOCOL}/auth`,
      token: `${PROTOCOL}/token`,
      jwks: `${PROTOCOL}/certs`,
      userinfo: USERINFO_PATH,
      end_session: `${PROTOCOL}/logout`,
      introspection: `${PROTOCOL}/token/introspect`,
      revocation: `${PROTOCOL}/revoke`,
    },
    pkce: { required: () => true },
    // Keycloak's profile and email scopes are default client scopes: every token carries them, asked for or not.
    claims: {
      openid: ['sub', 'preferred_username', 'name', 'given_name', 'family_name', 'email', 'email_verified', 'org_id'],
      profile: ['preferred_username', 'name', 'given_name', 'family_name'],
      email: ['email', 'email_verified'],
    },
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Confidential clients may introspect any token, public ones only their own (oidc-provider's default, stated).
      introspection: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) =>
          client.clientAuthMethod !== 'none' || token.clientId === client.clientId,
      },
      // A client revokes only its own tokens.
      revocation: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = messagePage('Đã đăng xuất', 'Bạn đã đăng xuất khỏi Liên Thông. / You have signed out.');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== API_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: 'profile email',
            audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: realm.ttl.accessToken,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    extraTokenClaims: (_ctx, token) => {
      // Both token kinds always have a client; the types leave it optional.
      const clientId = token.clientId ?? '';
      if (token.kind === 'ClientCredentials') return serviceAccountClaims(realm, clientId);
      const account = token.accountId ? realm.accountsBySubject.get(token.accountId) : undefined;
      return { typ: 'Bearer', azp: clientId, ...(account ? accessTokenClaims(account) : {}) };
    },
    formats: {
      customizers: {
        jwt: (_ctx, token, { payload }) => {
          // Keycloak's subject of a client-credentials token is the client's service-account user, not the client,
          // and its `scope` lists the default client scopes (oidc-provider leaves it out when no API scope was asked).
          if (token.kind === 'ClientCredentials') payload['sub'] = serviceAccount(realm, token.clientId ?? '').subject;
          payload['scope'] ??= token.kind === 'ClientCredentials' ? 'profile email' : 'openid profile email';
        },
      },
    },
    findAccount: (_ctx, sub) => {
      const account = realm.accountsBySubject.get(sub);
      if (!account?.enabled) return undefined;
      return { accountId: sub, claims: () => userClaims(account) };
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx, interaction) => `${prefix}/interaction/${interaction.uid}` },
    clientBasedCORS: (_ctx, origin, client) => {
      const realmClient = clients.get(client.clientId);
      return realmClient !== undefined && isOriginAllowed(realmClient, origin);
    },
    renderError: (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.body = messagePage(
        'Không đăng nhập được',
        `Yêu cầu đăng nhập không hợp lệ. / The sign-in request is invalid: ${out.error}${
          out.error_description ? ` (${out.error_description})` : ''
        }`,
      );
    },
    ttl: {
      AccessToken: realm.ttl.accessToken,
      ClientCredentials: realm.ttl.accessToken,
      IdToken: realm.ttl.accessToken,
      AuthorizationCode: 60,
      Interaction: 1800,
      RefreshToken: realm.ttl.sessionIdle,
      Session: realm.ttl.sessionMax,
      Grant: realm.ttl.sessionMax,
    },
  };
  const provider = new Provider(issuer, configuration);
  // Behind an https reverse proxy, cookies are marked secure only when the forwarded protocol is trusted.
  provider.proxy = issuer.startsWith('https:');
  allowKeycloakStyleRedirects(provider, clients);
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { refresh_token?: unknown } | undefined;
    if (ctx.path === TOKEN_PATH && body && typeof body.refresh_token === 'string') {
      body.refresh_token = wrapRefreshToken(body.refresh_token, Math.floor(Date.now() / 1000));
    }
  });
  const callback = provider.callback();
  let closed = false;

  async function verifyForUserinfo(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Browsers call userinfo from the portal's origin (keycloak-js loadUserInfo): the web origins of realm clients.
    const origin = req.headers.origin;
    if (origin && realm.clients.some((client) => isOriginAllowed(client, origin))) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'WWW-Authenticate');
      res.setHeader('vary', 'Origin');
    }
    const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    const refuse = (description: string) => {
      res.setHeader(
        'www-authenticate',
        `Bearer realm="${realm.name}", error="invalid_token", error_description="${description}"`,
      );
      sendJson(res, 401, { error: 'invalid_token', error_description: description });
    };
    if (!match?.[1]) return refuse('Token not provided');
    try {
      const { payload } = await jwtVerify(match[1], localKeys, {
        issuer,
        audience,
        algorithms: ['RS256', 'PS256', 'ES256'],
      });
      const account = typeof payload.sub === 'string' ? realm.accountsBySubject.get(payload.sub) : undefined;
      if (!account?.enabled) return refuse('User not found or disabled');
      sendJson(res, 200, userClaims(account));
    } catch {
      refuse('Token verification failed');
    }
  }

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, isLogin: boolean) {
    let details: Awaited<ReturnType<ProviderClass['interactionDetails']>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return sendHtml(
        res,
        400,
        messagePage(
          'Phiên đăng nhập đã hết hạn',
          'Hãy quay lại ứng dụng và đăng nhập lại. / The sign-in session expired: go back to the application and sign in again.',
        ),
      );
    }
    if (details.uid !== uid) return sendHtml(res, 400, messagePage('Yêu cầu không hợp lệ', 'Invalid request.'));
    const clientId = String(details.params['client_id'] ?? '');
    const clientName = clients.get(clientId)?.name ?? clientId;
    const action = `${prefix}/interaction/${uid}/login`;

    if (details.prompt.name === 'login') {
      if (!isLogin || req.method !== 'POST') return sendHtml(res, 200, loginPage({ action, clientName }));
      const form = await readForm(req);
      if (!form) return sendHtml(res, 413, messagePage('Yêu cầu quá lớn', 'Request too large.'));
      const username = form.get('username') ?? '';
      const account = checkPassword(realm, username, form.get('password') ?? '');
      if (!account) {
        return sendHtml(res, 200, loginPage({ action, clientName, username, error: WRONG_CREDENTIALS }));
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.subject } },
        {
          mergeWithLastSubmission: false,
        },
      );
    }
    if (details.prompt.name === 'consent') {
      // The realm's own clients: consent is implied, as in Keycloak with "Consent required" off.
      const { Grant } = provider;
      const accountId = details.session?.accountId;
      const existing = details.grantId ? await Grant.find(details.grantId) : undefined;
      const grant = existing ?? new Grant({ accountId, clientId });
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    return sendHtml(res, 400, messagePage('Yêu cầu không hợp lệ', `Unsupported prompt ${details.prompt.name}.`));
  }

  return {
    issuer,
    prefix,
    jwks,
    async handle(req, res) {
      if (closed) return sendJson(res, 503, { error: 'temporarily_unavailable' });
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) {
        return sendJson(res, 404, { error: 'not_found' });
      }
      const rest = url.pathname.slice(prefix.length) || '/';
      const step = /^\/interaction\/([\w-]+)(\/login)?\/?$/.exec(rest);
      if (step?.[1]) return interaction(req, res, step[1], step[2] !== undefined);
      if (rest === USERINFO_PATH && (req.method === 'GET' || req.method === 'POST')) {
        return verifyForUserinfo(req, res);
      }
      if (rest === TOKEN_PATH && req.method === 'POST') {
        // Read the form here to unwrap a refresh token (see wrapRefreshToken); oidc-provider then parses `req.body`.
        const form = new URLSearchParams(await readBody(req, 64 * 1024));
        const refreshToken = form.get('refresh_token');
        if (refreshToken) form.set('refresh_token', unwrapRefreshToken(refreshToken));
        (req as IncomingMessage & { body?: string }).body = form.toString();
      }
      // oidc-provider builds its URLs from originalUrl and routes on url (stack notes §6).
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
      req.url = `${rest}${url.search}`;
      await callback(req, res);
    },
    async close() {
      closed = true;
    },
  };
}

/** Imports oidc-provider without its advisory Node-20 warning (stack notes §6: everything works on Node 20). */
async function loadOidcProvider() {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes(WARNING_TO_DROP)) return;
    warn(...args);
  };
  try {
    const module = await import('oidc-provider');
    return { Provider: module.default, errors: module.errors };
  } finally {
    console.warn = warn;
  }
}

async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
}

const PRIVATE_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv']);

function publicJwk(jwk: JWK): JWK {
  return Object.fromEntries(Object.entries(jwk).filter(([key]) => !PRIVATE_MEMBERS.has(key))) as JWK;
}

/** oidc-provider metadata of a realm client; none for clients it cannot serve (password-grant-only test clients). */
function clientMetadata(client: RealmClient): ClientMetadata[] {
  const grantTypes: string[] = [];
  if (client.standardFlowEnabled) grantTypes.push('authorization_code', 'refresh_token');
  if (client.serviceAccountsEnabled && !client.publicClient) grantTypes.push('client_credentials');
  if (grantTypes.length === 0) return [];
  const resolve = (uri: string) =>
    uri.startsWith('/') && client.rootUrl ? `${client.rootUrl.replace(/\/+$/, '')}${uri}` : uri;
  return [
    {
      client_id: client.clientId,
      ...(client.name ? { client_name: client.name } : {}),
      ...(client.publicClient
        ? { token_endpoint_auth_method: 'none' }
        : { token_endpoint_auth_method: 'client_secret_basic', client_secret: client.secret ?? '' }),
      grant_types: grantTypes,
      response_types: client.standardFlowEnabled ? ['code'] : [],
      redirect_uris: client.standardFlowEnabled ? client.redirectUris.map(resolve) : [],
      post_logout_redirect_uris: client.standardFlowEnabled ? postLogoutPatterns(client).map(resolve) : [],
    },
  ];
}

/** Keycloak's wildcard redirect URIs (`http://localhost:8080/*`) for this provider's clients only. */
function allowKeycloakStyleRedirects(provider: ProviderClass, clients: Map<string, RealmClient>): void {
  const prototype = provider.Client.prototype;
  prototype.redirectUriAllowed = function redirectUriAllowed(this: { clientId: string }, value: string) {
    const client = clients.get(this.clientId);
    return client !== undefined && matchesRedirectUri(client.redirectUris, value, client.rootUrl);
  };
  prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(
    this: { clientId: string },
    value: string,
  ) {
    const client = clients.get(this.clientId);
    return client !== undefined && matchesRedirectUri(postLogoutPatterns(client), value, client.rootUrl);
  };
}

function isOriginAllowed(client: RealmClient, origin: string): boolean {
  const allowed = allowedOrigins(client);
  return allowed.any || allowed.origins.has(origin);
}

function serviceAccount(realm: Realm, clientId: string): Account {
  const found = realm.serviceAccounts.get(clientId);
  if (found) return found;
  const username = `${SERVICE_ACCOUNT_PREFIX}${clientId}`;
  return (
    realm.accounts.get(username) ?? {
      subject: clientId,
      username,
      enabled: true,
      password: null,
      givenName: null,
      familyName: null,
      email: null,
      emailVerified: false,
      orgId: null,
      realmRoles: [],
    }
  );
}

function serviceAccountClaims(realm: Realm, clientId: string): Record<string, unknown> {
  const account = serviceAccount(realm, clientId);
  return {
    typ: 'Bearer',
    azp: clientId,
    preferred_username: account.username,
    realm_access: { roles: account.realmRoles },
    ...(account.orgId ? { org_id: account.orgId } : {}),
  };
}

/** The user claims Keycloak's default scopes and the realm's mappers put in an access token. */
function accessTokenClaims(account: Account): Record<string, unknown> {
  const { sub: _sub, ...claims } = userClaims(account);
  return { ...claims, realm_access: { roles: account.realmRoles } };
}

/** What Keycloak's userinfo endpoint and ID token say about a user (profile, email, org_id). */
function userClaims(account: Account): AccountClaims {
  const name = fullName(account);
  return {
    sub: account.subject,
    email_verified: account.emailVerified,
    preferred_username: account.username,
    ...(name ? { name } : {}),
    ...(account.givenName ? { given_name: account.givenName } : {}),
    ...(account.familyName ? { family_name: account.familyName } : {}),
    ...(account.email ? { email: account.email } : {}),
    ...(account.orgId ? { org_id: account.orgId } : {}),
  };
}

/**
 * The account whose user name (or e-mail, as Keycloak allows) and password match; `undefined` otherwise.
 * Invariant: the password comparison takes the same time whether the user exists or not.
 */
function checkPassword(realm: Realm, login: string, password: string): Account | undefined {
  const wanted = login.trim().toLowerCase();
  const account =
    realm.accounts.get(wanted) ??
    [...realm.accounts.values()].find((candidate) => candidate.email?.toLowerCase() === wanted && wanted !== '');
  const expected = account?.password ?? randomBytes(16).toString('hex');
  const same = timingSafeEqual(digest(expected), digest(password));
  return same && account?.enabled && account.password !== null ? account : undefined;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-frame-options', 'DENY');
  res.end(html);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}
