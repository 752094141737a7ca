import { describe, expect, it } from 'vitest';
import { PortalConfigError, loadPortalConfig, parsePortalConfig } from './config.js';

const VALID = {
  oidc: { url: 'http://localhost:8080', realm: 'lienthong', clientId: 'portal' },
  services: { intake: '/api/intake/trpc', routing: '/api/routing/trpc' },
};

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('parsePortalConfig', () => {
  it('accepts the all-in-one configuration and a separate Keycloak with absolute service URLs', () => {
    expect(parsePortalConfig(VALID)).toEqual(VALID);
    const split = {
      oidc: { url: 'http://127.0.0.1:8180', realm: 'lienthong', clientId: 'portal' },
      services: { intake: 'https://intake.example.vn/trpc', routing: 'https://routing.example.vn/trpc' },
    };
    expect(parsePortalConfig(split)).toEqual(split);
  });

  it('lists every problem by field path', () => {
    const attempt = () =>
      parsePortalConfig({
        oidc: { url: 'not a url', realm: '', clientId: 'portal' },
        services: { intake: 'api/intake' },
      });
    expect(attempt).toThrow(PortalConfigError);
    try {
      attempt();
    } catch (error) {
      const paths = (error as PortalConfigError).problems.map((problem) => problem.split(':')[0]);
      expect(paths).toEqual(['oidc.url', 'oidc.realm', 'services.intake', 'services.routing']);
    }
  });

  it('rejects an issuer URL that is not http(s)', () => {
    expect(() => parsePortalConfig({ ...VALID, oidc: { ...VALID.oidc, url: 'ftp://idp.example.vn' } })).toThrow(
      PortalConfigError,
    );
  });
});

describe('loadPortalConfig', () => {
  it('fetches /config.json from the portal’s own origin', async () => {
    const requested: string[] = [];
    const config = await loadPortalConfig(async (input) => {
      requested.push(String(input));
      return jsonResponse(VALID);
    });
    expect(requested).toEqual(['/config.json']);
    expect(config.services.intake).toBe('/api/intake/trpc');
  });

  it('fails with a configuration error on an HTTP error, non-JSON, or a network failure', async () => {
    await expect(loadPortalConfig(async () => jsonResponse({}, 404))).rejects.toThrow('config.json answered HTTP 404');
    await expect(loadPortalConfig(async () => new Response('<html>', { status: 200 }))).rejects.toThrow(
      'config.json is not JSON',
    );
    await expect(
      loadPortalConfig(async () => {
        throw new TypeError('fetch failed');
      }),
    ).rejects.toBeInstanceOf(PortalConfigError);
  });
});
