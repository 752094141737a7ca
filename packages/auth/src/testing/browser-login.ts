import { createHash, randomBytes } from 'node:crypto';

export type BrowserLoginOptions = {
  /** The realm's issuer URL (Keycloak or the development issuer). */
  issuer: string;
  username: string;
  password: string;
  /** A public client with the standard flow and PKCE. Default `portal`. */
  clientId?: string;
  /** One of the client's redirect URIs; it is never fetched, only read from the last redirect. */
  redirectUri?: string;
  /** Default `openid`. */
  scope?: string;
  /** Where the code comes back: `query` (default) or `fragment`, which keycloak-js asks for. */
  responseMode?: 'query' | 'fragment';
  /**
   * Cookies kept between calls, as a browser keeps them: pass the same Map again and an open session signs the
   * user in without the form (single sign-on), or show that logout ended it.
   */
  cookies?: Map<string, string>;
  fetch?: typeof globalThis.fetch;
};

export type TokenSet = {
  accessToken: string;
  idToken: string | null;
  refreshToken: string | null;
  expiresIn: number;
  tokenType: string;
};

/** The login page came back instead of a redirect: wrong credentials (or a disabled account). */
export class LoginRefusedError extends Error {
  readonly status: number;
  /** The HTML of the page the issuer answered with (for assertions on its message). */
  readonly page: string;

  constructor(username: string, status: number, page: string) {
    super(
      `Login refused for ${username}: the issuer answered the credentials with its login form again (HTTP ${status})`,
    );
    this.name = 'LoginRefusedError';
    this.status = status;
    this.page = page;
  }
}

const MAX_HOPS = 12;

/**
 * Signs a user in the way a browser does — authorization code with PKCE S256 over plain HTTP: GET the authorize
 * endpoint, follow redirects to the login form, POST the credentials to the form's action, follow redirects to
 * `redirectUri?code=…`, exchange the code with the verifier. Works against the development issuer and against
 * Keycloak (tests use it where Keycloak would use the password grant, which oidc-provider does not implement).
 * Throws `LoginRefusedError` when the form comes back, `Error` for any other unexpected answer.
 */
export async function loginWithPassword(options: BrowserLoginOptions): Promise<TokenSet> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const clientId = options.clientId ?? 'portal';
  const redirectUri = options.redirectUri ?? 'http://localhost:8080/';
  const discovery = (await (await fetchImpl(`${options.issuer}/.well-known/openid-configuration`)).json()) as {
    authorization_endpoint: string;
    token_endpoint: string;
  };
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(12).toString('base64url');
  const authorize = new URL(discovery.authorization_endpoint);
  authorize.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: options.scope ?? 'openid',
    state,
    nonce: randomBytes(12).toString('base64url'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(options.responseMode ? { response_mode: options.responseMode } : {}),
  }).toString();

  const jar = options.cookies ?? new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetchImpl(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (value === '' || expired) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };

  let url = authorize.toString();
  let response = await send(url);
  let submitted = false;
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).toString();
      if (url.startsWith(redirectUri)) return exchange(url);
      response = await send(url);
      continue;
    }
    const page = await response.text();
    const form = loginForm(page, url);
    if (!form) throw new Error(`Unexpected answer from ${url}: HTTP ${response.status} ${page.slice(0, 300)}`);
    if (submitted) throw new LoginRefusedError(options.username, response.status, page);
    form.fields.set('username', options.username);
    form.fields.set('password', options.password);
    submitted = true;
    url = form.action;
    response = await send(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([...form.fields]).toString(),
    });
  }
  throw new Error(`Login for ${options.username} did not finish within ${MAX_HOPS} redirects`);

  async function exchange(callback: string): Promise<TokenSet> {
    const returned = new URL(callback);
    const params =
      options.responseMode === 'fragment' ? new URLSearchParams(returned.hash.slice(1)) : returned.searchParams;
    const code = params.get('code');
    if (!code || params.get('state') !== state) {
      throw new Error(
        `Authorization failed: ${params.get('error') ?? 'no code'} ${params.get('error_description') ?? ''}`,
      );
    }
    const tokenResponse = await fetchImpl(discovery.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: clientId,
        code_verifier: verifier,
      }).toString(),
    });
    const body = (await tokenResponse.json()) as Record<string, unknown>;
    if (!tokenResponse.ok || typeof body['access_token'] !== 'string') {
      throw new Error(`Token exchange failed: HTTP ${tokenResponse.status} ${JSON.stringify(body)}`);
    }
    return {
      accessToken: body['access_token'],
      idToken: typeof body['id_token'] === 'string' ? body['id_token'] : null,
      refreshToken: typeof body['refresh_token'] === 'string' ? body['refresh_token'] : null,
      expiresIn: typeof body['expires_in'] === 'number' ? body['expires_in'] : 0,
      tokenType: String(body['token_type'] ?? ''),
    };
  }
}

/** The first form with a password field: its absolute action and its hidden inputs. */
function loginForm(html: string, pageUrl: string): { action: string; fields: Map<string, string> } | undefined {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (!/type=["']?password/i.test(body)) continue;
    const action = attribute(attributes, 'action') ?? pageUrl;
    const fields = new Map<string, string>();
    for (const input of body.matchAll(/<input\b([^>]*)>/gi)) {
      const inputAttributes = input[1] ?? '';
      const name = attribute(inputAttributes, 'name');
      if (name && attribute(inputAttributes, 'type')?.toLowerCase() === 'hidden') {
        fields.set(name, attribute(inputAttributes, 'value') ?? '');
      }
    }
    return { action: new URL(action, pageUrl).toString(), fields };
  }
  return undefined;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  return raw === undefined ? undefined : decodeEntities(raw);
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
