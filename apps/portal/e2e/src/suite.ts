import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, saveFailure, signIn, watchPage, type DemoUser, type Issuer } from './browser.js';
import {
  HOST_PORT,
  PUBLIC_URL,
  assertPortFree,
  buildPortal,
  createFreshDatabase,
  readSettings,
  startHost,
  type FreshDatabase,
  type RunningHost,
} from './host.js';

/** A page in a fresh browser context (no cookies, no storage), and what it reported to its console. */
export type WatchedPage = { page: Page; events: string[] };

export type E2eSuite = {
  /** Throws the set-up's failure, so that every test of a file whose host did not start fails (never "skipped"). */
  requireSetup(): void;
  issuer(): Issuer;
  newPage(): Promise<WatchedPage>;
  /** Signs out whoever is signed in on `page`, signs `user` in, and opens `path`. */
  switchUser(page: Page, user: DemoUser, path: string): Promise<void>;
};

/**
 * Registers the file's set-up and tear-down: builds the portal, starts the all-in-one host on port 8080 (against a
 * fresh PostgreSQL database, Keycloak and Kafka when their variables are set) and launches Chromium. A failed set-up
 * (port busy, REQUIRE_INFRA without the servers, host not ready) fails every test rather than letting vitest report
 * them as skipped: the summary of `npm test` must count a failure.
 */
export function useHostAndBrowser(): E2eSuite {
  let host: RunningHost | null = null;
  let database: FreshDatabase | null = null;
  let browser: Browser | null = null;
  let issuer: Issuer | null = null;
  let setupFailure: unknown = null;

  beforeAll(async () => {
    try {
      const settings = readSettings();
      issuer = settings.oidcIssuerUrl
        ? { kind: 'keycloak', url: settings.oidcIssuerUrl.replace(/\/+$/, '') }
        : { kind: 'built-in', url: `${PUBLIC_URL}/realms/lienthong` };
      await assertPortFree(HOST_PORT);
      await buildPortal();
      database = settings.databaseUrl ? await createFreshDatabase() : null;
      host = await startHost({ settings, databaseUrl: database?.url ?? null });
      console.log(
        `host ready on ${PUBLIC_URL}: issuer ${issuer.kind} (${issuer.url}), ` +
          `events ${settings.kafkaBrokers ? 'Kafka' : 'in-process'}, database ${database ? 'fresh PostgreSQL database' : 'PGlite'}`,
      );
      browser = await launchChromium();
    } catch (error) {
      setupFailure = error;
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (host) {
      const code = await host.stop();
      if (code !== 0) console.log(`the host exited with code ${code}; last lines:\n${host.lastLines()}`);
    }
    await database?.drop();
  });

  return {
    requireSetup() {
      if (setupFailure !== null) throw setupFailure;
    },
    issuer() {
      if (!issuer) throw new Error('The suite was not set up');
      return issuer;
    },
    async switchUser(page, user, path) {
      if (!issuer) throw new Error('The suite was not set up');
      await page.getByTestId('logout').click();
      await signIn(page, user, issuer);
      await page.goto(`${PUBLIC_URL}${path}`);
      await page.getByTestId('current-user').filter({ hasText: user.displayName }).waitFor();
    },
    async newPage() {
      if (!browser) throw new Error('Chromium did not start');
      const context = await browser.newContext({
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      return { page, events: watchPage(page) };
    },
  };
}

/** Runs one step; when it fails, keeps a screenshot, the page's text and its console before rethrowing. */
export async function step<T>({ page, events }: WatchedPage, name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    await saveFailure(page, name, events);
    throw error;
  }
}
