import type { Role } from '../roles.js';
import type { Principal } from '../principal.js';

/**
 * A signed-in person as procedures see them, for server-side callers in tests (token checks are tested over HTTP).
 * Defaults: the clerk of xã Hoằng Hóa (`vanthu.hoanghoa`, role van-thu, unit `th-ubnd-xa-hoang-hoa`).
 */
export function aPrincipal(options: { username?: string; roles?: Role[]; orgId?: string | null } = {}): Principal {
  const username = options.username ?? 'vanthu.hoanghoa';
  return {
    kind: 'user',
    subject: `test-${username}`,
    username,
    name: username,
    roles: options.roles ?? ['van-thu'],
    orgId: options.orgId === undefined ? 'th-ubnd-xa-hoang-hoa' : options.orgId,
    clientId: 'portal',
  };
}
