import { loadQuyetDinhFixtures } from '@lienthong/ocr/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLERK, LEADER, REVIEWER, screenshot, signIn, vietnamTodayDisplay, type DemoUser } from './browser.js';
import { PUBLIC_URL } from './host.js';
import { step, useHostAndBrowser } from './suite.js';

// The portal scenario: a clerk registers a scanned incoming document, finds it by an unaccented query (through
// the words OCR read from the scan), drafts a reply, runs a consultation round in which a reviewer of another unit
// leaves one comment, and the reply is approved, signed and issued with the next number of the commune's register.

/** OCR of one page takes about a second with the native engine; the worker polls every 2 s and CI machines are slow. */
const OCR_WAIT_MS = 120_000;

const suite = useHostAndBrowser();

const switchUser = (page: Page, user: DemoUser, path: string) => suite.switchUser(page, user, path);

/** Waits until the outgoing document's page shows `status` (its code, in `data-status`). */
async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="outgoing-status"][data-status="${status}"]`).waitFor();
}

describe('documents in the portal: scan, search, reply, consultation, issue', () => {
  it('takes a scanned document in and a reply out through every step', async () => {
    suite.requireSetup();
    const suffix = Math.random().toString(36).slice(2, 7);
    const subject = `Quyết định phê duyệt kế hoạch (kiểm thử ${suffix})`;
    const numberSymbol = `${1000 + Math.floor(Math.random() * 9000)}/QĐ-UBND`;
    const { scan } = await loadQuyetDinhFixtures();
    const watched = await suite.newPage();
    const { page } = watched;
    let draftPath = '';
    try {
      await step(watched, '10-register-scan', async () => {
        await page.goto(`${PUBLIC_URL}/`);
        await signIn(page, CLERK, suite.issuer());
        await page.getByRole('navigation').getByRole('link', { name: 'Vào sổ văn bản đến', exact: true }).click();
        await page.getByTestId('register-file').setInputFiles({
          name: 'Quyết định bản quét.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(scan),
        });
        await page.getByTestId('register-file-item').filter({ hasText: 'Quyết định bản quét.pdf' }).waitFor();
        await page.getByTestId('register-preview').waitFor();
        await page.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Thanh Hóa');
        await page.getByLabel('Số, ký hiệu').fill(numberSymbol);
        await page.getByLabel('Ngày văn bản').fill(vietnamTodayDisplay());
        await page.getByLabel('Trích yếu nội dung').fill(subject);
        await page.getByTestId('register-submit').click();
        await page.getByTestId('register-success').waitFor();
        expect(await page.getByTestId('register-success').innerText()).toContain(
          `Đã vào sổ văn bản số ${numberSymbol}.`,
        );
        await screenshot(page, '10-scan-registered');
      });

      await step(watched, '11-ocr-and-search', async () => {
        await page.getByTestId('register-open').click();
        await page.getByTestId('incoming-detail').waitFor();
        // The worker reads the scan in the background; the page asks again while it is queued or running.
        await page.locator('[data-testid="incoming-ocr"][data-state="done"]').waitFor({ timeout: OCR_WAIT_MS });
        expect(await page.getByTestId('incoming-ocr').innerText()).toContain('Đã nhận dạng chữ');
        // "phe duyet ke hoach chuyen doi so" is in the scan, not in the subject: only the OCR text can match it.
        await page.goto(`${PUBLIC_URL}/incoming`);
        const search = async (query: string) => {
          await page.getByTestId('incoming-search').fill(query);
          await page.getByTestId('incoming-search').press('Enter');
          // The list follows the address: wait until it carries this query, then for the rows of that query.
          await page.waitForURL((url) => url.searchParams.get('q') === query);
        };
        // A control first: the same words plus one that is nowhere finds nothing, so the next match is the search's.
        await search(`kiem thu ${suffix} chuyen doi so khongcodau`);
        await page.getByTestId('incoming-empty').waitFor();
        await search(`kiem thu ${suffix} chuyen doi so nam 2026`);
        const row = page.getByTestId('incoming-row').filter({ hasText: numberSymbol });
        await row.waitFor();
        expect(await page.getByTestId('incoming-row').count()).toBe(1);
        await screenshot(page, '11-found-by-ocr-text');
        await row.getByTestId('incoming-open').click();
        await page.getByTestId('incoming-reply').click();
      });

      await step(watched, '12-draft-reply', async () => {
        await page.getByTestId('outgoing-new-reply-to').waitFor();
        await page.getByTestId('outgoing-new-kind').selectOption('cong-van');
        await page.getByTestId('outgoing-new-unit-code').fill('VP');
        await page
          .getByTestId('outgoing-new-subject')
          .fill(`V/v báo cáo triển khai kế hoạch chuyển đổi số (kiểm thử ${suffix})`);
        await page.getByTestId('outgoing-new-recipient-unit').selectOption('th-ubnd-tinh');
        await page.getByTestId('outgoing-new-file').setInputFiles({
          name: 'Dự thảo công văn.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(`%PDF-1.4\n% Dự thảo trả lời ${suffix}\n%%EOF\n`),
        });
        await page.getByTestId('outgoing-new-submit').click();
        await waitForStatus(page, 'draft');
        draftPath = new URL(page.url()).pathname;
        expect(draftPath).toMatch(/^\/outgoing\/[0-9a-f-]{36}$/);
      });

      await step(watched, '13-open-consultation', async () => {
        await page.getByTestId('outgoing-consult-user').fill(REVIEWER.username);
        await page.getByTestId('outgoing-consult-open').click();
        await waitForStatus(page, 'in-consultation');
        await page.getByTestId('outgoing-round').waitFor();
        await screenshot(page, '13-consultation-open');
      });

      await step(watched, '14-reviewer-comments', async () => {
        await switchUser(page, REVIEWER, '/outgoing/consultations');
        await page.getByTestId('outgoing-consultation-link').first().click();
        await page.getByTestId('outgoing-comment-body').fill('Đề nghị bổ sung số liệu tháng 9 vào mục 2.');
        await page.getByTestId('outgoing-comment-send').click();
        await page.getByTestId('outgoing-comment').filter({ hasText: 'bổ sung số liệu tháng 9' }).waitFor();
        await screenshot(page, '14-comment');
      });

      await step(watched, '15-close-and-submit', async () => {
        await switchUser(page, CLERK, draftPath);
        await page.getByTestId('outgoing-comment').filter({ hasText: 'bổ sung số liệu tháng 9' }).waitFor();
        await page.getByTestId('outgoing-round-summary').fill('Đã tiếp thu, bổ sung số liệu tháng 9.');
        await page.getByTestId('outgoing-round-close').click();
        await waitForStatus(page, 'draft');
        await page.getByTestId('outgoing-submit').click();
        await waitForStatus(page, 'submitted');
      });

      await step(watched, '16-approve-and-sign', async () => {
        await switchUser(page, LEADER, draftPath);
        await page.getByTestId('outgoing-approve').click();
        await waitForStatus(page, 'approved');
        await page.getByTestId('outgoing-sign').click();
        await waitForStatus(page, 'signed');
      });

      await step(watched, '17-issue', async () => {
        await switchUser(page, CLERK, draftPath);
        await page.getByTestId('outgoing-issue').click();
        await waitForStatus(page, 'issued');
        const issued = await page.getByTestId('outgoing-number-symbol').innerText();
        expect(issued).toMatch(/\d{2,}\/UBND-VP/);
        const history = await page.getByTestId('outgoing-history').innerText();
        expect(history.length).toBeGreaterThan(0);
        expect(await page.getByTestId('outgoing-history-entry').count()).toBeGreaterThanOrEqual(9);
        await screenshot(page, '17-issued');
      });
    } finally {
      await page.context().close();
    }
  });
});
