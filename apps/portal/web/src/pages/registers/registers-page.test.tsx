import type { IntakeOutputs } from '@lienthong/intake-api/router';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../api/api-context.js';
import { createApiClients } from '../../api/clients.js';
import { createPortalQueryClient, portalRoutes } from '../../app.js';
import { AuthProvider } from '../../auth/auth-context.js';
import { createAuthSession, type OidcClient } from '../../auth/session.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import type { Locale } from '../../i18n/translate.js';
import type { OutgoingRegisterEntry } from './outgoing-register-columns.js';
import { registersKeys } from './registers-keys.js';

// The registers page rendered on the server through the real routes, with the query cache filled first: what the
// browser shows once intake has answered (a server render runs no effects and fetches nothing). The incoming book's
// renders are in pages/incoming/incoming-pages.test.tsx.

const ORG = 'th-ubnd-xa-hoang-hoa';
const REPORT_ID = '0199a3b2-7c1e-7d2a-9f00-1234567890ab';
const RECALLED_ID = '0199a3b2-7c1e-7d2a-9f00-1234567890ac';

function claims(username: string, roles: string[]) {
  return { sub: `sub-${username}`, preferred_username: username, realm_access: { roles }, org_id: ORG };
}
const CLERK = claims('vanthu.hoanghoa', ['van-thu']);
const LEADER = claims('lanhdao.hoanghoa', ['lanh-dao']);

/** A signed-in keycloak-js stand-in: the page only reads its token and never reaches the issuer here. */
function signedIn(tokenClaims: Record<string, unknown>): OidcClient {
  return {
    token: 'token',
    tokenParsed: tokenClaims,
    updateToken: async () => false,
    login: async () => undefined,
    logout: async () => undefined,
  };
}

function renderAt(
  path: string,
  tokenClaims: Record<string, unknown>,
  seed: (client: QueryClient) => void = () => undefined,
  locale: Locale = 'vi',
): string {
  const session = createAuthSession(signedIn(tokenClaims), {
    now: () => 0,
    storage: null,
    homeUrl: 'http://localhost/',
  });
  const clients = createApiClients(
    { intake: 'http://localhost/api/intake/trpc', routing: 'http://localhost/api/routing/trpc' },
    () => session.getToken(),
  );
  const queryClient = createPortalQueryClient(() => undefined);
  seed(queryClient);
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

/** The visible text of rendered HTML, tags dropped and entities of quotes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The link carrying `testId`: its address (entities decoded), whether it is marked current, and its text. */
function linkWithTestId(html: string, testId: string): { href: string; current: boolean; text: string } {
  const match = new RegExp(`<a ([^>]*data-testid="${testId}"[^>]*)>([^<]*)</a>`).exec(html);
  if (!match) throw new Error(`no link with data-testid="${testId}"`);
  const attributes = match[1] ?? '';
  return {
    href: (/href="([^"]*)"/.exec(attributes)?.[1] ?? '').replace(/&amp;/g, '&'),
    current: attributes.includes('aria-current="page"'),
    text: match[2] ?? '',
  };
}

type MonthlyCounts = IntakeOutputs['registers']['monthlyCounts'];
type UnitCounts = IntakeOutputs['registers']['monthlyCountsByUnit'];

const REPORT: OutgoingRegisterEntry = {
  documentId: REPORT_ID,
  outgoingNumber: 1,
  numberSymbol: '01/UBND-VP',
  issuedDate: '2025-09-15',
  kindCode: 'cong-van',
  kindName: 'Công văn',
  subject: 'V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
  signerName: 'Lê Văn Hùng',
  recipients: ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Công ty cổ phần Viễn thông ABC'],
  draftedBy: 'chuyenvien.hoanghoa',
  copies: null,
  issuedAt: new Date('2025-09-15T02:00:00Z'),
  acknowledgedBy: null,
  status: 'issued',
  notes: null,
};

const RECALLED: OutgoingRegisterEntry = {
  ...REPORT,
  documentId: RECALLED_ID,
  outgoingNumber: 3,
  numberSymbol: '03/KH-UBND',
  issuedDate: '2025-10-20',
  kindCode: 'ke-hoach',
  kindName: 'Kế hoạch',
  subject: 'Kế hoạch tổ chức Ngày Chuyển đổi số năm 2025',
  issuedAt: new Date('2025-10-20T03:15:00Z'),
  status: 'recalled',
  notes: 'Đã thu hồi',
};

/** Counts of issued documents: two công văn in September, one kế hoạch in October. */
const OUTGOING_MONTHS: MonthlyCounts['months'] = Array.from({ length: 12 }, (_, index) => {
  const byKind: Record<string, number> = index === 8 ? { 'cong-van': 2 } : index === 9 ? { 'ke-hoach': 1 } : {};
  return { month: index + 1, total: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind };
});

function seedOutgoing(client: QueryClient) {
  client.setQueryData(registersKeys.outgoingEntries(2025), {
    pages: [{ year: 2025, items: [REPORT, RECALLED], nextCursor: 3 }],
    pageParams: [null],
  });
  client.setQueryData(registersKeys.monthlyCounts(2025, 'outgoing'), {
    year: 2025,
    total: 3,
    months: OUTGOING_MONTHS,
  } satisfies MonthlyCounts);
  client.setQueryData(registersKeys.monthlyCountsByUnit(2025, 'outgoing'), {
    year: 2025,
    total: 3,
    units: [
      {
        unitId: ORG,
        unitName: 'Ủy ban nhân dân xã Hoằng Hóa',
        parentId: 'th-ubnd-tinh',
        validFrom: '2025-07-01',
        validTo: null,
        total: 3,
        months: OUTGOING_MONTHS,
      },
    ],
  } satisfies UnitCounts);
}

describe('Sổ đăng ký văn bản đi', () => {
  it('offers both books as links that keep the year, the chosen one marked', () => {
    const html = renderAt('/registers?year=2025&book=outgoing', CLERK, seedOutgoing);
    const incoming = linkWithTestId(html, 'registers-book-incoming');
    const outgoing = linkWithTestId(html, 'registers-book-outgoing');
    expect(incoming).toMatchObject({ href: '/registers?year=2025', current: false, text: 'Sổ văn bản đến' });
    expect(outgoing).toMatchObject({
      href: '/registers?year=2025&book=outgoing',
      current: true,
      text: 'Sổ văn bản đi',
    });
    expect(html).toMatch(/<h1 id="registers-title">Sổ đăng ký văn bản đi<\/h1>/);
    expect(html).toMatch(/<option value="2025" selected="">2025<\/option>/);
  });

  it('shows the book in the ten columns of Phụ lục IV, headed as the export, with paging', () => {
    const html = renderAt('/registers?year=2025&book=outgoing', CLERK, seedOutgoing);
    const text = textOf(html);
    expect(text).toContain('Sổ đăng ký văn bản đi năm 2025');
    expect(text).toContain(
      'Số, ký hiệu văn bản Ngày tháng văn bản Tên loại và trích yếu nội dung văn bản Người ký Nơi nhận văn bản ' +
        'Đơn vị, người nhận bản lưu Số lượng bản Ngày chuyển Ký nhận Ghi chú',
    );
    expect(html.match(/data-testid="registers-outgoing-row"/g)).toHaveLength(2);
    expect(text).toContain(
      '01/UBND-VP 15/09/2025 Công văn: V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025 Lê Văn Hùng ' +
        'Ủy ban nhân dân tỉnh Thanh Hóa; Công ty cổ phần Viễn thông ABC chuyenvien.hoanghoa 15/09/2025 09:00',
    );
    // The subject starts with the kind's name: it is not repeated. The recalled document is noted.
    expect(text).toContain('03/KH-UBND 20/10/2025 Kế hoạch tổ chức Ngày Chuyển đổi số năm 2025 Lê Văn Hùng');
    expect(text).toContain('20/10/2025 10:15 Đã thu hồi');
    expect(html).toContain(`href="/outgoing/${REPORT_ID}"`);
    expect(html).toContain('data-testid="load-more"');
    expect(html).not.toContain('data-testid="register-entries"');
  });

  it('exports and counts the outgoing book, and counts it per unit for leaders', () => {
    const clerk = renderAt('/registers?year=2025&book=outgoing', CLERK, seedOutgoing);
    expect(clerk).toMatch(/data-testid="register-export"[^>]*>Tải sổ năm 2025 \(CSV\)/);
    expect(clerk).toMatch(/data-testid="register-export-xlsx"[^>]*>Tải sổ năm 2025 \(Excel\)/);
    expect(clerk).toMatch(/data-testid="register-counts-row" data-key="cong-van"><th scope="row">Công văn<\/th>/);
    expect(textOf(clerk)).toContain('Tổng số 0 0 0 0 0 0 0 0 2 1 0 0 3');
    expect(textOf(clerk)).toContain('Số văn bản đi theo tháng và loại văn bản, năm 2025');
    expect(textOf(clerk)).not.toContain('của các đơn vị');
    const leader = textOf(renderAt('/registers?year=2025&book=outgoing', LEADER, seedOutgoing));
    expect(leader).toContain('Số văn bản đi theo tháng của các đơn vị, năm 2025');
    expect(leader).toContain('Ủy ban nhân dân xã Hoằng Hóa từ 01/07/2025');
  });

  it('says when the year’s book is empty, and shows a loading line before intake answers', () => {
    const empty = renderAt('/registers?year=2025&book=outgoing', CLERK, (client) => {
      client.setQueryData(registersKeys.outgoingEntries(2025), {
        pages: [{ year: 2025, items: [], nextCursor: null }],
        pageParams: [null],
      });
      client.setQueryData(registersKeys.monthlyCounts(2025, 'outgoing'), {
        year: 2025,
        total: 0,
        months: OUTGOING_MONTHS.map((month) => ({ ...month, total: 0, byKind: {} })),
      } satisfies MonthlyCounts);
    });
    expect(empty).toMatch(/data-testid="registers-outgoing-empty"[^>]*>Sổ văn bản đi năm 2025 chưa có văn bản nào/);
    expect(empty).toMatch(/data-testid="register-counts-empty"[^>]*>Năm 2025 chưa phát hành văn bản đi nào/);
    expect(textOf(renderAt('/registers?book=outgoing', CLERK))).toContain('Đang tải…');
  });

  it('keeps the incoming book for a missing or unknown book, and speaks English on request', () => {
    const incoming = renderAt('/registers?year=2025&book=sent', CLERK);
    expect(incoming).toMatch(/<h1 id="registers-title">Sổ đăng ký văn bản đến<\/h1>/);
    expect(linkWithTestId(incoming, 'registers-book-incoming').current).toBe(true);
    const english = textOf(renderAt('/registers?year=2025&book=outgoing', CLERK, seedOutgoing, 'en'));
    expect(english).toContain('Outgoing document register');
    expect(english).toContain('Number and symbol Document date Type and subject Signed by Recipients');
    expect(english).toContain('Recalled');
  });
});
