export { createServiceTRPC, type DomainErrorData, type ZodIssuesData } from './trpc.js';
export { authenticateRequest, type AuthContext } from './auth.js';
export { DOMAIN_KIND_TO_HTTP, DOMAIN_KIND_TO_TRPC, unwrap } from './errors.js';
export {
  defineEnv,
  EnvError,
  loadEnvOrExit,
  serverEnv,
  type EnvDefinition,
  type EnvProblem,
  type EnvShape,
  type EnvSource,
} from './env.js';
export { runReadinessChecks, READINESS_TIMEOUT_MS, type ReadinessCheck, type ReadinessReport } from './readiness.js';
export {
  createServer,
  type CreateServerOptions,
  type HttpRoute,
  type MountedService,
  type ServiceApi,
  type ServiceServer,
} from './server.js';
export {
  installGracefulShutdown,
  type GracefulShutdown,
  type GracefulShutdownOptions,
  type ShutdownStep,
} from './shutdown.js';
export { reportStartupFailure } from './startup.js';
