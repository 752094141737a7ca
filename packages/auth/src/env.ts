import { z } from 'zod';

const emptyAsMissing = (value: unknown): unknown => (value === '' ? undefined : value);

/**
 * Env keys of `@lienthong/auth`, spread by a deployable into its env: `defineEnv({ ...serverEnv, ...authEnv })`.
 * OIDC_ISSUER_URL unset means the all-in-one host's built-in issuer at `<PUBLIC_URL>/realms/lienthong`; a standalone
 * service must set it (its own env decides whether that is required).
 */
export const authEnv = {
  OIDC_ISSUER_URL: z
    .preprocess(
      emptyAsMissing,
      z
        .url({
          protocol: /^https?$/,
          error:
            'OIDC_ISSUER_URL phải là URL http(s) của realm, ví dụ http://127.0.0.1:8180/realms/lienthong ' +
            '/ OIDC_ISSUER_URL must be the http(s) URL of the realm, e.g. http://127.0.0.1:8180/realms/lienthong',
        })
        .transform((url) => url.replace(/\/+$/, ''))
        .optional(),
    )
    .describe('OpenID issuer (Keycloak realm URL); unset in the all-in-one host to use its built-in issuer'),
  OIDC_JWKS_URL: z
    .preprocess(emptyAsMissing, z.url({ protocol: /^https?$/, error: 'OIDC_JWKS_URL phải là URL http(s) / must be an http(s) URL' }).optional())
    .describe('Where to fetch the signing keys when the issuer is not reachable at its public URL (containers); default <issuer>/protocol/openid-connect/certs'),
  OIDC_AUDIENCE: z.string().min(1).default('lienthong-api').describe('Audience every access token must carry'),
  OIDC_CLIENT_ID: z
    .preprocess(emptyAsMissing, z.string().min(1).optional())
    .describe('This service’s client id, for client-credentials calls to other services'),
  OIDC_CLIENT_SECRET: z
    .preprocess(emptyAsMissing, z.string().min(1).optional())
    .describe('This service’s client secret, for client-credentials calls to other services'),
};
