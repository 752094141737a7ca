import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../api/api-context.js';
import { createApiClients } from '../../api/clients.js';
import { portalRoutes } from '../../app.js';
import { AuthProvider } from '../../auth/auth-context.js';
import { createAuthSession, type OidcClient } from '../../auth/session.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import type { Locale } from '../../i18n/translate.js';
import type { OnTimeGroup, OnTimeReport } from './on-time-model.js';
import { reportKeys } from './on-time-report-page.js';

const ORG = 'th-ubnd-xa-hoang-hoa';

function claims(username: string, roles: string[]) {
  return { sub: `sub-${username}`, preferred_username: username, realm_access: { roles }, org_id: ORG };
}
const LEADER = claims('lanhdao.hoanghoa', ['lanh-dao']);
const SPECIALIST = claims('chuyenvien.hoanghoa', ['chuyen-vien']);

function signedIn(tokenClaims: Record<string, unknown>): OidcClient {
  return {
    token: 'token',
    tokenParsed: tokenClaims,
    updateToken: async () => false,
    login: async () => undefined,
    logout: async () => undefined,
  };
}

function aGroup(key: string, label: string, counts: Partial<OnTimeGroup>): OnTimeGroup {
  const group = {
    key,
    label,
    received: 0,
    completed: 0,
    truocHan: 0,
    dungHan: 0,
    quaHan: 0,
    inProgress: 0,
    overdue: 0,
    notYetDue: 0,
    withdrawn: 0,
    ...counts,
  };
  return { ...group, onTimeRate: group.completed === 0 ? null : (group.truocHan + group.dungHan) / group.completed };
}

const GROUPS = [
  aGroup('1.004616.000.00.00.H56', 'Đăng ký khai sinh', {
    received: 10,
    completed: 8,
    truocHan: 5,
    dungHan: 2,
    quaHan: 1,
    inProgress: 2,
    overdue: 1,
    notYetDue: 1,
  }),
  aGroup('QT-07', 'Chứng thực bản sao', { received: 3, inProgress: 3, notYetDue: 3 }),
];

const REPORT: OnTimeReport = {
  asOf: new Date('2025-12-31T09:00:00Z'),
  groupBy: 'procedure',
  orgId: ORG,
  from: '2025-01-01',
  to: '2025-12-31',
  groups: GROUPS,
  total: aGroup('*', 'Tổng cộng', {
    received: 13,
    completed: 8,
    truocHan: 5,
    dungHan: 2,
    quaHan: 1,
    inProgress: 5,
    overdue: 1,
    notYetDue: 4,
  }),
};

function render(path: string, tokenClaims: Record<string, unknown>, report?: OnTimeReport, locale: Locale = 'vi') {
  const session = createAuthSession(signedIn(tokenClaims), {
    now: () => 0,
    storage: null,
    homeUrl: 'http://localhost/',
  });
  const clients = createApiClients(
    { intake: 'http://localhost/api/intake/trpc', routing: 'http://localhost/api/routing/trpc' },
    () => session.getToken(),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (report) queryClient.setQueryData(reportKeys.onTime({ groupBy: report.groupBy, year: 2025 }), report);
  const router = createMemoryRouter(portalRoutes, { initialEntries: [path] });
  return renderToString(
    <I18nProvider initialLocale={locale}>
      <AuthProvider session={session}>
        <ApiProvider clients={clients}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ApiProvider>
      </AuthProvider>
    </I18nProvider>,
  );
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const has = (html: string, testId: string) => html.includes(`data-testid="${testId}"`);
/** The text of every cell carrying `testId`, markup inside it dropped. */
const cells = (html: string, testId: string) =>
  [...html.matchAll(new RegExp(`data-testid="${testId}"[^>]*>(.*?)</td>`, 'g'))].map((match) =>
    (match[1] ?? '').replace(/<[^>]+>/g, ''),
  );

describe('the on-time report', () => {
  it('shows one row per procedure with its late dossiers and rate, then the total', () => {
    const html = render('/reports/on-time?year=2025', LEADER, REPORT);
    expect(cells(html, 'report-late')).toEqual(['1', '0', '1']);
    expect(cells(html, 'report-rate')).toEqual(['87,5%', '—', '87,5%']);
    expect(html.split('data-testid="report-row"').length - 1).toBe(2);
    expect(has(html, 'report-total')).toBe(true);
    const text = textOf(html);
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toContain('Hồ sơ tiếp nhận từ 01/01/2025 đến 31/12/2025; số liệu tính đến 31/12/2025 16:00.');
  });

  it('draws the same figures as bars hidden from screen readers, with a legend in words', () => {
    const html = render('/reports/on-time?year=2025', LEADER, REPORT);
    expect(has(html, 'report-chart')).toBe(true);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html.match(/<rect /g)?.length).toBe(5 + 1);
    expect(textOf(html)).toContain('Đang giải quyết, chưa đến hạn');
  });

  it('keeps the grouping and the year in the address', () => {
    const html = render('/reports/on-time?group=month&year=2025', LEADER, {
      ...REPORT,
      groupBy: 'month',
      groups: [aGroup('2025-03', 'Tháng 03/2025', { received: 2, completed: 2, dungHan: 2 })],
    });
    expect(html).toMatch(/<option value="month" selected="">Tháng<\/option>/);
    expect(html).toMatch(/<option value="2025" selected="">2025<\/option>/);
    expect(textOf(html)).toContain('Tháng 03/2025');
    expect(cells(html, 'report-rate')[0]).toBe('100%');
  });

  it('says when the year has no dossier, and shows a loading line before routing answers', () => {
    expect(has(render('/reports/on-time?year=2025', LEADER, { ...REPORT, groups: [] }), 'report-empty')).toBe(true);
    expect(textOf(render('/reports/on-time', LEADER))).toContain('Đang tải…');
  });

  it('is for leaders and the desk, and is a built area of the menu', () => {
    expect(has(render('/reports/on-time', SPECIALIST), 'no-access')).toBe(true);
    expect(textOf(render('/reports/on-time', LEADER))).toContain('Báo cáo đúng hạn');
  });

  it('speaks English when switched', () => {
    const html = render('/reports/on-time?year=2025', LEADER, REPORT, 'en');
    expect(cells(html, 'report-rate')[0]).toBe('87.5%');
    expect(textOf(html)).toContain('On-time rate');
  });
});
