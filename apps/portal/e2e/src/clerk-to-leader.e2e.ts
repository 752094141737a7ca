import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLERK, LEADER, UNIT_ID, screenshot, signIn, vietnamTodayDisplay } from './browser.js';
import { PUBLIC_URL } from './host.js';
import { step, useHostAndBrowser } from './suite.js';

/** The register event travels intake's outbox → the bus → routing's queue; the leader's page is reloaded meanwhile. */
const QUEUE_WAIT_MS = 30_000;
const QUEUE_POLL_MS = 1_000;

const suite = useHostAndBrowser();
const requireSetup = () => suite.requireSetup();
const newPage = () => suite.newPage();

/** Signs in from the portal's home page and opens "Vào sổ văn bản đến" through the menu. */
async function openRegisterFormAsClerk(page: Page): Promise<void> {
  await page.goto(`${PUBLIC_URL}/`);
  await signIn(page, CLERK, suite.issuer());
  expect(await page.getByTestId('current-roles').innerText()).toContain(CLERK.role);
  expect(await page.getByTestId('current-unit').innerText()).toContain(UNIT_ID);
  await page.getByRole('navigation').getByRole('link', { name: 'Vào sổ văn bản đến', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Vào sổ văn bản đến' }).waitFor();
}

async function fillRegisterForm(
  page: Page,
  values: { issuer: string; numberSymbol: string; date: string; subject: string },
) {
  await page.getByLabel('Cơ quan ban hành').fill(values.issuer);
  await page.getByLabel('Số, ký hiệu').fill(values.numberSymbol);
  await page.getByLabel('Ngày văn bản').fill(values.date);
  await page.getByLabel('Trích yếu nội dung').fill(values.subject);
}

describe('the portal in a browser, against the all-in-one host', () => {
  it('refuses to register a document without a subject, naming the field in Vietnamese', async () => {
    requireSetup();
    const watched = await newPage();
    const { page } = watched;
    try {
      await step(watched, 'empty-subject', async () => {
        await openRegisterFormAsClerk(page);
        await fillRegisterForm(page, {
          issuer: 'UBND tỉnh Thanh Hóa',
          numberSymbol: `${100 + (Date.now() % 900)}/UBND-VP`,
          date: vietnamTodayDisplay(),
          subject: '',
        });
        await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
        await page.getByTestId('register-subject-error').waitFor();
        expect(await page.getByTestId('register-subject-error').innerText()).toBe('Trích yếu nội dung là bắt buộc');
        expect(await page.getByTestId('register-invalid').innerText()).toContain('hãy sửa các trường được đánh dấu');
        expect(await page.getByLabel('Trích yếu nội dung').getAttribute('aria-invalid')).toBe('true');
        expect(await page.getByTestId('register-success').count()).toBe(0);
      });
    } finally {
      await page.context().close();
    }
  });

  it('shows the leader a document the clerk has just registered, awaiting direction', async () => {
    requireSetup();
    const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
    // A real-looking number and symbol (intake stores the canonical form, which this already is: ≥ 10, no padding).
    const numberSymbol = `${1000 + Math.floor(Math.random() * 9000)}/QĐ-UBND`;
    const subject = `Về việc kiểm tra công tác phòng, chống lụt bão năm ${new Date().getFullYear()} (kiểm thử ${suffix})`;
    const documentDate = vietnamTodayDisplay();
    const watched = await newPage();
    const { page } = watched;
    try {
      await step(watched, '01-clerk', async () => {
        await openRegisterFormAsClerk(page);
        await fillRegisterForm(page, {
          issuer: 'Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa',
          numberSymbol,
          date: documentDate,
          subject,
        });
        await page.getByTestId('register-submit').click();
        await page.getByTestId('register-success').waitFor();
        expect(await page.getByTestId('register-success').innerText()).toContain(
          `Đã vào sổ văn bản số ${numberSymbol}.`,
        );
        await page.getByTestId('recent-row').filter({ hasText: numberSymbol }).waitFor();
        await screenshot(page, '01-clerk-registered');
      });

      await step(watched, '02-leader', async () => {
        await page.getByTestId('logout').click();
        await signIn(page, LEADER, suite.issuer());
        expect(await page.getByTestId('current-roles').innerText()).toContain(LEADER.role);
        await page.getByRole('navigation').getByRole('link', { name: 'Chờ chỉ đạo', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Văn bản chờ chỉ đạo' }).waitFor();

        const row = page.getByTestId('queue-row').filter({ hasText: numberSymbol });
        const settled = page
          .getByTestId('queue-table')
          .or(page.getByTestId('queue-empty'))
          .or(page.getByTestId('queue-error'));
        const deadline = Date.now() + QUEUE_WAIT_MS;
        for (;;) {
          await settled.first().waitFor();
          if ((await row.count()) > 0) break;
          if (Date.now() > deadline)
            throw new Error(`${numberSymbol} did not reach the queue in ${QUEUE_WAIT_MS / 1000} s`);
          await new Promise((resolve) => setTimeout(resolve, QUEUE_POLL_MS));
          await page.reload();
          await page.getByTestId('current-user').filter({ hasText: LEADER.displayName }).waitFor();
        }
        const text = await row.innerText();
        expect(text).toContain(subject);
        expect(text).toContain('Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa');
        expect(text).toContain(documentDate);
        expect(text).toContain('Chờ chỉ đạo');
        await screenshot(page, '02-leader-queue');
      });
    } finally {
      await page.context().close();
    }
  });
});
