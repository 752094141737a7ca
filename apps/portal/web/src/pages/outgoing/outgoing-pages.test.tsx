import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../api/api-context.js';
import { createApiClients } from '../../api/clients.js';
import { AuthProvider } from '../../auth/auth-context.js';
import { createAuthSession, type OidcClient } from '../../auth/session.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import type { Locale } from '../../i18n/translate.js';
import { Layout } from '../../layout/layout.js';
import { outgoingKeys } from './outgoing-keys.js';
import type { OrgUnit, OutgoingDetail, OutgoingStatus } from './outgoing-model.js';
import { outgoingRoutes } from './outgoing-routes.js';

const ORG = 'th-ubnd-xa-hoang-hoa';
const DOCUMENT_ID = '0199a3b2-7c1e-7d2a-9f00-1234567890ab';
const ROUND_ID = '0199a3b2-7c1e-7d2a-9f00-00000000a001';

function claims(username: string, roles: string[], orgId = ORG) {
  return { sub: `sub-${username}`, preferred_username: username, realm_access: { roles }, org_id: orgId };
}
const DRAFTER = claims('chuyenvien.hoanghoa', ['chuyen-vien']);
const LEADER = claims('lanhdao.hoanghoa', ['lanh-dao']);
const CLERK = claims('vanthu.hoanghoa', ['van-thu']);
const REVIEWER = claims('chuyenvien.tinh', ['chuyen-vien'], 'th-ubnd-tinh');

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

const UNITS: OrgUnit[] = [
  { id: 'th-ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Thanh Hóa', level: 'province' },
  { id: ORG, name: 'Ủy ban nhân dân xã Hoằng Hóa', level: 'commune' },
].map((unit) => ({
  ...unit,
  code: null,
  side: 'state',
  kind: 'ubnd',
  parentId: null,
  validFrom: '2025-07-01',
  validTo: null,
}));

function aDocument(status: OutgoingStatus, overrides: Partial<OutgoingDetail> = {}): OutgoingDetail {
  const at = new Date('2025-09-15T02:00:00Z');
  return {
    id: DOCUMENT_ID,
    orgId: ORG,
    status,
    documentSystem: 'state',
    kindCode: 'cong-van',
    issuerCode: 'UBND',
    unitCode: 'VP',
    subject: 'V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
    urgency: 'khan',
    secrecy: 'thuong',
    recipients: [{ type: 'internal', orgId: 'th-ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Thanh Hóa' }],
    inReplyToId: null,
    draftedBy: 'chuyenvien.hoanghoa',
    signerName: null,
    signedAt: null,
    numberSymbol: null,
    outgoingNumber: null,
    registerScope: null,
    issuedDate: null,
    issuedAt: null,
    replacedById: null,
    replacesId: null,
    rowVersion: 1,
    createdAt: at,
    updatedAt: at,
    files: [
      {
        id: '0199a3b2-7c1e-7d2a-9f00-00000000f001',
        version: 1,
        sha256: 'a'.repeat(64),
        fileName: 'Dự thảo công văn.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 48_213,
        note: null,
        uploadedBy: 'chuyenvien.hoanghoa',
        createdAt: at,
      },
    ],
    rounds: [],
    history: [
      {
        at,
        actor: 'chuyenvien.hoanghoa',
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
        note: null,
        detail: { fileVersion: 1, fileName: 'Dự thảo công văn.docx' },
      },
    ],
    ...overrides,
  };
}

/** A round asking the provincial reviewer, open until far in the future, with one comment. */
const OPEN_ROUND: OutgoingDetail['rounds'][number] = {
  id: ROUND_ID,
  fileVersion: 1,
  participants: [{ type: 'user', username: 'chuyenvien.tinh' }],
  deadline: new Date('2099-01-01T10:00:00Z'),
  status: 'open',
  openedBy: 'chuyenvien.hoanghoa',
  openedAt: new Date('2025-09-15T03:00:00Z'),
  closedBy: null,
  closedAt: null,
  summary: null,
  comments: [
    {
      id: '0199a3b2-7c1e-7d2a-9f00-00000000c001',
      fileVersion: 1,
      author: 'chuyenvien.tinh',
      authorOrgId: 'th-ubnd-tinh',
      body: 'Đề nghị bổ sung số liệu tháng 9.',
      createdAt: new Date('2025-09-15T04:00:00Z'),
    },
  ],
};

/**
 * Renders the outgoing routes under the real layout on the server at `path`. `documentState` is put in the query
 * cache first, as if intake had answered, so the detail page renders its data; other queries stay pending.
 */
function render(
  path: string,
  tokenClaims: Record<string, unknown>,
  options: { document?: OutgoingDetail; units?: boolean; locale?: Locale } = {},
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
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (options.document) queryClient.setQueryData(outgoingKeys.detail(options.document.id), options.document);
  if (options.units) queryClient.setQueryData(outgoingKeys.units, { date: '2025-09-15', items: UNITS });
  const router = createMemoryRouter([{ path: '/', element: <Layout />, children: outgoingRoutes }], {
    initialEntries: [path],
  });
  return renderToString(
    <I18nProvider initialLocale={options.locale ?? 'vi'}>
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
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const has = (html: string, testId: string) => html.includes(`data-testid="${testId}"`);

describe('the outgoing list', () => {
  it('shows the status tabs, the search box and a loading line before intake answers', () => {
    const html = render('/outgoing', DRAFTER);
    const text = textOf(html);
    for (const tab of ['Tất cả', 'Dự thảo của tôi', 'Đang lấy ý kiến', 'Chờ duyệt', 'Đã ký', 'Đã phát hành'])
      expect(text).toContain(tab);
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="outgoing-tab-all"/);
    expect(has(html, 'outgoing-search')).toBe(true);
    expect(text).toContain('Đang tải…');
    expect(has(html, 'outgoing-new-link')).toBe(true);
  });

  it('marks the tab named in the address', () => {
    expect(render('/outgoing?tab=awaiting', LEADER)).toMatch(
      /aria-pressed="true"[^>]*data-testid="outgoing-tab-awaiting"/,
    );
  });

  it('offers no new draft to an archivist', () => {
    expect(has(render('/outgoing', claims('luutru', ['luu-tru'])), 'outgoing-new-link')).toBe(false);
  });
});

describe('the draft form', () => {
  it('starts a State unit on a công văn of UBND, asking for the drafting unit code', () => {
    const html = render('/outgoing/new', DRAFTER, { units: true });
    expect(html).toMatch(/<option value="cong-van" selected="">Công văn<\/option>/);
    expect(html).toMatch(/data-testid="outgoing-new-issuer-code"[^>]*value="UBND"/);
    for (const testId of [
      'outgoing-new-kind',
      'outgoing-new-unit-code',
      'outgoing-new-subject',
      'outgoing-new-recipient-unit',
      'outgoing-new-file',
      'outgoing-new-submit',
    ])
      expect({ testId, present: has(html, testId) }).toEqual({ testId, present: true });
    // The picker offers the other units, not the user's own.
    expect(textOf(html)).toContain('Ủy ban nhân dân tỉnh Thanh Hóa');
    expect(html).not.toContain(`<option value="${ORG}"`);
    expect(html).not.toContain('value="nghi-dinh"');
    expect(html).not.toContain('value="thu-cong"');
  });

  it('says which incoming document a reply answers', () => {
    const html = render(`/outgoing/new?replyTo=${DOCUMENT_ID}`, DRAFTER);
    expect(has(html, 'outgoing-new-reply-to')).toBe(true);
  });

  it('explains to an archivist that drafting is not for their role', () => {
    const html = render('/outgoing/new', claims('luutru', ['luu-tru']));
    expect(has(html, 'no-access')).toBe(true);
    expect(has(html, 'outgoing-new-submit')).toBe(false);
  });
});

describe('the document page', () => {
  it('shows a loading line, and "not found" for an address that is no document id', () => {
    expect(textOf(render(`/outgoing/${DOCUMENT_ID}`, DRAFTER))).toContain('Đang tải…');
    expect(has(render('/outgoing/khong-phai-ma', DRAFTER), 'not-found')).toBe(true);
  });

  it('gives the drafter of a draft the consultation form, a new version and submission', () => {
    const html = render(`/outgoing/${DOCUMENT_ID}`, DRAFTER, { document: aDocument('draft'), units: true });
    expect(html).toMatch(/data-testid="outgoing-status"[^>]*>Dự thảo</);
    for (const testId of [
      'outgoing-submit',
      'outgoing-consult-user',
      'outgoing-consult-unit',
      'outgoing-consult-deadline',
      'outgoing-consult-open',
      'outgoing-version-file',
      'outgoing-file-download',
      'outgoing-history',
    ])
      expect({ testId, present: has(html, testId) }).toEqual({ testId, present: true });
    expect(has(html, 'outgoing-approve')).toBe(false);
    expect(textOf(html)).toContain('Chưa cấp số');
    expect(textOf(html)).toContain('Tạo dự thảo');
  });

  it('lets a participant comment on an open round and the drafter close it', () => {
    const document = aDocument('in-consultation', { rounds: [OPEN_ROUND] });
    const reviewer = render(`/outgoing/${DOCUMENT_ID}`, REVIEWER, { document, units: true });
    expect(has(reviewer, 'outgoing-comment-body')).toBe(true);
    expect(has(reviewer, 'outgoing-comment-send')).toBe(true);
    expect(has(reviewer, 'outgoing-round-close')).toBe(false);
    expect(has(reviewer, 'outgoing-submit')).toBe(false);
    expect(reviewer).toMatch(/data-testid="outgoing-comment"[^>]*>[\s\S]*Đề nghị bổ sung số liệu tháng 9\./);

    const drafter = render(`/outgoing/${DOCUMENT_ID}`, DRAFTER, { document, units: true });
    expect(has(drafter, 'outgoing-round-close')).toBe(true);
    expect(has(drafter, 'outgoing-comment-body')).toBe(false);
    expect(has(drafter, 'outgoing-consult-open')).toBe(false);
    expect(has(drafter, 'outgoing-submit')).toBe(true);
  });

  it('gives a leader approve on a submitted draft and sign on an approved one', () => {
    const submitted = render(`/outgoing/${DOCUMENT_ID}`, LEADER, { document: aDocument('submitted') });
    expect(has(submitted, 'outgoing-approve')).toBe(true);
    expect(has(submitted, 'outgoing-send-back')).toBe(true);
    expect(has(submitted, 'outgoing-sign')).toBe(false);
    const approved = render(`/outgoing/${DOCUMENT_ID}`, LEADER, { document: aDocument('approved') });
    expect(has(approved, 'outgoing-sign')).toBe(true);
    expect(has(approved, 'outgoing-approve')).toBe(false);
  });

  it('gives the clerk issue on a signed document, and shows the number and symbol once issued', () => {
    expect(has(render(`/outgoing/${DOCUMENT_ID}`, CLERK, { document: aDocument('signed') }), 'outgoing-issue')).toBe(
      true,
    );
    const issued = aDocument('issued', {
      numberSymbol: '01/UBND-VP',
      outgoingNumber: 1,
      registerScope: '2025',
      issuedDate: '2025-09-15',
      signerName: 'Lê Văn Hùng',
      signedAt: new Date('2025-09-15T08:00:00Z'),
    });
    const html = render(`/outgoing/${DOCUMENT_ID}`, CLERK, { document: issued });
    expect(html).toMatch(/data-testid="outgoing-number-symbol"[^>]*>01\/UBND-VP</);
    expect(has(html, 'outgoing-export-edxml')).toBe(true);
    expect(has(html, 'outgoing-recall')).toBe(true);
    expect(has(html, 'outgoing-issue')).toBe(false);
    expect(textOf(html)).toContain('15/09/2025');
    expect(textOf(html)).toContain('Lê Văn Hùng, ký lúc 15/09/2025 15:00');
  });

  it('speaks English when switched', () => {
    const text = textOf(render(`/outgoing/${DOCUMENT_ID}`, CLERK, { document: aDocument('signed'), locale: 'en' }));
    expect(text).toContain('Number and issue');
    expect(text).toContain('Signed');
    expect(text).toContain('Draft created');
  });
});

describe('drafts for comment', () => {
  it('shows its title and a loading line before intake answers', () => {
    const text = textOf(render('/outgoing/consultations', REVIEWER));
    expect(text).toContain('Góp ý dự thảo');
    expect(text).toContain('Đang tải…');
  });
});
