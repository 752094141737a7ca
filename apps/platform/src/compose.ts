import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createTokenVerifier, type TokenVerifier } from '@lienthong/auth';
import { createDevIssuer, type DevIssuer } from '@lienthong/auth/dev-issuer';
import type { DatabaseHandle } from '@lienthong/db';
import { createEventMetrics, startOutboxRelay, type EventConsumer, type EventTransport } from '@lienthong/events';
import { createIntakeApi, type OcrReader } from '@lienthong/intake-api';
import type { Clock, IdGenerator } from '@lienthong/kernel';
import { createOrgTree } from '@lienthong/organization';
import { createRoutingApi } from '@lienthong/routing-api';
import { demoProcedures, thanhHoaOrganization } from '@lienthong/seed';
import { createServer } from '@lienthong/service-kit';
import type { FileStore } from '@lienthong/storage';
import type { Logger } from '@lienthong/telemetry';
import { createStaticFiles } from './static-files.js';

/** The realm both Keycloak and the built-in issuer serve. */
export const REALM = 'lienthong';
export const DEFAULT_REALM_FILE = fileURLToPath(new URL('../../../infra/keycloak/realm.json', import.meta.url));
export const DEFAULT_PORTAL_DIR = fileURLToPath(new URL('../../portal/web/dist', import.meta.url));

/** How far back the in-process bus is refilled from the outbox on start (see ADR 0005). */
const REPUBLISH_WINDOW_MS = 60 * 60 * 1000;

/** Where each service is mounted; the portal's per-service clients use the same paths behind a gateway. */
export const SERVICE_BASE_PATHS = { intake: '/api/intake/trpc', routing: '/api/routing/trpc' } as const;
/** Where the portal uploads scans and drafts and downloads documents' files (plain HTTP, not tRPC). */
export const INTAKE_FILES_PATH = '/api/intake/files';

export type PlatformAuth =
  /** The host is its own OpenID issuer at `<publicUrl>/realms/lienthong`, with users from the realm file. */
  | { mode: 'built-in'; publicUrl: string; realmFile: string; audience: string }
  /** Keycloak (or another issuer) at `issuer`. */
  | { mode: 'external'; issuer: string; audience: string; jwksUrl?: string | undefined };

export type PlatformDeps = {
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  auth: PlatformAuth;
  /** In process by default; Kafka when the host is given brokers. */
  transport: EventTransport;
  /** Documents' files (content-addressed). */
  files: FileStore;
  /** Largest upload over `POST /api/intake/files`; keep it at the file store's own limit. Default 50 MiB. */
  uploadLimitBytes?: number;
  /** Reads registered scans in the background (`createOcrEngine()` of `@lienthong/ocr`); none: scans are not read. */
  ocr?: OcrReader & { close(): Promise<void> };
  /** Load the Thanh Hóa demo organisation when the directory is empty. */
  seedDemo: boolean;
  portalDir?: string | undefined;
  bodyLimitBytes?: number | undefined;
};

async function createAuth(
  auth: PlatformAuth,
): Promise<{ verifier: TokenVerifier; issuer: string; devIssuer?: DevIssuer }> {
  if (auth.mode === 'external') {
    return {
      issuer: auth.issuer,
      verifier: createTokenVerifier({ issuer: auth.issuer, audience: auth.audience, jwksUrl: auth.jwksUrl }),
    };
  }
  const realm: unknown = JSON.parse(await readFile(auth.realmFile, 'utf8'));
  const devIssuer = await createDevIssuer({
    issuerUrl: `${auth.publicUrl}/realms/${REALM}`,
    realm,
    audience: auth.audience,
  });
  // Verify with the issuer's own keys, without an HTTP round trip to ourselves.
  const jwks = JSON.stringify(devIssuer.jwks);
  const verifier = createTokenVerifier({
    issuer: devIssuer.issuer,
    audience: auth.audience,
    fetchJwks: async () => new Response(jwks, { headers: { 'content-type': 'application/json' } }),
  });
  return { verifier, issuer: devIssuer.issuer, devIssuer };
}

/**
 * Composes every service api over one database (one Postgres schema each) and one event transport: applies their
 * migrations, seeds the demo organisation on first start, starts the outbox relay and the consumers, and returns an
 * HTTP server (not listening yet) that also serves the portal, its `/config.json` and, in built-in mode, the issuer.
 */
export async function createPlatform(deps: PlatformDeps) {
  const { database, clock, ids, logger, transport } = deps;
  const { verifier, issuer, devIssuer } = await createAuth(deps.auth);

  let wakeRelay = () => undefined as void;
  let wakeOcr = () => undefined as void;
  const intake = createIntakeApi({
    database,
    clock,
    ids,
    verifier,
    files: deps.files,
    ...(deps.uploadLimitBytes === undefined ? {} : { uploadLimitBytes: deps.uploadLimitBytes }),
    logger: logger.child({ service: 'intake' }),
    onOutboxWritten: () => wakeRelay(),
    onOcrQueued: () => wakeOcr(),
  });
  const routing = createRoutingApi({ database, clock, ids, verifier, logger: logger.child({ service: 'routing' }) });
  const apis = [intake, routing];
  for (const api of apis) await api.migrate();

  if (deps.seedDemo) {
    const demo = thanhHoaOrganization();
    const tree = createOrgTree(demo.units, demo.successions);
    if (!tree.ok) throw new Error(`The demo organisation is inconsistent: ${tree.error.messageEn}`);
    const added = await intake.seedOrganization(demo.units);
    if (added > 0) logger.info({ units: added }, 'demo organisation loaded (Thanh Hóa)');
    // Demo one-stop procedures for today's communes (the State side), so dossiers can be received right away.
    const communes = demo.units.filter(
      (unit) => unit.level === 'commune' && unit.side === 'state' && unit.validTo === null,
    );
    const procedures = await intake.seedProcedures(
      communes.map((unit) => unit.id),
      demoProcedures(),
    );
    if (procedures > 0) logger.info({ versions: procedures }, 'demo procedures loaded');
  }

  const portalConfig = JSON.stringify({
    oidc: { url: issuer.slice(0, issuer.lastIndexOf(`/realms/${REALM}`)), realm: REALM, clientId: 'portal' },
    services: SERVICE_BASE_PATHS,
  });
  const serveConfig = (_req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(portalConfig);
  };

  const server = createServer({
    logger,
    bodyLimitBytes: deps.bodyLimitBytes,
    services: [
      { api: intake, basePath: SERVICE_BASE_PATHS.intake },
      { api: routing, basePath: SERVICE_BASE_PATHS.routing },
    ],
    routes: [
      { prefix: '/config.json', handle: serveConfig },
      intake.fileRoute(INTAKE_FILES_PATH),
      ...(devIssuer ? [{ prefix: devIssuer.prefix, handle: devIssuer.handle }] : []),
      { prefix: '/', handle: createStaticFiles(deps.portalDir ?? DEFAULT_PORTAL_DIR) },
    ],
  });
  const metrics = createEventMetrics(server.metricsRegistry);
  const consumers: EventConsumer[] = routing.createConsumers({ transport, metrics });
  for (const consumer of consumers) await consumer.start();
  const relay = startOutboxRelay({
    database,
    outbox: intake.outbox,
    transport,
    logger,
    metrics,
    clock,
    // In process, messages do not survive a restart: hand the last hour's events over again; consumers skip
    // those they already applied (inbox), and apply those a crash took from the bus.
    republishSince: transport.kind === 'in-process' ? new Date(clock.now().getTime() - REPUBLISH_WINDOW_MS) : undefined,
  });
  wakeRelay = () => relay.wake();
  const ocrWorker = deps.ocr ? intake.startOcrWorker(deps.ocr) : undefined;
  if (ocrWorker) wakeOcr = () => ocrWorker.wake();

  /** Stops taking work in order: HTTP, then consumers, then the relay (which publishes what is left), then the issuer. */
  const shutdownSteps = [
    { name: 'http', run: () => server.close() },
    { name: 'consumers', run: async () => void (await Promise.all(consumers.map((c) => c.stop()))) },
    { name: 'outbox relay', run: () => relay.stop() },
    { name: 'event transport', run: () => transport.close() },
    ...(ocrWorker && deps.ocr
      ? [{ name: 'ocr', run: async () => (await ocrWorker.stop(), await deps.ocr?.close()) }]
      : []),
    ...(devIssuer ? [{ name: 'issuer', run: () => devIssuer.close() }] : []),
  ];
  return { server, issuer, relay, consumers, serviceNames: apis.map((api) => api.name), shutdownSteps };
}

export type Platform = Awaited<ReturnType<typeof createPlatform>>;
