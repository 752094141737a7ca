import type { IntakeRouter } from '@lienthong/intake-api/router';
import type { RoutingRouter } from '@lienthong/routing-api/router';
import { createServiceClient } from '@lienthong/service-kit/client';
import type { PortalConfig } from '../config.js';

/** One typed tRPC client per service (style.md §6): no router spans two services. */
export type ApiClients = {
  intake: ReturnType<typeof createServiceClient<IntakeRouter>>;
  routing: ReturnType<typeof createServiceClient<RoutingRouter>>;
};

/** Builds the clients; every request carries `Authorization: Bearer <token>` from `getToken`, called per request. */
export function createApiClients(services: PortalConfig['services'], getToken: () => Promise<string>): ApiClients {
  const headers = async () => ({ authorization: `Bearer ${await getToken()}` });
  return {
    intake: createServiceClient<IntakeRouter>({ url: services.intake, headers }),
    routing: createServiceClient<RoutingRouter>({ url: services.routing, headers }),
  };
}
