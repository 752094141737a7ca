import type { IncomingHttpHeaders } from 'node:http';
import type { Principal, TokenVerifier } from '@lienthong/auth';
import type { DomainError } from '@lienthong/kernel';

/**
 * What a service's context carries about the caller. `principal` is null for an anonymous request or a refused
 * token; `authError` says why a token was refused (null when there was no token), so that `protectedProcedure`
 * can answer 401 with the reason.
 */
export type AuthContext = { principal: Principal | null; authError: DomainError | null };

/**
 * Reads `Authorization: Bearer <token>` and verifies it; call it from a service's `createContext`.
 * Invariants: never throws for a bad or missing token (public procedures still run); rejects only when the issuer's
 * keys cannot be fetched, which the server answers with 500.
 */
export async function authenticateRequest(
  verifier: Pick<TokenVerifier, 'verifyAuthorizationHeader'>,
  req: { headers: IncomingHttpHeaders },
): Promise<AuthContext> {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return { principal: null, authError: null };
  const result = await verifier.verifyAuthorizationHeader(header);
  return result.ok ? { principal: result.value, authError: null } : { principal: null, authError: result.error };
}
