import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@lienthong/db/testing';

/** The repository root (this file is apps/portal/e2e/src/host.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Keycloak's realm lets the portal client redirect to port 8080 only, so the host under test must listen there. */
export const HOST_PORT = 8080;
export const PUBLIC_URL = `http://localhost:${HOST_PORT}`;

/** What the run goes against: real servers when their variables are set, the host's embedded stand-ins otherwise. */
export type E2eSettings = {
  /** Keycloak's issuer URL, or `null` for the host's built-in issuer. */
  oidcIssuerUrl: string | null;
  kafkaBrokers: string | null;
  /** A PostgreSQL server to create a fresh database on, or `null` for PGlite. */
  databaseUrl: string | null;
};

/**
 * Reads OIDC_ISSUER_URL, KAFKA_BROKERS and DATABASE_URL. With REQUIRE_INFRA=1 a missing one throws: CI must test
 * against the real servers, never quietly against the stand-ins.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): E2eSettings {
  const value = (name: string) => (env[name]?.trim() ? env[name].trim() : null);
  const settings = {
    oidcIssuerUrl: value('OIDC_ISSUER_URL'),
    kafkaBrokers: value('KAFKA_BROKERS'),
    databaseUrl: value('DATABASE_URL'),
  };
  if (env['REQUIRE_INFRA'] === '1') {
    const missing = [
      settings.oidcIssuerUrl ? null : 'OIDC_ISSUER_URL',
      settings.kafkaBrokers ? null : 'KAFKA_BROKERS',
      settings.databaseUrl ? null : 'DATABASE_URL',
    ].filter((name) => name !== null);
    if (missing.length > 0) {
      throw new Error(
        `REQUIRE_INFRA=1 nhưng thiếu / but missing: ${missing.join(', ')} (real Keycloak, Kafka and PostgreSQL)`,
      );
    }
  }
  return settings;
}

function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Builds apps/portal/web/dist through Nx (a cache hit when the portal did not change). */
export async function buildPortal(): Promise<void> {
  const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };
  const { code, output } = await run('npx', ['nx', 'run', '@lienthong/portal-web:build', '--outputStyle=static'], env);
  if (code !== 0) throw new Error(`Không build được cổng / the portal did not build (exit ${code}):\n${output}`);
}

/** Throws a clear error when something already listens on the port (Keycloak's redirect URIs need exactly 8080). */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `Cổng ${port} đang bận / port ${port} is busy (${error.code}): stop whatever listens there ` +
            `(curl -s localhost:${port}/healthz); the e2e test needs it because the realm only allows redirects to :${port}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A database created for this run on the server of DATABASE_URL, dropped by `drop()`. */
export type FreshDatabase = { url: string; drop(): Promise<void> };

/** Creates an empty `lt_test_<random>` database on DATABASE_URL's server; the host migrates and seeds it. */
export async function createFreshDatabase(): Promise<FreshDatabase> {
  const database = await createTestDatabase([]);
  if (!database.url) {
    await database.close();
    throw new Error('DATABASE_URL is not set: there is no PostgreSQL server to create a database on');
  }
  return { url: database.url, drop: () => database.close() };
}

/** The all-in-one host started as `npm start` runs it, listening on HOST_PORT. */
export type RunningHost = {
  /** The last lines the host printed (stdout and stderr). */
  lastLines(count?: number): string;
  /** SIGTERM, then waits for the exit (SIGKILL after 20 s); removes the data folder. Returns the exit code. */
  stop(): Promise<number | null>;
};

const KEPT_LINES = 400;

/**
 * Spawns `node --conditions=@lienthong/source --import tsx apps/platform/src/main.ts` with a fresh DATA_DIR and
 * waits for `/readyz` (up to `readyTimeoutMs`). Throws with the host's last lines when it exits or never gets ready.
 */
export async function startHost(options: {
  settings: E2eSettings;
  databaseUrl: string | null;
  readyTimeoutMs?: number;
}): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lienthong-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(HOST_PORT),
    HOST: '127.0.0.1',
    PUBLIC_URL,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    PORTAL_DIR: join(REPO_ROOT, 'apps/portal/web/dist'),
  };
  // Only what this run decided reaches the host: a fresh database or none (PGlite), the real servers or none.
  for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'OIDC_ISSUER_URL', 'REQUIRE_INFRA']) delete env[name];
  if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
  if (options.settings.kafkaBrokers) env['KAFKA_BROKERS'] = options.settings.kafkaBrokers;
  if (options.settings.oidcIssuerUrl) env['OIDC_ISSUER_URL'] = options.settings.oidcIssuerUrl;

  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@lienthong/source', '--import', 'tsx', 'apps/platform/src/main.ts'],
    { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim() !== ''),
    );
    if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const lastLines = (count = 40) => lines.slice(-count).join('\n');
  const stop = async () => {
    if (!hasExited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
    return exited;
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  for (;;) {
    if (hasExited) {
      await stop();
      throw new Error(
        `Máy chủ đã dừng khi khởi động / the host exited (code ${await exited}); last lines:\n${lastLines()}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${HOST_PORT}/readyz`);
      if (response.ok) return { lastLines, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Máy chủ không sẵn sàng / no 200 from /readyz in time; last lines:\n${lastLines()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
