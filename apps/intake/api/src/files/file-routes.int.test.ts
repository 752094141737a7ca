import { request } from 'node:http';
import { createTokenVerifier } from '@lienthong/auth';
import { aPrincipal, createTestIssuer, type TestIssuer } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { createServer, type ServiceServer } from '@lienthong/service-kit';
import { createMemoryFileStore } from '@lienthong/storage/testing';
import { createLogger } from '@lienthong/telemetry';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploads } from '../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../testing.js';

const LIMIT = 64 * 1024;
const pdf = new TextEncoder().encode('%PDF-1.7\n% Bản quét công văn 45/UBND-VP\n%%EOF\n');

/** Sends `chunks` with chunked encoding (no Content-Length), as a browser streaming a big file would. */
function postChunked(url: string, headers: Record<string, string>, chunks: AsyncIterable<Uint8Array>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (error) =>
      error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error),
    );
    void (async () => {
      for await (const chunk of chunks) {
        if (req.destroyed) return;
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })();
  });
}

describe(`files over HTTP on ${testDatabaseDriver()}`, () => {
  let issuer: TestIssuer;
  let h: IntakeTestHarness;
  let server: ServiceServer;
  let filesUrl: string;
  const tokenFor = (username: string, orgId: string) => issuer.mintToken({ username, orgId, roles: ['van-thu'] });
  const uploadCount = async () => (await h.database.db.select({ n: count() }).from(uploads))[0]?.n;

  beforeAll(async () => {
    issuer = await createTestIssuer({ audience: 'lienthong-api' });
    const verifier = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl });
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z', {
      verifier,
      files: createMemoryFileStore({ maxBytes: LIMIT }),
    });
    server = createServer({
      logger: createLogger({ name: 'files-test', level: 'silent' }),
      services: [{ api: h.api, basePath: '/trpc' }],
      routes: [h.api.fileRoute('/files')],
    });
    const { url } = await server.listen(0, '127.0.0.1');
    filesUrl = `${url}/files`;
  });
  afterAll(async () => {
    await server?.close();
    await h?.close();
    await issuer?.close();
  });

  it('stores an upload of the caller, and gives it back only to the same unit', async () => {
    const token = await tokenFor('vanthu.hoanghoa', 'th-ubnd-xa-hoang-hoa');
    const response = await fetch(filesUrl, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('Công văn 45.pdf'),
      },
      body: pdf,
    });
    expect(response.status).toBe(201);
    const upload = (await response.json()) as { id: string; sha256: string; fileName: string; size: number };
    expect(upload).toMatchObject({ fileName: 'Công văn 45.pdf', size: pdf.length, contentType: 'application/pdf' });

    const mine = await fetch(`${filesUrl}/${upload.sha256}`, { headers: { authorization: `Bearer ${token}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await mine.arrayBuffer())).toEqual(pdf);

    const other = await tokenFor('vanthu.hoangtien', 'th-ubnd-xa-hoang-tien');
    const theirs = await fetch(`${filesUrl}/${upload.sha256}`, { headers: { authorization: `Bearer ${other}` } });
    expect(theirs.status).toBe(404);
    expect(((await theirs.json()) as { error: { code: string } }).error.code).toBe('FILE_NOT_FOUND');
    expect((await fetch(`${filesUrl}/${upload.sha256}`)).status).toBe(401);
  });

  it("lets the people asked in a consultation round read the draft's file, and no one else outside the unit", async () => {
    const drafter = aPrincipal({ username: 'chuyenvien.tinh', roles: ['chuyen-vien'], orgId: 'th-ubnd-tinh' });
    const draftPdf = new TextEncoder().encode('%PDF-1.7\n% Dự thảo kế hoạch\n%%EOF\n');
    const upload = await h.upload(drafter, draftPdf, 'application/pdf', 'Dự thảo.pdf');
    const draft = await h.callerFor(drafter).outgoing.create({
      kindCode: 'ke-hoach',
      issuerCode: 'UBND',
      subject: 'Kế hoạch chuyển đổi số',
      uploadId: upload.id,
    });
    await h.callerFor(drafter).outgoing.openConsultation({
      documentId: draft.id,
      participants: [{ type: 'user', username: 'vanthu.hoanghoa' }],
      deadline: new Date('2025-09-20T10:00:00Z'),
    });
    const asked = await tokenFor('vanthu.hoanghoa', 'th-ubnd-xa-hoang-hoa');
    const read = await fetch(`${filesUrl}/${upload.sha256}`, { headers: { authorization: `Bearer ${asked}` } });
    expect(read.status).toBe(200);
    expect(new Uint8Array(await read.arrayBuffer())).toEqual(draftPdf);
    const notAsked = await tokenFor('vanthu.hoangtien', 'th-ubnd-xa-hoang-tien');
    expect(
      (await fetch(`${filesUrl}/${upload.sha256}`, { headers: { authorization: `Bearer ${notAsked}` } })).status,
    ).toBe(404);
  });

  it('refuses a declared 2 GB body with 413 before reading it, and records nothing', async () => {
    const before = await uploadCount();
    const token = await tokenFor('vanthu.hoanghoa', 'th-ubnd-xa-hoang-hoa');
    const response = await new Promise<number>((resolve, reject) => {
      const req = request(
        filesUrl,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/pdf',
            'x-file-name': 'big.pdf',
            'content-length': String(2 * 1024 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(pdf); // a first chunk only: the server must answer without waiting for 2 GB
    });
    expect(response).toBe(413);
    expect(await uploadCount()).toBe(before);
  });

  it('refuses a chunked body once it passes the limit, and a file that is not what it claims', async () => {
    const before = await uploadCount();
    const token = await tokenFor('vanthu.hoanghoa', 'th-ubnd-xa-hoang-hoa');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'x-file-name': 'scan.pdf' };
    let sent = 0;
    async function* endless() {
      yield pdf;
      for (;;) {
        sent += 16 * 1024;
        yield new Uint8Array(16 * 1024);
        if (sent > 100 * LIMIT) return; // a safety stop: the server should have answered long before
      }
    }
    const tooLarge = await postChunked(filesUrl, headers, endless());
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ error: { code: 'STORAGE_TOO_LARGE' } });
    expect(sent).toBeLessThan(100 * LIMIT);

    const notPdf = await fetch(filesUrl, {
      method: 'POST',
      headers,
      body: new TextEncoder().encode('MZ this is an exe'),
    });
    expect(notPdf.status).toBe(400);
    expect(((await notPdf.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'STORAGE_TYPE_MISMATCH',
      message: expect.stringContaining('tệp không phải PDF'),
    });
    const noName = await fetch(filesUrl, { method: 'POST', headers: { ...headers, 'x-file-name': '' }, body: pdf });
    expect(noName.status).toBe(400);
    expect(await uploadCount()).toBe(before);
  });
});
