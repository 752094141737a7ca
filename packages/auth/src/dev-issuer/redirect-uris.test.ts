import { describe, expect, it } from 'vitest';
import type { RealmClient } from './realm.js';
import { allowedOrigins, matchesRedirectUri, postLogoutPatterns } from './redirect-uris.js';

const portal: RealmClient = {
  clientId: 'portal',
  enabled: true,
  publicClient: true,
  rootUrl: 'http://localhost:8080',
  redirectUris: ['http://localhost:8080/*', 'http://127.0.0.1:8080/*'],
  webOrigins: ['+'],
  standardFlowEnabled: true,
  directAccessGrantsEnabled: false,
  serviceAccountsEnabled: false,
  attributes: { 'post.logout.redirect.uris': 'http://localhost:8080/*##http://127.0.0.1:8080/*##+' },
};

describe('matchesRedirectUri', () => {
  it('matches every URI under a pattern ending in *, as Keycloak does', () => {
    expect(matchesRedirectUri(portal.redirectUris, 'http://localhost:8080/')).toBe(true);
    expect(matchesRedirectUri(portal.redirectUris, 'http://127.0.0.1:8080/van-ban-den?tab=moi')).toBe(true);
  });

  it('refuses other hosts, ports and look-alike hosts', () => {
    expect(matchesRedirectUri(portal.redirectUris, 'http://localhost:5173/')).toBe(false);
    expect(matchesRedirectUri(portal.redirectUris, 'http://localhost:8080.evil.example/')).toBe(false);
    expect(matchesRedirectUri(portal.redirectUris, 'javascript:alert(1)')).toBe(false);
  });

  it('needs an exact match for a pattern without *, and resolves relative patterns against rootUrl', () => {
    expect(matchesRedirectUri(['http://localhost:8080/callback'], 'http://localhost:8080/callback')).toBe(true);
    expect(matchesRedirectUri(['http://localhost:8080/callback'], 'http://localhost:8080/callback/x')).toBe(false);
    expect(matchesRedirectUri(['/app/*'], 'http://localhost:8080/app/x', 'http://localhost:8080/')).toBe(true);
    expect(matchesRedirectUri(['/app/*'], 'http://localhost:8080/app/x')).toBe(false);
  });
});

describe('postLogoutPatterns', () => {
  it('splits the ## list and expands + to the redirect URIs', () => {
    expect(postLogoutPatterns(portal)).toEqual([
      'http://localhost:8080/*',
      'http://127.0.0.1:8080/*',
      'http://localhost:8080/*',
      'http://127.0.0.1:8080/*',
    ]);
  });
});

describe('allowedOrigins', () => {
  it('expands + to the origins of the redirect URIs', () => {
    expect(allowedOrigins(portal)).toEqual({
      any: false,
      origins: new Set(['http://localhost:8080', 'http://127.0.0.1:8080']),
    });
  });

  it('allows any origin for *', () => {
    expect(allowedOrigins({ ...portal, webOrigins: ['*'] }).any).toBe(true);
  });
});
