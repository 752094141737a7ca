/** The realm roles the portal knows (architecture §6); Keycloak's own defaults (offline_access, …) are ignored. */
export const PORTAL_ROLES = ['van-thu', 'lanh-dao', 'chuyen-vien', 'luu-tru', 'thu-ky-hop', 'quan-tri'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

/** Who is signed in, as far as the portal needs to know. The services check permissions again on every call. */
export type PortalUser = {
  /** The token's `sub`. */
  id: string;
  /** Family name first, as Vietnamese names are written (Nguyễn Thị Lan). */
  displayName: string;
  username: string | null;
  roles: readonly PortalRole[];
  /** The organisation unit (claim `org_id`), or `null` when the account has none. */
  orgId: string | null;
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Reads the portal user from a decoded access token. Keycloak's `name` puts the given name first, so the name is
 * rebuilt as family + given name when both are present; then `name`, `preferred_username`, `sub`.
 */
export function userFromToken(claims: Readonly<Record<string, unknown>> | undefined): PortalUser {
  const source = claims ?? {};
  const family = text(source['family_name']);
  const given = text(source['given_name']);
  const username = text(source['preferred_username']);
  const id = text(source['sub']) ?? '';
  const displayName =
    (family && given ? `${family} ${given}` : null) ?? text(source['name']) ?? username ?? given ?? family ?? id;
  const realmAccess = source['realm_access'];
  const rawRoles =
    typeof realmAccess === 'object' && realmAccess !== null && Array.isArray((realmAccess as { roles?: unknown }).roles)
      ? (realmAccess as { roles: unknown[] }).roles
      : [];
  const roles = PORTAL_ROLES.filter((role) => rawRoles.includes(role));
  const orgClaim = source['org_id'];
  // A Keycloak user attribute can arrive as a one-element array when the mapper is "multivalued".
  const orgId = text(Array.isArray(orgClaim) ? orgClaim[0] : orgClaim);
  return { id, displayName, username, roles, orgId };
}

/** Whether the user holds at least one of `roles`. */
export function hasAnyRole(user: PortalUser, roles: readonly PortalRole[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
