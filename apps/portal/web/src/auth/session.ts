import { userFromToken, type PortalUser } from './user.js';

/** A fresh token must stay valid at least this long when a request leaves (seconds). */
export const MIN_TOKEN_VALIDITY_SECONDS = 30;

/** Within this window after a forced refresh or a fresh sign-in, another 401 means the server rejects our tokens. */
const REJECTION_WINDOW_MS = 60_000;

/** Remembered across the sign-in redirect so that a server that rejects every token cannot cause a redirect loop. */
export const RELOGIN_STORAGE_KEY = 'lienthong.auth.reloginAt';

/** The part of a keycloak-js instance the portal uses; a structural type so the session logic can be tested alone. */
export type OidcClient = {
  token?: string | undefined;
  tokenParsed?: Readonly<Record<string, unknown>> | undefined;
  updateToken(minValidity?: number): Promise<boolean>;
  login(options?: { redirectUri?: string }): Promise<void>;
  logout(options?: { redirectUri?: string }): Promise<void>;
};

/** What happened after a service answered 401. */
export type RecoveryOutcome = 'refreshed' | 'redirecting' | 'rejected';

/** A signed-in session: who the user is, bearer tokens for the service clients, and the ways out. */
export type AuthSession = {
  readonly user: PortalUser;
  /** A bearer token valid for at least `MIN_TOKEN_VALIDITY_SECONDS`; sends the user to sign in when none can be had. */
  getToken(): Promise<string>;
  /**
   * After a 401: refresh the token once; failing that, sign in again; when even that just happened, give up with
   * `'rejected'` instead of looping (the server does not accept the issuer's tokens: a configuration problem).
   */
  recoverFromUnauthorized(): Promise<RecoveryOutcome>;
  logout(): Promise<void>;
};

export type SessionEnvironment = {
  now: () => number;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Where logout returns to: the portal's home page. */
  homeUrl: string;
};

/** Wraps a signed-in OIDC client (keycloak-js after `init`) into the portal's session. */
export function createAuthSession(client: OidcClient, environment: SessionEnvironment): AuthSession {
  const { now, storage, homeUrl } = environment;
  let lastForcedRefreshAt = Number.NEGATIVE_INFINITY;

  const readReloginAt = (): number => {
    try {
      return Number(storage?.getItem(RELOGIN_STORAGE_KEY) ?? Number.NaN);
    } catch {
      return Number.NaN;
    }
  };

  const signInAgain = async (): Promise<RecoveryOutcome> => {
    const reloginAt = readReloginAt();
    if (Number.isFinite(reloginAt) && now() - reloginAt < REJECTION_WINDOW_MS) return 'rejected';
    try {
      storage?.setItem(RELOGIN_STORAGE_KEY, String(now()));
    } catch {
      // Without storage the loop guard is lost; signing in is still the right move.
    }
    await client.login();
    return 'redirecting';
  };

  const recover = async (): Promise<RecoveryOutcome> => {
    if (now() - lastForcedRefreshAt >= REJECTION_WINDOW_MS) {
      lastForcedRefreshAt = now();
      try {
        // -1 forces a refresh even though the token still looks valid to the browser.
        if (await client.updateToken(-1)) return 'refreshed';
      } catch {
        // Fall through to a new sign-in.
      }
    }
    return signInAgain();
  };
  let recovery: Promise<RecoveryOutcome> | null = null;

  return {
    user: userFromToken(client.tokenParsed),

    async getToken() {
      try {
        await client.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
      } catch {
        // The refresh token is gone too (session ended at the issuer): only a new sign-in helps.
        await signInAgain();
      }
      if (!client.token) throw new Error('No access token after sign-in');
      return client.token;
    },

    recoverFromUnauthorized() {
      // Several queries fail together when one batch is refused: they share one recovery.
      recovery ??= recover().finally(() => {
        recovery = null;
      });
      return recovery;
    },

    async logout() {
      await client.logout({ redirectUri: homeUrl });
    },
  };
}
