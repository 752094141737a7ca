import { createServer as createNetServer } from 'node:net';
import { loginWithPassword } from '@lienthong/auth/testing';
import type { IntakeRouter } from '@lienthong/intake-api';
import type { RoutingRouter } from '@lienthong/routing-api';
import { createServiceClient } from '@lienthong/service-kit/client';
import { SERVICE_BASE_PATHS } from './compose.js';

/** The password of every demo user in infra/keycloak/realm.json (development only). */
export const DEMO_PASSWORD = 'LienThong@2025';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Signs a demo user in through the issuer's real authorization-code + PKCE flow and returns per-service clients. */
export async function signIn(options: { baseUrl: string; issuer: string; username: string }) {
  const tokens = await loginWithPassword({ issuer: options.issuer, username: options.username, password: DEMO_PASSWORD });
  const headers = { authorization: `Bearer ${tokens.accessToken}` };
  return {
    accessToken: tokens.accessToken,
    intake: createServiceClient<IntakeRouter>({ url: `${options.baseUrl}${SERVICE_BASE_PATHS.intake}`, headers }),
    routing: createServiceClient<RoutingRouter>({ url: `${options.baseUrl}${SERVICE_BASE_PATHS.routing}`, headers }),
  };
}
