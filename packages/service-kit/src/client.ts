/**
 * Browser-safe entry (`@lienthong/service-kit/client`): no Node imports. The portal and service-to-service callers
 * build their clients here so that the transformer always matches the server's.
 */
import { createTRPCClient, httpBatchLink, type HTTPHeaders, type TRPCClient } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import superjson from 'superjson';

export type ServiceClientOptions = {
  /** The service's tRPC base URL, e.g. `http://localhost:8080/trpc` or `/api/intake/trpc` behind the gateway. */
  url: string;
  /** Sent with every batch; a function is called per request (fresh bearer tokens). */
  headers?: HTTPHeaders | (() => HTTPHeaders | Promise<HTTPHeaders>);
  /** Another fetch implementation (tests, instrumented fetch). */
  fetch?: typeof globalThis.fetch;
};

/** A typed client for one service's router: batched HTTP, superjson, the given headers. */
export function createServiceClient<TRouter extends AnyTRPCRouter>(options: ServiceClientOptions): TRPCClient<TRouter> {
  const linkOptions = {
    url: options.url,
    transformer: superjson,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  // With TRouter still generic, tRPC cannot see that its transformer is superjson (createServiceTRPC sets it for
  // every service), so the link's transformer option has to be asserted.
  type LinkOptions = Parameters<typeof httpBatchLink<TRouter>>[0];
  return createTRPCClient<TRouter>({ links: [httpBatchLink<TRouter>(linkOptions as unknown as LinkOptions)] });
}

export { TRPCClientError } from '@trpc/client';
