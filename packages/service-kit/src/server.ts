import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@lienthong/telemetry';
import type { AnyTRPCRouter } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { Registry } from 'prom-client';
import { toTRPCError } from './errors.js';
import { createHttpMetrics } from './metrics.js';
import { READINESS_TIMEOUT_MS, runReadinessChecks, type ReadinessCheck } from './readiness.js';

/**
 * What every `createXApi(deps)` returns (architecture §3): the service's router and how to build its context, its
 * migrations, and the checks that say it can take traffic. Servers mount it; nothing else about a service leaks.
 */
export type ServiceApi<TRouter extends AnyTRPCRouter = AnyTRPCRouter> = {
  name: string;
  router: TRouter;
  createContext(opts: { req: IncomingMessage; res: ServerResponse }): unknown | Promise<unknown>;
  migrate(): Promise<void>;
  readiness: ReadinessCheck[];
};

/** A service api at its base path: `'/trpc'` standalone, `'/api/intake/trpc'` in the all-in-one host. */
export type MountedService = { api: ServiceApi; basePath: string };

/** A plain handler for every path under `prefix` (portal files, the dev identity provider...). */
export type HttpRoute = {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
  /**
   * Largest request body this route accepts, instead of the server's (file uploads). A declared larger body gets 413
   * before the handler runs; a route that streams must still count what it reads (chunked bodies declare nothing).
   */
  bodyLimitBytes?: number;
};

export type CreateServerOptions = {
  logger: Logger;
  services: MountedService[];
  /** Largest request body; larger ones get 413 before any handler runs. Default 1 MiB. */
  bodyLimitBytes?: number;
  routes?: HttpRoute[];
  /** Checks beyond the services' own (the event bus, say). */
  readiness?: ReadinessCheck[];
  readinessTimeoutMs?: number;
};

export type ServiceServer = {
  server: Server;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops accepting connections, answers `/readyz` with 503, resolves once open requests are done. */
  close(): Promise<void>;
  metricsRegistry: Registry;
};

const DEFAULT_BODY_LIMIT_BYTES = 1_048_576;
const PROBE_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);
const UNMATCHED = '(unmatched)';
const UNKNOWN_PROCEDURE = '(unknown)';

type Target =
  | { kind: 'probe'; route: string }
  | {
      kind: 'service';
      route: string;
      mounted: MountedService;
      handler: (req: IncomingMessage, res: ServerResponse) => void;
    }
  | { kind: 'route'; route: string; handle: HttpRoute['handle']; bodyLimit: number | undefined }
  | { kind: 'none'; route: string };

type RequestState = {
  target: Target;
  /** Procedure paths of a tRPC request, in call order (several for a batch). */
  procedures: string[];
  /** HTTP status of each failed procedure, from tRPC's `onError`. */
  failures: Map<string, number>;
};

/**
 * The HTTP server every deployable runs: tRPC for each mounted service, `GET /healthz` (liveness),
 * `GET /readyz` (every readiness check, 2 s each), `GET /metrics` (Prometheus text), extra routes, JSON 404.
 * Invariants: bodies over the limit get 413 and reach no handler; every request is logged once (probes at debug)
 * and counted with a bounded `route` label (procedure path, fixed route or route prefix).
 */
export function createServer(options: CreateServerOptions): ServiceServer {
  const { logger } = options;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const metrics = createHttpMetrics();
  const states = new WeakMap<IncomingMessage, RequestState>();
  let closing = false;

  const services = options.services
    .map((mounted) => ({
      mounted,
      basePath: normalisePath(mounted.basePath),
      handler: createHTTPHandler({
        router: mounted.api.router,
        basePath: mounted.basePath,
        maxBodySize: bodyLimit,
        createContext: async ({ req, res }) => {
          try {
            return await mounted.api.createContext({ req, res });
          } catch (error) {
            throw toTRPCError(error);
          }
        },
        onError: ({ error, path, req }) => {
          if (path) states.get(req)?.failures.set(path, getHTTPStatusCodeFromError(error));
          if (error.code === 'INTERNAL_SERVER_ERROR') {
            logger.error({ err: error.cause ?? error, service: mounted.api.name, path }, 'procedure failed');
          }
        },
      }),
    }))
    .sort((a, b) => b.basePath.length - a.basePath.length);
  const routes = [...(options.routes ?? [])]
    .map((route) => ({ ...route, prefix: normalisePath(route.prefix) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  // Checks are reported as `<service>.<check>` so that services sharing a host (and a database) stay apart.
  const readiness = [
    ...options.services.flatMap((s) =>
      s.api.readiness.map((check) => ({ ...check, name: `${s.api.name}.${check.name}` })),
    ),
    ...(options.readiness ?? []),
  ];

  function resolveTarget(pathname: string): Target {
    if (PROBE_ROUTES.has(pathname)) return { kind: 'probe', route: pathname };
    const service = services.find((s) => isUnder(pathname, s.basePath));
    if (service)
      return { kind: 'service', route: service.basePath, mounted: service.mounted, handler: service.handler };
    const route = routes.find((r) => isUnder(pathname, r.prefix));
    if (route)
      return { kind: 'route', route: route.prefix || '/', handle: route.handle, bodyLimit: route.bodyLimitBytes };
    return { kind: 'none', route: UNMATCHED };
  }

  async function answerProbe(route: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: { code: 'METHOD_NOT_SUPPORTED', message: `Use GET for ${route}` } });
    }
    if (route === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (route === '/metrics') {
      res.statusCode = 200;
      res.setHeader('content-type', metrics.registry.contentType);
      res.end(await metrics.registry.metrics());
      return;
    }
    if (closing) return sendJson(res, 503, { status: 'shutting_down', checks: {} });
    const report = await runReadinessChecks(readiness, options.readinessTimeoutMs ?? READINESS_TIMEOUT_MS);
    return sendJson(res, report.ready ? 200 : 503, {
      status: report.ready ? 'ready' : 'not_ready',
      checks: report.checks,
    });
  }

  async function dispatch(req: IncomingMessage, res: ServerResponse, state: RequestState, pathname: string) {
    const { target } = state;
    if (target.kind === 'probe') return answerProbe(target.route, req, res);
    if (target.kind === 'none') return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'No such route' } });
    if (target.kind === 'service') {
      const calls = pathname.slice(target.route.length).replace(/^\/+|\/+$/g, '');
      state.procedures = calls ? calls.split(',') : [];
    }
    const limit = target.kind === 'route' ? (target.bodyLimit ?? bodyLimit) : bodyLimit;
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      res.setHeader('connection', 'close');
      return sendJson(res, 413, {
        error: { code: 'PAYLOAD_TOO_LARGE', message: `Request body larger than ${limit} bytes` },
      });
    }
    if (target.kind === 'route') return target.handle(req, res);
    target.handler(req, res);
  }

  /** One metric sample per procedure of a tRPC request, or one for the whole request otherwise. */
  function samples(state: RequestState, status: number): { route: string; status: number }[] {
    const { target } = state;
    if (target.kind !== 'service' || state.procedures.length === 0) return [{ route: target.route, status }];
    const known = target.mounted.api.router._def.procedures;
    return state.procedures.map((path) => ({
      // Unknown paths share one label: a client must not be able to mint new time series.
      route: `${target.route}/${Object.hasOwn(known, path) ? path : UNKNOWN_PROCEDURE}`,
      // A batch that partly failed answers 207; its successful calls count as 200.
      status: state.failures.get(path) ?? (status === 207 ? 200 : status),
    }));
  }

  function record(req: IncomingMessage, res: ServerResponse, state: RequestState, started: bigint): void {
    const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    // 499 (nginx's "client closed request") when the client went away before the answer was complete.
    const status = res.writableFinished ? res.statusCode : 499;
    const method = req.method ?? 'GET';
    const observed = samples(state, status);
    for (const sample of observed)
      metrics.observe({ method, route: sample.route, status: sample.status, durationSeconds });
    const line = {
      method,
      route: observed.map((s) => s.route).join(','),
      status,
      durationMs: Math.round(durationSeconds * 1e4) / 10,
    };
    if (state.target.kind === 'probe') logger.debug(line, 'request');
    else logger.info(line, 'request');
  }

  const server = createHttpServer((req, res) => {
    const started = process.hrtime.bigint();
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const state: RequestState = { target: resolveTarget(pathname), procedures: [], failures: new Map() };
    states.set(req, state);
    res.once('close', () => record(req, res, state, started));
    dispatch(req, res, state, pathname).catch((error: unknown) => {
      logger.error({ err: error, route: state.target.route }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      else res.destroy();
    });
  });

  return {
    server,
    metricsRegistry: metrics.registry,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        const onListening = () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const url = `http://${displayHost(address)}:${address.port}`;
          logger.info(
            { url, services: options.services.map((s) => `${s.api.name} ${normalisePath(s.basePath)}`) },
            'listening',
          );
          resolve({ url, port: address.port });
        };
        if (host === undefined) server.listen(port, onListening);
        else server.listen(port, host, onListening);
      }),
    close: () =>
      new Promise((resolve, reject) => {
        closing = true;
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function normalisePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

function isUnder(pathname: string, prefix: string): boolean {
  return prefix === '' || pathname === prefix || pathname.startsWith(`${prefix}/`);
}

function displayHost(address: AddressInfo): string {
  if (address.address === '0.0.0.0' || address.address === '::') return 'localhost';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
