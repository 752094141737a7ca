import { authError, hasRole, type Principal, type Role } from '@lienthong/auth';
import { isDomainError } from '@lienthong/kernel';
import { withSpan } from '@lienthong/telemetry';
import { initTRPC, type TRPCError } from '@trpc/server';
import superjson from 'superjson';
import type { AuthContext } from './auth.js';
import { toTRPCError } from './errors.js';

/** What a client finds in `error.data.domain` when a procedure failed with a domain rule violation. */
export type DomainErrorData = {
  code: string;
  kind: string;
  messageVi: string;
  messageEn: string;
  details: Readonly<Record<string, unknown>>;
};

/** Field path (`'address.street'`, `'items.0.title'`; `''` for the input itself) → messages. */
export type ZodIssuesData = Record<string, string[]>;

type IssueLike = { path?: readonly unknown[]; message: string };

const INTERNAL_MESSAGE = 'Internal server error';

/**
 * One tRPC instance for one service: superjson, the shared error formatter, and a `publicProcedure` that traces
 * each call and turns a thrown `DomainError` into the `TRPCError` of `DOMAIN_KIND_TO_TRPC`.
 * When `Ctx` carries `AuthContext` (`principal`, `authError`, filled by `authenticateRequest`), it also returns
 * `protectedProcedure` (a principal is required: otherwise the context's `authError` or TOKEN_MISSING, 401) and
 * `requireRoles(...roles)` (a protected procedure that also needs one of the roles: otherwise ROLE_REQUIRED, 403);
 * inside both, `ctx.principal` is a `Principal`, never null.
 * Invariants: an error's `data` carries `code`, `httpStatus`, `path`, plus `domain` (domain errors) or `zodIssues`
 * (rejected input) and never a stack; unexpected errors reach clients as "Internal server error" only.
 */
export function createServiceTRPC<Ctx extends object>() {
  const t = initTRPC.context<Ctx>().create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const domain = domainErrorData(error);
      const zodIssues = error.code === 'BAD_REQUEST' && !domain ? inputIssues(error.cause) : undefined;
      return {
        code: shape.code,
        message: error.code === 'INTERNAL_SERVER_ERROR' && !domain ? INTERNAL_MESSAGE : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          ...(domain ? { domain } : {}),
          ...(zodIssues ? { zodIssues } : {}),
        },
      };
    },
  });

  const publicProcedure = t.procedure
    .use(({ path, type, next }) =>
      withSpan(
        `trpc ${path}`,
        async (span) => {
          const result = await next();
          if (!result.ok) {
            span.setAttribute('rpc.trpc.error_code', result.error.code);
            // Only unexpected failures mark the span failed; a rejected request is the service working as designed.
            if (result.error.code === 'INTERNAL_SERVER_ERROR') throw result.error;
          }
          return result;
        },
        { 'rpc.system': 'trpc', 'rpc.method': path, 'rpc.trpc.type': type },
      ),
    )
    .use(async ({ next }) => {
      const result = await next();
      if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR' && isDomainError(result.error.cause)) {
        throw toTRPCError(result.error.cause);
      }
      return result;
    });

  const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
    // Only reachable through the AuthContext-typed return below; a context without the fields has no principal.
    const auth = ctx as Partial<AuthContext>;
    if (!auth.principal) throw auth.authError ?? authError('TOKEN_MISSING');
    return next({ ctx: { principal: auth.principal } });
  });

  /** A protected procedure for callers with at least one of `roles`. */
  const requireRoles = (...roles: [Role, ...Role[]]) =>
    protectedProcedure.use(({ ctx, next }) => {
      const principal: Principal = ctx.principal;
      if (!hasRole(principal, ...roles)) {
        throw authError('ROLE_REQUIRED', {
          username: principal.username,
          roles: roles.join(', '),
          requiredRoles: roles,
        });
      }
      return next();
    });

  const builders = {
    router: t.router,
    publicProcedure,
    middleware: t.middleware,
    createCallerFactory: t.createCallerFactory,
    mergeRouters: t.mergeRouters,
  };
  const authBuilders = { protectedProcedure, requireRoles };
  // The auth builders exist at runtime for every Ctx but are typed only where Ctx carries AuthContext; TypeScript
  // cannot relate the object to a conditional type on the still-generic Ctx, hence the double assertion.
  return { ...builders, ...authBuilders } as unknown as typeof builders &
    (Ctx extends AuthContext ? typeof authBuilders : unknown);
}

function domainErrorData(error: TRPCError): DomainErrorData | undefined {
  const cause = error.cause;
  if (!isDomainError(cause)) return undefined;
  return {
    code: cause.code,
    kind: cause.kind,
    messageVi: cause.messageVi,
    messageEn: cause.messageEn,
    details: cause.details,
  };
}

/** Flattens the issues of a failed input parse (zod, or any Standard Schema validator) by field path. */
function inputIssues(cause: unknown): ZodIssuesData | undefined {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const flattened: ZodIssuesData = {};
  for (const issue of issues as IssueLike[]) {
    const key = (issue.path ?? []).map(pathSegment).join('.');
    (flattened[key] ??= []).push(issue.message);
  }
  return flattened;
}

function pathSegment(segment: unknown): string {
  // Standard Schema allows `{ key }` segments; zod uses plain keys.
  const key = typeof segment === 'object' && segment !== null && 'key' in segment ? segment.key : segment;
  return String(key);
}
