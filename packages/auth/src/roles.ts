/**
 * The realm roles of Liên Thông (architecture §6): clerk, leader, specialist, archivist, meeting secretary,
 * administrator. Invariant: the same names as the realm roles of `infra/keycloak/realm.json`.
 */
export const ROLES = ['van-thu', 'lanh-dao', 'chuyen-vien', 'luu-tru', 'thu-ky-hop', 'quan-tri'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLE_SET.has(value);
}
