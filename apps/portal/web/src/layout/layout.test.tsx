import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../api/api-context.js';
import { createApiClients } from '../api/clients.js';
import { createPortalQueryClient, portalRoutes } from '../app.js';
import { AuthProvider } from '../auth/auth-context.js';
import { createAuthSession, type OidcClient } from '../auth/session.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import type { Locale } from '../i18n/translate.js';

/** A signed-in keycloak-js stand-in: the portal only reads its token and never reaches the issuer here. */
function signedIn(claims: Record<string, unknown>): OidcClient {
  return {
    token: 'token',
    tokenParsed: claims,
    updateToken: async () => false,
    login: async () => undefined,
    logout: async () => undefined,
  };
}

const CLERK = {
  sub: 'u-1',
  given_name: 'Lan',
  family_name: 'Nguyễn Thị',
  realm_access: { roles: ['default-roles-lienthong', 'van-thu'] },
  org_id: 'th-ubnd-tinh',
};

/** Renders the real routes on the server at `path`, as the browser would show them before any data arrives. */
function renderPortal(path: string, claims: Record<string, unknown> = CLERK, locale: Locale = 'vi'): string {
  const session = createAuthSession(signedIn(claims), { now: () => 0, storage: null, homeUrl: 'http://localhost/' });
  const clients = createApiClients(
    { intake: 'http://localhost/api/intake/trpc', routing: 'http://localhost/api/routing/trpc' },
    () => session.getToken(),
  );
  const router = createMemoryRouter(portalRoutes, { initialEntries: [path] });
  return renderToString(
    <I18nProvider initialLocale={locale}>
      <AuthProvider session={session}>
        <ApiProvider clients={clients}>
          <QueryClientProvider client={createPortalQueryClient(() => undefined)}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ApiProvider>
      </AuthProvider>
    </I18nProvider>,
  );
}

/** The visible text of rendered HTML, tags dropped and entities of quotes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('the portal layout', () => {
  it('names every area in Vietnamese in the navigation', () => {
    const text = textOf(renderPortal('/reports'));
    for (const label of [
      'Văn bản đến',
      'Văn bản đi',
      'Việc của tôi',
      'Ký số',
      'Thủ tục',
      'Lịch họp',
      'Lưu trữ',
      'Báo cáo',
      'Quản trị',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('shows the user’s name, role and unit in the header', () => {
    const html = renderPortal('/reports');
    expect(html).toMatch(/data-testid="current-user"[^>]*>Nguyễn Thị Lan</);
    expect(html).toMatch(/data-testid="current-roles"[^>]*>Vai trò: Văn thư</);
    expect(html).toMatch(/data-testid="current-unit"[^>]*>Đơn vị: th-ubnd-tinh</);
  });

  it('shows an honest "Sắp có" page for an area that is not built', () => {
    const html = renderPortal('/meetings');
    expect(html).toContain('data-testid="coming-soon"');
    expect(textOf(html)).toContain('Phần “Lịch họp” đang được xây dựng');
  });

  it('offers registration to a clerk and hides it from a specialist', () => {
    expect(textOf(renderPortal('/incoming'))).toContain('Vào sổ văn bản đến');
    const specialist = { ...CLERK, realm_access: { roles: ['chuyen-vien'] } };
    const html = renderPortal('/incoming', specialist);
    expect(textOf(html)).not.toContain('Vào sổ văn bản đến');
    expect(textOf(html)).not.toContain('Chờ chỉ đạo');
  });

  it('explains a page the user’s roles do not open', () => {
    const specialist = { ...CLERK, realm_access: { roles: ['chuyen-vien'] } };
    const html = renderPortal('/incoming/register', specialist);
    expect(html).toContain('data-testid="no-access"');
    expect(textOf(html)).toContain('Trang này dành cho vai trò: Văn thư');
  });

  it('renders the registration form with labelled, required fields before any data arrives', () => {
    const html = renderPortal('/incoming/register');
    expect(html).toMatch(/<label for="register-issuer">Cơ quan ban hành/);
    expect(html).toMatch(/id="register-documentDate"[^>]*aria-describedby="register-documentDate-hint"/);
    for (const field of ['issuer', 'numberSymbol', 'documentDate', 'subject']) {
      expect(html).toMatch(new RegExp(`id="register-${field}"[^>]*required=""`));
    }
    expect(textOf(html)).toContain('10 văn bản đến gần nhất');
    expect(textOf(html)).toContain('Đang tải…');
  });

  it('speaks English when switched', () => {
    const text = textOf(renderPortal('/reports', CLERK, 'en'));
    expect(text).toContain('Incoming documents');
    expect(text).toContain('Roles: Clerk');
    expect(text).toContain('Coming soon');
  });
});
