import type { TokenVerifier } from '@lienthong/auth';
import type { Database, DatabaseHandle } from '@lienthong/db';
import type { Clock, IdGenerator } from '@lienthong/kernel';
import type { FileStore } from '@lienthong/storage';
import { authenticateRequest, type AuthContext } from '@lienthong/service-kit';
import type { Logger } from '@lienthong/telemetry';
import type { IncomingMessage } from 'node:http';

/** Everything the service needs, passed once from the composition root (server main or the all-in-one host). */
export type IntakeDeps = {
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** Checks bearer tokens (Keycloak's JWKS, or the built-in issuer's in the all-in-one host). */
  verifier: Pick<TokenVerifier, 'verifyAuthorizationHeader'>;
  /** Where documents' files are kept (content-addressed). */
  files: FileStore;
  /** Largest upload accepted over `POST …/files` (default 50 MiB); keep it at the store's own limit. */
  uploadLimitBytes?: number;
  /** Called after a transaction that wrote outbox rows commits, so the relay publishes at once instead of at its next poll. */
  onOutboxWritten?: () => void;
  /** Called after a registration queued OCR jobs, so a worker starts at once instead of at its next poll. */
  onOcrQueued?: () => void;
};

/** The per-request context procedures see: dependencies plus the caller, if the token was valid. */
export type IntakeContext = AuthContext & {
  db: Database;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  files: FileStore;
  onOutboxWritten: () => void;
  onOcrQueued: () => void;
};

export function createContextFactory(deps: IntakeDeps) {
  const base = (auth: AuthContext): IntakeContext => ({
    ...auth,
    db: deps.database.db,
    clock: deps.clock,
    ids: deps.ids,
    logger: deps.logger,
    files: deps.files,
    onOutboxWritten: deps.onOutboxWritten ?? (() => undefined),
    onOcrQueued: () => deps.onOcrQueued?.(),
  });
  return {
    /** For HTTP requests: authenticates the `Authorization: Bearer` header. */
    fromRequest: async ({ req }: { req: IncomingMessage }) => base(await authenticateRequest(deps.verifier, req)),
    /** For server-side callers (tests, the host): an already known caller. */
    forPrincipal: (principal: AuthContext['principal']) => base({ principal, authError: null }),
  };
}
