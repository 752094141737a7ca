import { isDomainError, type DomainError, type DomainErrorKind, type Result } from '@lienthong/kernel';
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

/**
 * The one table from a domain error's kind to the tRPC code (and so the HTTP status) a client sees.
 * Invariant: every kind has exactly one code; nothing else in the workspace maps kinds to transport codes.
 */
export const DOMAIN_KIND_TO_TRPC = {
  invalid: 'BAD_REQUEST',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
  unauthenticated: 'UNAUTHORIZED',
} as const satisfies Record<DomainErrorKind, TRPC_ERROR_CODE_KEY>;

/**
 * The value of a successful result; throws the `DomainError` of a failed one, which the service's procedures turn
 * into the mapped tRPC error. Usage in a procedure: `return toDto(unwrap(registerDocument(state, input)))`.
 */
export function unwrap<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  throw result.error;
}

/** A thrown `DomainError` as the `TRPCError` its kind maps to, with the domain error kept as `cause`. */
export function toTRPCError(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return new TRPCError({ code: DOMAIN_KIND_TO_TRPC[error.kind], message: error.message, cause: error });
}

/** The HTTP status of each domain error kind, for plain HTTP routes (file upload and download); same as tRPC's. */
export const DOMAIN_KIND_TO_HTTP = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
} as const satisfies Record<DomainErrorKind, number>;
