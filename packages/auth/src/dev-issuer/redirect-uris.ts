import type { RealmClient } from './realm.js';

/**
 * Keycloak's redirect-URI rule, which oidc-provider (exact matches only) does not have: a registered URI ending in
 * `*` matches every URI that starts with the rest; relative ones are resolved against the client's `rootUrl`.
 */
export function matchesRedirectUri(patterns: readonly string[], candidate: string, rootUrl?: string): boolean {
  if (!isAbsoluteHttpUrl(candidate)) return false;
  return patterns.some((raw) => {
    const pattern = absolute(raw, rootUrl);
    if (pattern === undefined) return false;
    return pattern.endsWith('*') ? candidate.startsWith(pattern.slice(0, -1)) : candidate === pattern;
  });
}

/** Post-logout URIs from the `post.logout.redirect.uris` attribute (`##`-separated; `+` = the redirect URIs). */
export function postLogoutPatterns(client: RealmClient): string[] {
  const attribute = client.attributes['post.logout.redirect.uris'];
  if (!attribute) return [];
  return attribute
    .split('##')
    .filter(Boolean)
    .flatMap((entry) => (entry === '+' ? client.redirectUris : [entry]));
}

/** Origins allowed to call the token endpoint from a browser (`webOrigins`; `+` = the redirect URIs' origins). */
export function allowedOrigins(client: RealmClient): { any: boolean; origins: Set<string> } {
  const origins = new Set<string>();
  let any = false;
  for (const entry of client.webOrigins) {
    if (entry === '*') any = true;
    else if (entry === '+') {
      for (const uri of client.redirectUris) {
        const origin = originOf(absolute(uri, client.rootUrl)?.replace(/\*$/, ''));
        if (origin) origins.add(origin);
      }
    } else {
      const origin = originOf(entry);
      if (origin) origins.add(origin);
    }
  }
  return { any, origins };
}

function absolute(uri: string, rootUrl: string | undefined): string | undefined {
  if (uri.startsWith('/')) return rootUrl ? `${rootUrl.replace(/\/+$/, '')}${uri}` : undefined;
  return uri;
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}
