import type { IntakeOutputs } from '@lienthong/intake-api/router';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../api/api-context.js';
import { createApiClients } from '../../api/clients.js';
import { queryKeys } from '../../api/query-keys.js';
import { createPortalQueryClient, portalRoutes } from '../../app.js';
import { AuthProvider } from '../../auth/auth-context.js';
import { createAuthSession, type OidcClient } from '../../auth/session.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import type { Locale } from '../../i18n/translate.js';
import { registersKeys } from '../registers/registers-keys.js';
import type { IncomingDocument } from './incoming-columns.js';
import type { IncomingDetail } from './incoming-detail.js';
import { filtersFromSearchParams, findInputOf } from './incoming-filters.js';
import { incomingKeys } from './incoming-keys.js';

const ORG = 'th-ubnd-xa-hoang-hoa';
const DOCUMENT_ID = '0199a3b2-7c1e-7d2a-9f00-1234567890ab';

function claims(username: string, roles: string[]) {
  return { sub: `sub-${username}`, preferred_username: username, realm_access: { roles }, org_id: ORG };
}
const CLERK = claims('vanthu.hoanghoa', ['van-thu']);
const LEADER = claims('lanhdao.hoanghoa', ['lanh-dao']);
const ARCHIVIST = claims('luutru.hoanghoa', ['luu-tru']);
const SPECIALIST = claims('chuyenvien.hoanghoa', ['chuyen-vien']);

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

/**
 * Renders the real routes at `path` on the server, with `seed` filling the query cache first: what the browser shows
 * once the data has arrived (a server render runs no effects and fetches nothing).
 */
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

const RECEIVED_AT = new Date('2025-03-05T02:30:00Z');

function aDocument(overrides: Partial<IncomingDocument> = {}): IncomingDocument {
  // Built field by field from intake's output type; cast once so that fields intake adds later (with defaults in
  // the DTO) do not have to be repeated in every fixture.
  return {
    id: DOCUMENT_ID,
    orgId: ORG,
    issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    numberSymbol: '125/QĐ-UBND',
    documentDate: '2025-03-04',
    subject: 'Về việc kiểm tra công tác phòng, chống lụt bão năm 2025',
    kindCode: 'quyet-dinh',
    urgency: 'hoa-toc',
    secrecy: 'thuong',
    receivedAt: RECEIVED_AT,
    incomingNumber: 42,
    registerScope: '2025',
    status: 'registered',
    ...overrides,
  } as IncomingDocument;
}

function aDetail(): IncomingDetail {
  return {
    ...aDocument(),
    files: [
      {
        id: '0199a3b2-7c1e-7d2a-9f00-00000000f001',
        sha256: 'a'.repeat(64),
        fileName: 'Quyết định 125.pdf',
        contentType: 'application/pdf',
        size: 845_000,
        ocr: { state: 'running', progress: 0.4, engine: null, errorCode: null, errorMessage: null },
      },
      {
        id: '0199a3b2-7c1e-7d2a-9f00-00000000f002',
        sha256: 'b'.repeat(64),
        fileName: 'Phụ lục.pdf',
        contentType: 'application/pdf',
        size: 120_000,
        ocr: {
          state: 'failed',
          progress: 0,
          engine: null,
          errorCode: 'OCR_ENCRYPTED',
          errorMessage: 'Tệp PDF được mã hóa (đặt mật khẩu), không nhận dạng được chữ',
        },
      },
    ],
    history: [
      {
        at: RECEIVED_AT,
        actor: 'vanthu.hoanghoa',
        action: 'register',
        fromStatus: 'received',
        toStatus: 'registered',
        note: null,
        detail: { incomingNumber: 42, files: 2, via: 'form' },
      },
    ],
    ocrText: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA — QUYẾT ĐỊNH',
  };
}

const seedDetail = (client: QueryClient) => client.setQueryData(incomingKeys.get(DOCUMENT_ID), aDetail());

describe('Vào sổ văn bản đến', () => {
  it('offers urgency, secrecy and the scan beside the form, keeping the fields the browser tests use', () => {
    const html = renderAt('/incoming/register', CLERK);
    expect(html).toMatch(/<label for="register-urgency">Độ khẩn<\/label>/);
    expect(html).toMatch(/<label for="register-secrecy">Độ mật<\/label>/);
    expect(html).toMatch(/<select id="register-urgency"[^>]*data-testid="register-urgency"/);
    expect(html).toMatch(/<option value="hoa-toc">Hỏa tốc<\/option>/);
    expect(html).toMatch(/<option value="tuyet-mat">Tuyệt mật<\/option>/);
    expect(html).toMatch(
      /<input id="register-file" type="file" accept="application\/pdf,[^"]*"[^>]*data-testid="register-file"/,
    );
    expect(html).toContain('data-testid="register-preview-empty"');
    expect(textOf(html)).toContain('mỗi tệp tối đa 50 MB');
    for (const field of ['issuer', 'numberSymbol', 'documentDate', 'subject']) {
      expect(html).toMatch(new RegExp(`id="register-${field}"[^>]*required=""`));
    }
    expect(html).toContain('data-testid="register-submit"');
  });

  it('links each of the ten recent documents to its page', () => {
    const html = renderAt('/incoming/register', CLERK, (client) =>
      client.setQueryData(queryKeys.incoming.find({ limit: 10 }), { items: [aDocument()], nextCursor: null }),
    );
    expect(html).toMatch(new RegExp(`<a [^>]*href="/incoming/${DOCUMENT_ID}"[^>]*>125/QĐ-UBND</a>`));
    expect(textOf(html)).toContain('Hỏa tốc');
    expect(textOf(html)).toContain('Đã vào sổ');
  });
});

describe('Sổ văn bản đến (the list)', () => {
  const path = '/incoming?q=l%E1%BB%A5t+b%C3%A3o&kind=quyet-dinh&urgency=hoa-toc&from=2025-03-01&year=2025';

  it('fills the filter form from the address, so a shared link shows the same list', () => {
    const html = renderAt(path, CLERK);
    expect(html).toMatch(/id="incoming-search"[^>]*value="lụt bão"/);
    expect(html).toMatch(/<option value="quyet-dinh" selected="">Quyết định<\/option>/);
    expect(html).toMatch(/<option value="hoa-toc" selected="">Hỏa tốc<\/option>/);
    expect(html).toMatch(/<option value="2025" selected="">2025<\/option>/);
    expect(html).toMatch(/id="incoming-filter-from"[^>]*value="2025-03-01"/);
    expect(html).toContain('data-testid="incoming-filter-clear"');
  });

  it('shows the documents the filters found, each opening its page', () => {
    const filters = filtersFromSearchParams(new URLSearchParams(path.split('?')[1]));
    const html = renderAt(path, CLERK, (client) =>
      client.setQueryData(incomingKeys.find({ ...findInputOf(filters), limit: 20 }), {
        pages: [{ items: [aDocument()], nextCursor: null }],
        pageParams: [null],
      }),
    );
    expect(html).toContain('data-testid="incoming-row"');
    expect(html).toMatch(new RegExp(`<a [^>]*href="/incoming/${DOCUMENT_ID}"[^>]*>125/QĐ-UBND</a>`));
  });

  it('says when nothing matches the filters', () => {
    const html = renderAt('/incoming?status=done', CLERK, (client) =>
      client.setQueryData(incomingKeys.find({ status: 'done', limit: 20 }), {
        pages: [{ items: [], nextCursor: null }],
        pageParams: [null],
      }),
    );
    expect(html).toMatch(/data-testid="incoming-empty"[^>]*>Không có văn bản nào khớp với điều kiện lọc\./);
  });

  it('leads register readers to the registers page, and not specialists', () => {
    expect(renderAt('/incoming', CLERK)).toContain('data-testid="incoming-registers-link"');
    expect(renderAt('/incoming', SPECIALIST)).not.toContain('data-testid="incoming-registers-link"');
  });
});

describe('the page of an incoming document', () => {
  it('shows its metadata, files with their OCR state, the recognised text folded, and its history', () => {
    const html = renderAt(`/incoming/${DOCUMENT_ID}`, CLERK, seedDetail);
    const text = textOf(html);
    expect(html).toMatch(/<h1 id="incoming-detail-title">Văn bản đến số 125\/QĐ-UBND<\/h1>/);
    expect(text).toContain('Số đến 42 (sổ năm 2025)');
    expect(text).toContain('Loại văn bản Quyết định');
    expect(text).toContain('Độ khẩn Hỏa tốc');
    expect(text).toContain('Ngày văn bản 04/03/2025');
    expect(text).toContain('Quyết định 125.pdf');
    expect(text).toContain('Đang nhận dạng chữ 40%');
    expect(text).toContain('Nhận dạng chữ lỗi: tệp PDF có đặt mật khẩu');
    expect(html).toMatch(/<details class="incoming-ocr-text"[^>]*><summary>Nội dung nhận dạng từ bản quét \(OCR\)/);
    expect(text).toContain('Đã vào sổ Đã tiếp nhận → Đã vào sổ');
    expect(text).toContain('Người thực hiện: vanthu.hoanghoa');
    expect(text).toContain('số đến 42 · 2 tệp đính kèm');
    expect(text).toContain('05/03/2025 09:30');
  });

  it('offers "Soạn văn bản trả lời" to those who draft, linking to the outgoing draft page', () => {
    const html = renderAt(`/incoming/${DOCUMENT_ID}`, CLERK, seedDetail);
    expect(html).toMatch(
      new RegExp(`<a [^>]*href="/outgoing/new\\?replyTo=${DOCUMENT_ID}"[^>]*>Soạn văn bản trả lời</a>`),
    );
    expect(renderAt(`/incoming/${DOCUMENT_ID}`, ARCHIVIST, seedDetail)).not.toContain('data-testid="incoming-reply"');
  });

  it('speaks English when switched', () => {
    const text = textOf(renderAt(`/incoming/${DOCUMENT_ID}`, CLERK, seedDetail, 'en'));
    expect(text).toContain('Incoming document 125/QĐ-UBND');
    expect(text).toContain('Recognising text 40%');
    expect(text).toContain('Received → Registered');
  });

  it('says a malformed address names no document, without asking the server', () => {
    const html = renderAt('/incoming/khong-phai-ma', CLERK);
    expect(html).toContain('data-testid="incoming-detail-error"');
    expect(textOf(html)).toContain('Không tìm thấy văn bản, hoặc bạn không có quyền xem.');
  });

  it('shows a loading line before the document arrives', () => {
    expect(textOf(renderAt(`/incoming/${DOCUMENT_ID}`, CLERK))).toContain('Đang tải…');
  });
});

type MonthlyCounts = IntakeOutputs['registers']['monthlyCounts'];
type UnitCounts = IntakeOutputs['registers']['monthlyCountsByUnit'];

function seedRegisters(client: QueryClient) {
  const march: Record<string, number> = { 'quyet-dinh': 2, khac: 1 };
  const months: MonthlyCounts['months'] = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    total: index === 2 ? 3 : 0,
    byKind: index === 2 ? march : {},
  }));
  client.setQueryData(registersKeys.entries(2025), {
    pages: [
      {
        year: 2025,
        items: [
          {
            documentId: DOCUMENT_ID,
            receivedAt: RECEIVED_AT,
            incomingNumber: 42,
            issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa',
            numberSymbol: '125/QĐ-UBND',
            documentDate: '2025-03-04',
            kindCode: 'quyet-dinh',
            kindName: 'Quyết định',
            subject: 'Về việc kiểm tra công tác phòng, chống lụt bão năm 2025',
            recipient: null,
            forwardedAt: null,
            acknowledgedBy: null,
            urgency: 'hoa-toc',
            secrecy: 'mat',
            notes: 'Hỏa tốc; Mật',
          },
        ],
        nextCursor: 42,
      },
    ],
    pageParams: [null],
  });
  client.setQueryData(registersKeys.monthlyCounts(2025), { year: 2025, total: 3, months } satisfies MonthlyCounts);
  client.setQueryData(registersKeys.monthlyCountsByUnit(2025), {
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
        months,
      },
    ],
  } satisfies UnitCounts);
}

describe('Sổ đăng ký văn bản đến', () => {
  it('shows the register book in the columns of Phụ lục IV, with paging and exports for the year', () => {
    const html = renderAt('/registers?year=2025', CLERK, seedRegisters);
    const text = textOf(html);
    expect(text).toContain(
      'Ngày đến Số đến Tác giả Số, ký hiệu Ngày tháng Tên loại và trích yếu nội dung Đơn vị hoặc người nhận Ngày chuyển Ký nhận Ghi chú',
    );
    expect(text).toContain('Quyết định: Về việc kiểm tra công tác phòng, chống lụt bão năm 2025');
    expect(text).toContain('Hỏa tốc; Mật');
    expect(html).toContain('data-testid="load-more"');
    expect(html).toMatch(/data-testid="register-export"[^>]*>Tải sổ năm 2025 \(CSV\)/);
    expect(html).toMatch(/data-testid="register-export-xlsx"[^>]*>Tải sổ năm 2025 \(Excel\)/);
    expect(html).toMatch(/<option value="2025" selected="">2025<\/option>/);
  });

  it('counts the year’s documents by month and kind', () => {
    const html = renderAt('/registers?year=2025', CLERK, seedRegisters);
    expect(html).toMatch(/data-testid="register-counts-row" data-key="quyet-dinh"><th scope="row">Quyết định<\/th>/);
    expect(html).toMatch(/data-key="khac"><th scope="row">Khác<\/th>/);
    expect(textOf(html)).toContain('Tổng số 0 0 3 0 0 0 0 0 0 0 0 0 3');
  });

  it('shows leaders the counts of each unit, with a unit created during the year marked', () => {
    const leader = textOf(renderAt('/registers?year=2025', LEADER, seedRegisters));
    expect(leader).toContain('Số văn bản đến theo tháng của các đơn vị, năm 2025');
    expect(leader).toContain('Ủy ban nhân dân xã Hoằng Hóa từ 01/07/2025');
    expect(textOf(renderAt('/registers?year=2025', CLERK, seedRegisters))).not.toContain('của các đơn vị');
  });

  it('is for clerks, leaders and archivists only, and sits in the menu for them', () => {
    expect(renderAt('/registers', SPECIALIST)).toContain('data-testid="no-access"');
    expect(textOf(renderAt('/registers?year=2025', ARCHIVIST, seedRegisters))).toContain(
      'Sổ đăng ký văn bản đến năm 2025',
    );
    expect(textOf(renderAt('/incoming', CLERK))).toContain('Sổ đăng ký và thống kê');
    expect(textOf(renderAt('/incoming', SPECIALIST))).not.toContain('Sổ đăng ký và thống kê');
  });
});
