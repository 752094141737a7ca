import Keycloak from 'keycloak-js';
import type { PortalConfig } from '../config.js';
import { createAuthSession, type AuthSession } from './session.js';

/**
 * Signs in with keycloak-js (authorization code + PKCE S256) and resolves with the session. When the user is not
 * signed in yet, the browser leaves for the issuer's login page and this promise does not settle.
 */
export async function startKeycloakSession(oidc: PortalConfig['oidc']): Promise<AuthSession> {
  const keycloak = new Keycloak({ url: oidc.url, realm: oidc.realm, clientId: oidc.clientId });
  // The login-status iframe only exists on a real Keycloak; the built-in issuer of apps/platform has none.
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  return createAuthSession(keycloak, {
    now: () => Date.now(),
    storage: globalThis.sessionStorage ?? null,
    homeUrl: `${window.location.origin}/`,
  });
}
