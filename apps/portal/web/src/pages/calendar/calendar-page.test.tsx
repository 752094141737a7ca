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
import { calendarKeys } from './calendar-page.js';
import type { CalendarYear } from './schedule-editor.js';

function claims(username: string, roles: string[]) {
  return { sub: `sub-${username}`, preferred_username: username, realm_access: { roles }, org_id: 'th-ubnd-tinh' };
}
const ADMIN = claims('quantri', ['quan-tri']);
const LEADER = claims('lanhdao.tinh', ['lanh-dao']);

function signedIn(tokenClaims: Record<string, unknown>): OidcClient {
  return {
    token: 'token',
    tokenParsed: tokenClaims,
    updateToken: async () => false,
    login: async () => undefined,
    logout: async () => undefined,
  };
}

const YEARS: CalendarYear[] = [
  {
    year: 2024,
    origin: 'shipped',
    schedule: {
      year: 2024,
      source: 'Thông báo 6150/TB-LĐTBXH',
      daysOff: [{ date: '2024-01-01', reason: 'Tết Dương lịch' }],
      workingDays: [],
    },
    setBy: null,
    setAt: null,
  },
  {
    year: 2025,
    origin: 'entered',
    schedule: {
      year: 2025,
      source: 'Công văn 1234/UBND-VP',
      daysOff: [
        { date: '2025-01-01', reason: 'Tết Dương lịch' },
        { date: '2025-05-02', reason: 'Hoán đổi: nghỉ thứ Sáu 02/05, làm bù thứ Bảy 26/04' },
      ],
      workingDays: [{ date: '2025-04-26', reason: 'Làm bù cho thứ Sáu 02/05' }],
    },
    setBy: 'quantri',
    setAt: new Date('2025-01-10T03:00:00Z'),
  },
];

function render(path: string, tokenClaims: Record<string, unknown>, years?: CalendarYear[], locale: Locale = 'vi') {
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
  if (years) queryClient.setQueryData(calendarKeys.schedules, years);
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
const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

describe('the working-day calendar', () => {
  it('shows the year in the address: where its schedule comes from, its days off and make-up days', () => {
    const html = render('/admin/calendar?year=2025', ADMIN, YEARS);
    expect(html).toMatch(/<option value="2025" selected="">2025<\/option>/);
    expect(html).toMatch(/data-testid="calendar-origin" data-origin="entered"/);
    expect(count(html, 'calendar-day-off')).toBe(2);
    expect(count(html, 'calendar-working-day')).toBe(1);
    const text = textOf(html);
    expect(text).toContain('Nhập bởi quantri, lúc 10/01/2025 10:00.');
    expect(text).toContain('26/04/2025 Thứ Bảy Làm bù cho thứ Sáu 02/05');
    expect(text).toContain('Ngày nghỉ (2)');
    expect(html).toMatch(/data-testid="calendar-source"[^>]*>Công văn 1234\/UBND-VP</);
  });

  it('offers adding, removing and saving; saving waits for a change', () => {
    const html = render('/admin/calendar?year=2025', ADMIN, YEARS);
    for (const testId of [
      'calendar-year',
      'calendar-add-day-off',
      'calendar-add-working-day',
      'calendar-remove-day-off',
    ])
      expect({ testId, present: has(html, testId) }).toEqual({ testId, present: true });
    expect(html).toMatch(/disabled=""[^>]*data-testid="calendar-save"/);
  });

  it('names the origin of a year shipped with the system', () => {
    const html = render('/admin/calendar?year=2024', ADMIN, YEARS);
    expect(html).toMatch(/data-origin="shipped"/);
    expect(textOf(html)).toContain('Lịch chính thức có sẵn trong hệ thống');
  });

  it('has the appointment preview tool', () => {
    const html = render('/admin/calendar?year=2025', ADMIN, YEARS);
    for (const testId of [
      'calendar-preview-date',
      'calendar-preview-time',
      'calendar-preview-value',
      'calendar-preview-unit',
      'calendar-preview-submit',
    ])
      expect({ testId, present: has(html, testId) }).toEqual({ testId, present: true });
  });

  it('shows a loading line before intake answers', () => {
    expect(textOf(render('/admin/calendar', ADMIN))).toContain('Đang tải…');
  });

  it('is for administrators only, under Quản trị in their menu', () => {
    expect(has(render('/admin/calendar', LEADER), 'no-access')).toBe(true);
    expect(textOf(render('/admin/calendar', ADMIN))).toContain('Lịch làm việc');
    expect(textOf(render('/incoming', LEADER))).not.toContain('Lịch làm việc');
    expect(has(render('/admin/users', ADMIN), 'coming-soon')).toBe(true);
  });

  it('speaks English when switched', () => {
    const text = textOf(render('/admin/calendar?year=2025', ADMIN, YEARS, 'en'));
    expect(text).toContain('Entered by an administrator');
    expect(text).toContain('Saturday');
  });
});
