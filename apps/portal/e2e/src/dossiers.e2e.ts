import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLERK, LEADER, screenshot, signIn } from './browser.js';
import { PUBLIC_URL } from './host.js';
import { step, useHostAndBrowser } from './suite.js';

// The one-stop scenario: a clerk receives a dossier for a procedure of two steps (the host loads the demo
// procedure DEMO-HT-01 into today's communes: "Kiểm tra, xử lý hồ sơ" by the clerk, "Ký duyệt kết quả" by the leader),
// both steps are done, the leader issues an apology letter with a new date, the result is approved and returned, and
// the on-time report shows the dossier as late (a dossier with an apology letter counts as late).

/** intake → outbox → bus → routing: the dossier page is reloaded until routing has it. */
const ROUTING_WAIT_MS = 30_000;

const suite = useHostAndBrowser();

/** A working day (Monday–Friday) about three weeks after today, as the portal's date fields take it (dd/MM/yyyy). */
function laterWeekday(): string {
  const date = new Date(Date.now() + 21 * 24 * 60 * 60 * 1000);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  const day = String(date.getUTCDate()).padStart(2, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${day}/${month}/${date.getUTCFullYear()}`;
}

/** Opens the dossier's page, reloading while routing has not received it yet. */
async function openDossier(page: Page, path: string): Promise<void> {
  const deadline = Date.now() + ROUTING_WAIT_MS;
  await page.goto(`${PUBLIC_URL}${path}`);
  for (;;) {
    try {
      await page.getByTestId('dossier-status').waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.reload();
    }
  }
}

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="dossier-status"][data-status="${status}"]`).waitFor();
}

describe('one-stop dossiers in the portal: receive, two steps, apology letter, on-time report', () => {
  it('reports a dossier with an apology letter as late', async () => {
    suite.requireSetup();
    const applicant = `Nguyễn Văn Kiểm Thử ${Math.random().toString(36).slice(2, 6)}`;
    const watched = await suite.newPage();
    const { page } = watched;
    let dossierPath = '';
    try {
      await step(watched, '20-receive', async () => {
        await page.goto(`${PUBLIC_URL}/`);
        await signIn(page, CLERK, suite.issuer());
        await page.goto(`${PUBLIC_URL}/dossiers/receive`);
        await page.getByTestId('dossier-receive-procedure').selectOption('DEMO-HT-01');
        await page.getByTestId('dossier-receive-applicant').fill(applicant);
        await page.getByTestId('dossier-receive-submit').click();
        await page.getByTestId('dossier-receipt-code').waitFor();
        expect(await page.getByTestId('dossier-receipt-code').innerText()).toMatch(
          /^th-ubnd-xa-hoang-hoa-\d{6}-\d{4}$/,
        );
        expect(await page.getByTestId('dossier-receipt-appointment').innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
        await screenshot(page, '20-dossier-receipt');
        await page.getByTestId('dossier-receipt-track').click();
        dossierPath = new URL(page.url()).pathname;
        expect(dossierPath).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
      });

      await step(watched, '21-first-step', async () => {
        await openDossier(page, dossierPath);
        await waitForStatus(page, 'in-progress');
        await page.getByTestId('dossier-step-complete').click();
        await page.getByTestId('dossier-action-success').waitFor();
      });

      await step(watched, '22-second-step-and-apology', async () => {
        await suite.switchUser(page, LEADER, dossierPath);
        await openDossier(page, dossierPath);
        await page.getByTestId('dossier-step-complete').click();
        await page.getByTestId('dossier-action-success').waitFor();
        await page.getByTestId('dossier-apology-open').click();
        await page
          .getByTestId('dossier-apology-reason')
          .fill('Cần xác minh thêm thông tin hộ tịch tại nơi đăng ký trước đây.');
        await page.getByTestId('dossier-apology-date').fill(laterWeekday());
        await page.getByTestId('dossier-apology-submit').click();
        await page.getByTestId('dossier-apology').waitFor();
        await page.getByTestId('dossier-approve').click();
        await waitForStatus(page, 'approved');
        await screenshot(page, '22-apology-approved');
      });

      await step(watched, '23-return', async () => {
        await suite.switchUser(page, CLERK, dossierPath);
        await openDossier(page, dossierPath);
        await page.getByTestId('dossier-return').click();
        await waitForStatus(page, 'returned');
      });

      await step(watched, '24-report', async () => {
        await suite.switchUser(page, LEADER, '/reports/on-time?group=procedure');
        const row = page.locator('[data-testid="report-row"][data-key="DEMO-HT-01"]');
        await row.waitFor();
        expect(await row.getByTestId('report-late').innerText()).toBe('1');
        await screenshot(page, '24-on-time-report');
      });
    } finally {
      await page.context().close();
    }
  });
});
