export type ClientCredentialsOptions = {
  /** The issuer's token endpoint, e.g. `<issuer>/protocol/openid-connect/token`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /**
   * Sent as the `audience` form parameter, for issuers that pick the audience per request. Keycloak ignores it (its
   * audience mapper decides) and so does the built-in issuer (its default resource decides).
   */
  audience?: string;
  /** Refresh this many seconds before expiry (default 30, at most half the token's lifetime). */
  refreshMarginSeconds?: number;
  fetch?: typeof globalThis.fetch;
};

export type ClientCredentialsSource = {
  /** A valid access token for this client, fetched once and reused until shortly before it expires. */
  getToken(): Promise<string>;
};

/** The token endpoint refused or failed; the message names the client and the HTTP status, never the secret. */
export class ClientCredentialsError extends Error {
  readonly clientId: string;
  readonly status: number | null;

  constructor(clientId: string, status: number | null, detail: string) {
    const where = status === null ? 'no HTTP response' : `HTTP ${status}`;
    super(`Client credentials token for client "${clientId}" failed (${where}): ${detail}`);
    this.name = 'ClientCredentialsError';
    this.clientId = clientId;
    this.status = status;
  }
}

type CachedToken = { value: string; refreshAt: number };

/**
 * Service-to-service tokens (OAuth client credentials, HTTP Basic client authentication), cached until shortly
 * before they expire. Invariants: concurrent callers share one request; a failure is not cached, the next call
 * tries again; errors are `ClientCredentialsError` naming the client and the HTTP status.
 */
export function createClientCredentialsSource(options: ClientCredentialsOptions): ClientCredentialsSource {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const margin = options.refreshMarginSeconds ?? 30;
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (options.audience) body.set('audience', options.audience);
    // RFC 6749 §2.3.1: form-encode the id and secret before joining them for Basic authentication.
    const basic = Buffer.from(
      `${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`,
    ).toString('base64');
    let response: Response;
    try {
      response = await fetchImpl(options.tokenUrl, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    } catch (error) {
      throw new ClientCredentialsError(options.clientId, null, `${options.tokenUrl} unreachable (${String(error)})`);
    }
    const text = await response.text();
    if (!response.ok) throw new ClientCredentialsError(options.clientId, response.status, oauthError(text));
    const parsed = parseJson(text) as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (typeof parsed?.access_token !== 'string') {
      throw new ClientCredentialsError(options.clientId, response.status, 'the response has no access_token');
    }
    const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    const refreshAfter = lifetime - Math.min(margin, lifetime / 2);
    cached = { value: parsed.access_token, refreshAt: Date.now() + refreshAfter * 1000 };
    return parsed.access_token;
  }

  return {
    getToken() {
      if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.value);
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `error: error_description` of an OAuth error body, or the start of whatever came back. */
function oauthError(text: string): string {
  const body = parseJson(text) as { error?: unknown; error_description?: unknown } | undefined;
  if (typeof body?.error === 'string') {
    return typeof body.error_description === 'string' ? `${body.error}: ${body.error_description}` : body.error;
  }
  return text.slice(0, 200) || '(empty body)';
}
