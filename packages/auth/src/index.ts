export { ROLES, isRole, type Role } from './roles.js';
export { authError, type AuthErrorCode } from './errors.js';
export { hasRole, principalFromClaims, requireOrgId, SERVICE_ACCOUNT_PREFIX, type Principal } from './principal.js';
export { createTokenVerifier, type TokenVerifier, type TokenVerifierOptions, type VerifyResult } from './verifier.js';
export {
  ClientCredentialsError,
  createClientCredentialsSource,
  type ClientCredentialsOptions,
  type ClientCredentialsSource,
} from './client-credentials.js';
