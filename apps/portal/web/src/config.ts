// zod/mini: the same validation, tree-shaken down to what the portal uses (the full API weighs ~50 kB in the bundle).
import { z } from 'zod/mini';

/** A service base path: same-origin (`/api/intake/trpc`) or absolute (`https://intake.example.vn/trpc`). */
const ServiceUrl = z.string().check(
  z.refine((value) => value.startsWith('/') || /^https?:\/\/./.test(value), {
    error: 'must be a path starting with "/" or an http(s) URL',
  }),
);

/** What `/config.json` tells the portal at start: where to sign in and where each service lives. */
export const PortalConfig = z.object({
  oidc: z.object({
    /** The issuer's base URL, without `/realms/...` (keycloak-js adds it). */
    url: z.url({ protocol: /^https?$/ }),
    realm: z.string().check(z.minLength(1)),
    clientId: z.string().check(z.minLength(1)),
  }),
  services: z.object({
    intake: ServiceUrl,
    routing: ServiceUrl,
  }),
});
export type PortalConfig = z.infer<typeof PortalConfig>;

/** `/config.json` could not be fetched or does not have the expected shape. */
export class PortalConfigError extends Error {
  override readonly name = 'PortalConfigError';
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length > 0 ? `${message}: ${problems.join('; ')}` : message);
  }
}

/** Validates a parsed `config.json`; throws `PortalConfigError` listing every problem by field path. */
export function parsePortalConfig(json: unknown): PortalConfig {
  const result = PortalConfig.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new PortalConfigError('config.json is not valid', problems);
}

/** Fetches and validates `/config.json` from the portal's own origin. */
export async function loadPortalConfig(
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<PortalConfig> {
  let response: Response;
  try {
    response = await fetchFn('/config.json', { headers: { accept: 'application/json' }, cache: 'no-store' });
  } catch (cause) {
    throw new PortalConfigError(`config.json could not be fetched (${String(cause)})`);
  }
  if (!response.ok) throw new PortalConfigError(`config.json answered HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new PortalConfigError('config.json is not JSON');
  }
  return parsePortalConfig(json);
}
