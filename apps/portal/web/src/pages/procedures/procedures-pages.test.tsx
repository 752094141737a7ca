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
import { procedureKeys } from './procedure-keys.js';
import {
  listInputOf,
  type ProcedureDetail,
  type ProcedureDiffResult,
  type ProcedureVersion,
} from './procedure-model.js';

const ORG = 'th-ubnd-xa-hoang-hoa';
const CODE = '1.004616.000.00.00.H56';

function claims(username: string, roles: string[], orgId = ORG) {
  return { sub: `sub-${username}`, preferred_username: username, realm_access: { roles }, org_id: orgId };
}
const LEADER = claims('lanhdao.hoanghoa', ['lanh-dao']);
const SPECIALIST = claims('chuyenvien.hoanghoa', ['chuyen-vien']);
const CLERK = claims('vanthu.hoanghoa', ['van-thu']);

/** A signed-in keycloak-js stand-in: the pages only read its token and never reach the issuer here. */
function signedIn(tokenClaims: Record<string, unknown>): OidcClient {
  return {
    token: 'token',
    tokenParsed: tokenClaims,
    updateToken: async () => false,
    login: async () => undefined,
    logout: async () => undefined,
  };
}

function aVersion(version: string, overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    id: `0199a3b2-7c1e-7d2a-9f00-0000000000${version.replace('.', '')}0`,
    orgId: ORG,
    code: CODE,
    version,
    name: 'Đăng ký khai sinh',
    status: 'effective',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    supersededBy: null,
    inForce: true,
    timeLimit: { unit: 'working-days', value: 3 },
    stepCount: 2,
    approvedBy: 'Lê Văn Hùng',
    approvedOn: '2025-06-20',
    importedBy: 'lanhdao.hoanghoa',
    importedAt: new Date('2025-06-21T02:00:00Z'),
    madeEffectiveBy: 'lanhdao.hoanghoa',
    madeEffectiveAt: new Date('2025-06-22T02:00:00Z'),
    ...overrides,
  };
}

const V1 = aVersion('1.0');
const V2 = aVersion('1.1', {
  status: 'draft',
  inForce: false,
  effectiveFrom: '2099-01-01',
  madeEffectiveBy: null,
  madeEffectiveAt: null,
});

function detailOf(version: ProcedureVersion): ProcedureDetail {
  return {
    ...version,
    definition: {
      code: CODE,
      name: version.name,
      version: version.version,
      effectiveFrom: version.effectiveFrom,
      approvedBy: version.approvedBy,
      approvedOn: version.approvedOn,
      purpose: 'Đăng ký khai sinh cho trẻ em sinh ra trên địa bàn xã.',
      legalBasis: ['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'],
      timeLimit: version.timeLimit,
      steps: [
        {
          id: 'tiep-nhan',
          name: 'Tiếp nhận, kiểm tra hồ sơ',
          responsible: { role: 'van-thu', title: 'Bộ phận một cửa' },
          duration: { unit: 'working-hours', value: 4 },
          forms: ['Tờ khai đăng ký khai sinh'],
          outputs: ['Giấy tiếp nhận hồ sơ'],
        },
        {
          id: 'ky-duyet',
          name: 'Ký giấy khai sinh',
          responsible: { role: 'lanh-dao' },
          duration: { unit: 'working-days', value: 1 },
          forms: [],
          outputs: ['Giấy khai sinh', 'Sổ đăng ký khai sinh'],
        },
      ],
      records: [
        { name: 'Tờ khai đăng ký khai sinh', keptBy: 'Công chức tư pháp - hộ tịch', retention: { kind: 'permanent' } },
      ],
    },
  };
}

const DIFF: ProcedureDiffResult = {
  from: V1,
  to: V2,
  diff: {
    fields: [
      { field: 'version', before: '1.0', after: '1.1' },
      { field: 'timeLimit', before: { unit: 'working-days', value: 5 }, after: { unit: 'working-days', value: 3 } },
    ],
    steps: {
      added: [],
      removed: [],
      changed: [
        {
          id: 'tiep-nhan',
          name: 'Tiếp nhận, kiểm tra hồ sơ',
          fields: [
            {
              field: 'duration',
              before: { unit: 'working-hours', value: 8 },
              after: { unit: 'working-hours', value: 4 },
            },
          ],
        },
      ],
      reordered: false,
    },
    records: { added: [], removed: [], changed: [] },
    identical: false,
  },
};

type Seed = (client: QueryClient) => void;

/** Renders the portal's real routes on the server at `path`, with `seed` answering for the services. */
function render(
  path: string,
  tokenClaims: Record<string, unknown>,
  seed: Seed = () => undefined,
  locale: Locale = 'vi',
) {
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

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const has = (html: string, testId: string) => html.includes(`data-testid="${testId}"`);
const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

const seedList: Seed = (client) =>
  client.setQueryData(procedureKeys.list(listInputOf({ query: '', status: 'all', orgId: null }, 50)), {
    pages: [{ items: [V1, V2], nextCursor: null }],
    pageParams: [null],
  });

const seedProcedure =
  (version: ProcedureVersion, options: { diff?: boolean } = {}): Seed =>
  (client) => {
    client.setQueryData(procedureKeys.versions(null, CODE), [V1, V2]);
    client.setQueryData(procedureKeys.detail(null, CODE, version.version), detailOf(version));
    if (options.diff) client.setQueryData(procedureKeys.diff(null, CODE, '1.0', '1.1'), DIFF);
  };

describe('the procedure catalogue', () => {
  it('is a built area of the menu with its links, and shows a loading line before intake answers', () => {
    const html = render('/procedures', LEADER);
    const text = textOf(html);
    expect(text).toContain('Danh mục quy trình');
    expect(text).toContain('Nhập quy trình');
    expect(text).toContain('Đang tải…');
    expect(has(html, 'procedure-search')).toBe(true);
    expect(has(html, 'procedure-status-filter')).toBe(true);
  });

  it('lists the versions with their state, and offers the import to a leader only', () => {
    const html = render('/procedures', LEADER, seedList);
    expect(count(html, 'procedure-row')).toBe(2);
    expect(html).toMatch(/data-status="in-force"[^>]*>Đang có hiệu lực</);
    expect(html).toMatch(/data-status="draft"[^>]*>Dự thảo</);
    expect(textOf(html)).toContain('3 ngày làm việc');
    expect(has(html, 'procedure-import-link')).toBe(true);
    expect(has(render('/procedures', CLERK, seedList), 'procedure-import-link')).toBe(false);
  });

  it('keeps only the drafts when the address asks for them', () => {
    const html = render('/procedures?status=draft', LEADER, (client) =>
      client.setQueryData(procedureKeys.list(listInputOf({ query: '', status: 'draft', orgId: null }, 50)), {
        pages: [{ items: [V1, V2], nextCursor: null }],
        pageParams: [null],
      }),
    );
    expect(count(html, 'procedure-row')).toBe(1);
    expect(html).toMatch(/<option value="draft" selected="">Dự thảo<\/option>/);
  });
});

describe('a procedure’s page', () => {
  it('shows the steps table, the records to keep and every version', () => {
    const html = render(`/procedures/${CODE}`, SPECIALIST, seedProcedure(V1));
    const text = textOf(html);
    expect(html).toMatch(/data-testid="procedure-status"[^>]*>Đang có hiệu lực</);
    expect(count(html, 'procedure-step')).toBe(2);
    for (const cell of [
      'Bước 1',
      'Tiếp nhận, kiểm tra hồ sơ',
      'Bộ phận một cửa · vai trò Văn thư',
      '4 giờ làm việc',
      'Tờ khai đăng ký khai sinh',
      'Giấy khai sinh',
      'Luật Hộ tịch 2014',
      'Vĩnh viễn',
    ])
      expect({ cell, shown: text.includes(cell) }).toEqual({ cell, shown: true });
    expect(count(html, 'procedure-record')).toBe(1);
    expect(count(html, 'procedure-version')).toBe(2);
    expect(has(html, 'procedure-export')).toBe(true);
    expect(has(html, 'procedure-make-effective')).toBe(false);
  });

  it('lets a leader make a draft effective, from the draft’s own first day', () => {
    const html = render(`/procedures/${CODE}?version=1.1`, LEADER, seedProcedure(V2));
    expect(has(html, 'procedure-make-effective')).toBe(true);
    expect(html).toMatch(
      /data-testid="procedure-make-effective-date"[^>]*value="01\/01\/2099"|value="01\/01\/2099"[^>]*data-testid="procedure-make-effective-date"/,
    );
    expect(
      has(render(`/procedures/${CODE}?version=1.1`, SPECIALIST, seedProcedure(V2)), 'procedure-make-effective'),
    ).toBe(false);
  });

  it('compares the two versions named in the address: fields and steps that changed', () => {
    const html = render(`/procedures/${CODE}?from=1.0&to=1.1`, SPECIALIST, seedProcedure(V1, { diff: true }));
    expect(has(html, 'procedure-diff')).toBe(true);
    const text = textOf(html);
    expect(text).toContain('Từ phiên bản 1.0 đến phiên bản 1.1: 3 thay đổi.');
    expect(count(html, 'procedure-diff-field')).toBe(3);
    expect(text).toContain('5 ngày làm việc');
    expect(text).toContain('8 giờ làm việc');
    expect(has(html, 'procedure-diff-from')).toBe(true);
    expect(has(html, 'procedure-diff-to')).toBe(true);
  });

  it('speaks English when switched', () => {
    const text = textOf(render(`/procedures/${CODE}`, SPECIALIST, seedProcedure(V1), 'en'));
    expect(text).toContain('Records to keep');
    expect(text).toContain('3 working days');
    expect(text).toContain('In force');
  });
});

describe('the import form', () => {
  it('offers the JSON box, the file and the button to a leader', () => {
    const html = render('/procedures/import', LEADER);
    for (const testId of ['procedure-import-json', 'procedure-import-file', 'procedure-import-submit'])
      expect({ testId, present: has(html, testId) }).toEqual({ testId, present: true });
    expect(html).toMatch(/<label for="procedure-import-json">Nội dung tệp quy trình \(JSON\)/);
  });

  it('explains to a specialist that importing is for leaders and administrators', () => {
    const html = render('/procedures/import', SPECIALIST);
    expect(has(html, 'no-access')).toBe(true);
    expect(has(html, 'procedure-import-submit')).toBe(false);
  });
});
