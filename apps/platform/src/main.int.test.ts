import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './testing.js';

// The real process, as `npm start` runs it: env parsing, telemetry first, PGlite under DATA_DIR, graceful shutdown.
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(join(tmpdir(), 'lienthong-platform-'));

type Run = { child: ChildProcess; output: () => string; exit: Promise<number | null> };

function startHost(env: Record<string, string>): Run {
  const childEnv: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'info', ...env };
  // The process under test gets only what this test gives it: the embedded defaults (PGlite, in-process bus,
  // built-in issuer), whatever servers the surrounding run uses.
  if (!('DATABASE_URL' in env)) delete childEnv.DATABASE_URL;
  for (const name of ['REQUIRE_INFRA', 'KAFKA_BROKERS', 'OIDC_ISSUER_URL']) delete childEnv[name];
  const child = spawn(process.execPath, ['--conditions=@lienthong/source', '--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitForHealth(url: string, run: Run, deadlineMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (run.child.exitCode !== null) throw new Error(`the host exited early:\n${run.output()}`);
    if (Date.now() - started > deadlineMs) throw new Error(`no answer from ${url}/healthz:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the platform process', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on PGlite, prints its URL, answers health and readiness, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const run = startHost({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir });
    const url = `http://127.0.0.1:${port}`;
    const elapsed = await waitForHealth(url, run, 90_000);
    // A figure for the log; the 20-second target is checked by people, not asserted (tests never assert wall time).
    console.log(`platform answered /healthz ${elapsed} ms after spawn`);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(run.output()).toContain(`is running at http://localhost:${port}`);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  });

  it('exits 1 listing every malformed variable', async () => {
    const run = startHost({ PORT: 'tám nghìn', LOG_LEVEL: 'loud', DATA_DIR: dataDir });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('PORT');
    expect(run.output()).toContain('LOG_LEVEL');
  });

  it('exits 1 naming an unreachable DATABASE_URL, without its password', async () => {
    const run = startHost({ DATABASE_URL: 'postgres://postgres:s3cret@127.0.0.1:1/lienthong', DATA_DIR: dataDir });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('127.0.0.1:1');
    expect(run.output()).not.toContain('s3cret');
  });
});
