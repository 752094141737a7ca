import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authEnv } from './env.js';

const schema = z.object(authEnv);

describe('authEnv', () => {
  it('leaves the issuer unset (built-in issuer) and defaults the audience to lienthong-api', () => {
    expect(schema.parse({})).toEqual({ OIDC_AUDIENCE: 'lienthong-api' });
    expect(schema.parse({ OIDC_ISSUER_URL: '', OIDC_CLIENT_ID: '' })).toEqual({ OIDC_AUDIENCE: 'lienthong-api' });
  });

  it('accepts a realm URL and drops a trailing slash, since Keycloak’s iss has none', () => {
    const env = schema.parse({
      OIDC_ISSUER_URL: 'http://127.0.0.1:8180/realms/lienthong/',
      OIDC_CLIENT_ID: 'intake',
      OIDC_CLIENT_SECRET: 'dev-secret-intake',
    });
    expect(env).toMatchObject({
      OIDC_ISSUER_URL: 'http://127.0.0.1:8180/realms/lienthong',
      OIDC_CLIENT_ID: 'intake',
      OIDC_CLIENT_SECRET: 'dev-secret-intake',
    });
  });

  it('rejects an issuer that is not an http(s) URL with a Vietnamese and English message', () => {
    const result = schema.safeParse({ OIDC_ISSUER_URL: 'keycloak:8180' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^OIDC_ISSUER_URL phải là URL http\(s\).* \/ OIDC_ISSUER_URL must be/,
    );
  });
});
