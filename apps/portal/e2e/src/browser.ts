import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './host.js';

/** Where screenshots go: `artifacts/e2e/` at the repository root (gitignored; CI keeps it as an artifact). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'artifacts', 'e2e');

/** Debian's Chromium, with the options of stack-notes §12; each test opens a fresh context (no profile reuse). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The password of every demo user of infra/keycloak/realm.json (development only). */
export const DEMO_PASSWORD = 'LienThong@2025';

/** A demo user of the realm and what the portal's header shows for them. */
export type DemoUser = { username: string; displayName: string; role: string };

export const CLERK: DemoUser = { username: 'vanthu.hoanghoa', displayName: 'Vũ Thị Mai', role: 'Văn thư' };
export const LEADER: DemoUser = { username: 'lanhdao.hoanghoa', displayName: 'Lê Đình Thắng', role: 'Lãnh đạo' };
export const REVIEWER: DemoUser = { username: 'chuyenvien.tinh', displayName: 'Trần Minh Đức', role: 'Chuyên viên' };
export const UNIT_ID = 'th-ubnd-xa-hoang-hoa';

/** The OpenID issuer the portal sends people to: the host's own, or Keycloak. */
export type Issuer = { kind: 'built-in' | 'keycloak'; url: string };

/**
 * Waits for the issuer's login page, fills it — the built-in issuer's by its Vietnamese labels, Keycloak's by
 * `#username`, `#password`, `#kc-login` — and waits until the portal shows the user in its header.
 */
export async function signIn(page: Page, user: DemoUser, issuer: Issuer): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${issuer.url}/`));
  if (issuer.kind === 'built-in') {
    await page.getByLabel('Tên đăng nhập').fill(user.username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  } else {
    await page.locator('#username').fill(user.username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#kc-login').click();
  }
  const shell = page.getByTestId('current-user').filter({ hasText: user.displayName });
  const bootError = page.getByTestId('boot-error');
  await shell.or(bootError).first().waitFor();
  if (await bootError.isVisible()) {
    throw new Error(
      `Cổng không khởi động sau đăng nhập / the portal failed after sign-in: ${await bootError.textContent()}`,
    );
  }
}

/** Saves a full-page screenshot under ARTIFACTS_DIR, prints and returns its path relative to the repository. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  const shown = relative(REPO_ROOT, path);
  console.log(`screenshot: ${shown}`);
  return shown;
}

/** Keeps the page's console errors, uncaught exceptions and failed requests, for the failure report. */
export function watchPage(page: Page): string[] {
  const events: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      events.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => events.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    events.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  return events;
}

/**
 * On failure: a screenshot, then the page's address, its text (with every `<details>` opened, so the portal's
 * "Chi tiết kỹ thuật" is included) and `events`, as `failure-<step>.png` / `.txt`. Never throws.
 */
export async function saveFailure(page: Page, step: string, events: readonly string[] = []): Promise<void> {
  try {
    await screenshot(page, `failure-${step}`);
    await page
      .locator('details')
      .evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
    const text = await page.locator('body').innerText({ timeout: 5_000 });
    const path = join(ARTIFACTS_DIR, `failure-${step}.txt`);
    writeFileSync(path, `${page.url()}\n\n${text}\n\n${events.join('\n')}\n`);
    console.log(`page text: ${relative(REPO_ROOT, path)}`);
  } catch (error) {
    console.log(`could not save the failure artifacts of ${step}: ${String(error)}`);
  }
}

/** Today's date in Vietnam as the portal's date fields take it (dd/MM/yyyy), whatever this computer's time zone. */
export function vietnamTodayDisplay(now = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(now);
}
