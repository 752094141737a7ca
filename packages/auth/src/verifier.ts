import { err, type DomainError, type Result } from '@lienthong/kernel';
import { createRemoteJWKSet, customFetch, errors, jwtVerify, type FetchImplementation, type JWTPayload } from 'jose';
import { authError, type AuthErrorCode } from './errors.js';
import { principalFromClaims, type Principal } from './principal.js';

export type TokenVerifierOptions = {
  /** Expected `iss`, e.g. `http://localhost:8080/realms/lienthong` (Keycloak: `<base>/realms/<realm>`). */
  issuer: string;
  /** Required in `aud` (a string or an array), e.g. `lienthong-api`. */
  audience: string;
  /** Default `${issuer}/protocol/openid-connect/certs`, Keycloak's path. */
  jwksUrl?: string;
  /** Leeway for `exp` and `nbf`, in seconds. Default 30. */
  clockToleranceSeconds?: number;
  /** How the JWKS is fetched (default global fetch): lets a process serve its own keys without a network hop. */
  fetchJwks?: FetchImplementation;
};

export type VerifyResult = Result<Principal, DomainError<AuthErrorCode>>;

export type TokenVerifier = {
  /** Verifies a bare token; `undefined` or empty is TOKEN_MISSING. */
  verify(token: string | undefined): Promise<VerifyResult>;
  /** Verifies the value of an `Authorization` header (`Bearer <token>`, scheme case-insensitive). */
  verifyAuthorizationHeader(header: string | readonly string[] | undefined): Promise<VerifyResult>;
};

/** Header `typ` values of access tokens: Keycloak writes `JWT`, RFC 9068 issuers (oidc-provider) `at+jwt`. */
const ACCESS_TOKEN_TYPES = new Set(['jwt', 'at+jwt', 'application/at+jwt']);
/** Asymmetric algorithms only: a token can never choose a shared-secret or `none` algorithm. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Checks bearer tokens against the issuer's JWKS (jose): signature, `iss`, `aud`, `exp`/`nbf` with clock tolerance,
 * then maps the claims to a `Principal`. Works with Keycloak and with the built-in development issuer.
 * Invariants: a bad token is never thrown, it is an `err` whose code says why (TOKEN_MISSING, TOKEN_MALFORMED,
 * TOKEN_EXPIRED, TOKEN_SIGNATURE_INVALID, TOKEN_ISSUER_INVALID, TOKEN_AUDIENCE_INVALID, TOKEN_NOT_YET_VALID); the
 * promise rejects only when the keys cannot be fetched (the issuer is down), which is not the caller's fault.
 * Keycloak ID and refresh tokens (claim `typ` other than `Bearer`) are refused as TOKEN_MALFORMED.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { issuer, audience } = options;
  const clockTolerance = options.clockToleranceSeconds ?? 30;
  const jwksUrl = options.jwksUrl ?? `${issuer.replace(/\/+$/, '')}/protocol/openid-connect/certs`;
  const keys = createRemoteJWKSet(new URL(jwksUrl), options.fetchJwks ? { [customFetch]: options.fetchJwks } : {});

  async function verify(token: string | undefined): Promise<VerifyResult> {
    if (token === undefined || token.trim() === '') return err(authError('TOKEN_MISSING'));
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token.trim(), keys, {
        issuer,
        audience,
        clockTolerance,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp'],
      });
      payload = verified.payload;
      const type = verified.protectedHeader.typ;
      if (type !== undefined && !ACCESS_TOKEN_TYPES.has(type.toLowerCase())) {
        return err(authError('TOKEN_MALFORMED', { reason: `token type ${type} is not an access token` }));
      }
    } catch (error) {
      return err(rejection(error, { issuer, audience }));
    }
    const claimType = payload['typ'];
    if (claimType !== undefined && claimType !== 'Bearer') {
      return err(authError('TOKEN_MALFORMED', { reason: `token type ${String(claimType)} is not an access token` }));
    }
    return principalFromClaims(payload);
  }

  return {
    verify,
    async verifyAuthorizationHeader(header) {
      if (header === undefined || header === '') return err(authError('TOKEN_MISSING'));
      if (typeof header !== 'string') {
        return err(authError('TOKEN_MALFORMED', { reason: 'more than one Authorization header' }));
      }
      const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header);
      if (!match?.[1]) {
        return err(authError('TOKEN_MALFORMED', { reason: 'the Authorization header is not "Bearer <token>"' }));
      }
      return verify(match[1]);
    },
  };
}

/** The domain error for a token jose refused; rethrows what is not the token's fault (JWKS unreachable). */
function rejection(error: unknown, expected: { issuer: string; audience: string }): DomainError<AuthErrorCode> {
  if (error instanceof errors.JWTExpired) {
    return authError('TOKEN_EXPIRED', { expiredAt: epochToIso(error.payload.exp) });
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const { payload } = error;
    if (error.claim === 'iss') {
      return authError('TOKEN_ISSUER_INVALID', { expected: expected.issuer, actual: String(payload.iss ?? '(none)') });
    }
    if (error.claim === 'aud') {
      const actual = Array.isArray(payload.aud) ? payload.aud.join(', ') : String(payload.aud ?? '(none)');
      return authError('TOKEN_AUDIENCE_INVALID', { expected: expected.audience, actual });
    }
    if (error.claim === 'nbf') return authError('TOKEN_NOT_YET_VALID', { notBefore: epochToIso(payload.nbf) });
    return authError('TOKEN_MALFORMED', { reason: `claim ${error.claim}: ${error.message}` });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return authError('TOKEN_SIGNATURE_INVALID', { issuer: expected.issuer });
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  ) {
    return authError('TOKEN_MALFORMED', { reason: error.message });
  }
  throw error;
}

function epochToIso(seconds: unknown): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : '(unknown)';
}
