/**
 * `@lienthong/auth/testing`: a local issuer with a real JWKS and a token minter, and a browser-like login through
 * the authorization-code flow. For tests only.
 */
export { createTestIssuer, type MintTokenOptions, type TestIssuer } from './test-issuer.js';
export { loginWithPassword, LoginRefusedError, type BrowserLoginOptions, type TokenSet } from './browser-login.js';
export { aPrincipal } from './principal.builder.js';
