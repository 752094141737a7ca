import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { authError, type AuthErrorCode } from './errors.js';
import { isRole, type Role } from './roles.js';

/**
 * Who is calling, read from a verified access token. `kind` is `service` for client-credentials tokens (a service
 * calling another one), `user` otherwise. `clientId` is the OAuth client the token was issued to (`azp`).
 */
export type Principal = {
  kind: 'user' | 'service';
  subject: string;
  username: string;
  name: string;
  roles: Role[];
  orgId: string | null;
  clientId: string | null;
};

/** Keycloak names the user behind a client's service account `service-account-<clientId>`. */
export const SERVICE_ACCOUNT_PREFIX = 'service-account-';

/** True when the principal has at least one of `roles`. */
export function hasRole(principal: Principal | null | undefined, ...roles: [Role, ...Role[]]): boolean {
  if (!principal) return false;
  return roles.some((role) => principal.roles.includes(role));
}

/** The caller's organisation unit, or ORG_REQUIRED (403) for an account that has none. */
export function requireOrgId(principal: Principal): Result<string, DomainError<AuthErrorCode>> {
  if (principal.orgId) return ok(principal.orgId);
  return err(authError('ORG_REQUIRED', { username: principal.username }));
}

/**
 * Maps the claims of a verified Keycloak-shaped access token to a `Principal`: `sub`, `preferred_username`,
 * `given_name`/`family_name`/`name`, `realm_access.roles` (only the six Liên Thông roles are kept), `org_id`, `azp`.
 * Invariant: a token without a string `sub` is TOKEN_MALFORMED. A user's name is written family name first, the
 * Vietnamese order ("Nguyễn Thị Lan"), whatever order the issuer's `name` claim uses.
 */
export function principalFromClaims(
  claims: Readonly<Record<string, unknown>>,
): Result<Principal, DomainError<AuthErrorCode>> {
  const subject = text(claims['sub']);
  if (!subject) return err(authError('TOKEN_MALFORMED', { reason: 'no subject (sub)' }));
  const clientId = text(claims['azp']) ?? text(claims['client_id']) ?? null;
  const preferred = text(claims['preferred_username']);
  // Keycloak: the service account's user name; oidc-provider: no user at all, the client is the subject.
  const isService =
    preferred?.startsWith(SERVICE_ACCOUNT_PREFIX) === true ||
    (preferred === undefined && clientId !== null && subject === clientId);
  const username = preferred ?? (isService ? `${SERVICE_ACCOUNT_PREFIX}${clientId}` : subject);
  return ok({
    kind: isService ? 'service' : 'user',
    subject,
    username,
    name: isService ? (clientId ?? username) : displayName(claims, username),
    roles: realmRoles(claims['realm_access']),
    orgId: orgIdOf(claims['org_id']),
    clientId,
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function displayName(claims: Readonly<Record<string, unknown>>, fallback: string): string {
  const given = text(claims['given_name']);
  const family = text(claims['family_name']);
  if (given && family) return `${family} ${given}`;
  return text(claims['name']) ?? given ?? family ?? fallback;
}

function realmRoles(realmAccess: unknown): Role[] {
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  if (!Array.isArray(roles)) return [];
  return [...new Set(roles.filter(isRole))];
}

function orgIdOf(value: unknown): string | null {
  // The realm maps a single-valued attribute; a multivalued mapper would send an array.
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return text(first) ?? null;
}
