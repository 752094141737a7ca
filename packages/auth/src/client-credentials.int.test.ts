import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientCredentialsError, createClientCredentialsSource } from './client-credentials.js';

type Reply = { status: number; body: unknown };

/** A token endpoint on a real port that records each request and answers with `next`. */
async function tokenEndpoint() {
  const requests: { authorization: string | undefined; form: URLSearchParams }[] = [];
  let issued = 0;
  let next: (issued: number) => Reply = (n) => ({
    status: 200,
    body: { access_token: `token-${n}`, expires_in: 300, token_type: 'Bearer' },
  });
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    requests.push({ authorization: req.headers.authorization, form: new URLSearchParams(body) });
    issued += 1;
    const reply = next(issued);
    // A slow answer, so that concurrent callers overlap.
    await new Promise((resolve) => setTimeout(resolve, 20));
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/realms/lienthong/protocol/openid-connect/token`,
    requests,
    answer(reply: (issued: number) => Reply) {
      next = reply;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('createClientCredentialsSource', () => {
  let endpoint: Awaited<ReturnType<typeof tokenEndpoint>>;

  beforeAll(async () => {
    endpoint = await tokenEndpoint();
  });

  afterAll(() => endpoint.close());

  it('asks for a client_credentials token with HTTP Basic authentication and reuses it', async () => {
    const before = endpoint.requests.length;
    const source = createClientCredentialsSource({
      tokenUrl: endpoint.url,
      clientId: 'intake',
      clientSecret: 'dev-secret-intake',
      audience: 'lienthong-api',
    });
    const first = await source.getToken();
    expect(await source.getToken()).toBe(first);
    expect(endpoint.requests.length - before).toBe(1);
    const request = endpoint.requests.at(-1);
    expect(request?.authorization).toBe(`Basic ${Buffer.from('intake:dev-secret-intake').toString('base64')}`);
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      grant_type: 'client_credentials',
      audience: 'lienthong-api',
    });
  });

  it('makes one request for concurrent callers', async () => {
    const before = endpoint.requests.length;
    const source = createClientCredentialsSource({ tokenUrl: endpoint.url, clientId: 'routing', clientSecret: 's' });
    const tokens = await Promise.all([source.getToken(), source.getToken(), source.getToken()]);
    expect(new Set(tokens).size).toBe(1);
    expect(endpoint.requests.length - before).toBe(1);
  });

  it('fetches a new token shortly before the cached one expires', async () => {
    endpoint.answer((n) => ({ status: 200, body: { access_token: `short-${n}`, expires_in: 1 } }));
    const source = createClientCredentialsSource({ tokenUrl: endpoint.url, clientId: 'signing', clientSecret: 's' });
    const first = await source.getToken();
    expect(await source.getToken()).toBe(first);
    // A 1 s token is renewed after half its life at the latest.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await source.getToken()).not.toBe(first);
  });

  it('names the client and the HTTP status when the issuer refuses, and tries again on the next call', async () => {
    endpoint.answer(() => ({
      status: 401,
      body: { error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' },
    }));
    const source = createClientCredentialsSource({
      tokenUrl: endpoint.url,
      clientId: 'archive',
      clientSecret: 'wrong',
    });
    const error = await source.getToken().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ClientCredentialsError);
    expect(error).toMatchObject({ clientId: 'archive', status: 401 });
    expect((error as Error).message).toBe(
      'Client credentials token for client "archive" failed (HTTP 401): unauthorized_client: Invalid client or Invalid client credentials',
    );
    expect((error as Error).message).not.toContain('wrong');
    endpoint.answer((n) => ({ status: 200, body: { access_token: `again-${n}`, expires_in: 300 } }));
    expect(await source.getToken()).toMatch(/^again-/);
  });

  it('says so when the token endpoint cannot be reached', async () => {
    const source = createClientCredentialsSource({
      tokenUrl: 'http://127.0.0.1:1/realms/lienthong/protocol/openid-connect/token',
      clientId: 'meetings',
      clientSecret: 's',
    });
    await expect(source.getToken()).rejects.toMatchObject({ clientId: 'meetings', status: null });
  });
});
