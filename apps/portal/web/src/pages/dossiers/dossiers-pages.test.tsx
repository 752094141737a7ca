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
import { procedureKeys } from '../procedures/procedure-keys.js';
import type { ProcedureVersion } from '../procedures/procedure-model.js';
import { dossierKeys } from './dossier-keys.js';
import type { DossierDetail, DossierStatus, DossierSummary, ReceivedDossier } from './dossier-model.js';

const ORG = 'th-ubnd-xa-hoang-hoa';
const ID = '0199a3b2-7c1e-7d2a-9f00-1234567890ab';
const CODE = '000.00.14.H56-250915-0007';

function claims(username: string, roles: string[], orgId = ORG) {
  return { sub: `sub-${username}`, preferred_username: username, realm_access: { roles }, org_id: orgId };
}
const CLERK = claims('vanthu.hoanghoa', ['van-thu']);
const SPECIALIST = claims('chuyenvien.hoanghoa', ['chuyen-vien']);
const LEADER = claims('lanhdao.hoanghoa', ['lanh-dao']);
const ARCHIVIST = claims('luutru.hoanghoa', ['luu-tru']);

function signedIn(tokenClaims: Record<string, unknown>): OidcClient {
  return {
    token: 'token',
    tokenParsed: tokenClaims,
    updateToken: async () => false,
    login: async () => undefined,
    logout: async () => undefined,
  };
}

const IN_FORCE: ProcedureVersion = {
  id: '0199a3b2-7c1e-7d2a-9f00-000000000010',
  orgId: ORG,
  code: '1.004616.000.00.00.H56',
  version: '1.0',
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
};

/** Received at 15:40 in Vietnam, after the 15:00 cut-off: counted from the next working day. */
const RECEIPT: ReceivedDossier = {
  id: ID,
  code: CODE,
  orgId: ORG,
  unitName: 'Ủy ban nhân dân xã Hoằng Hóa',
  procedure: {
    versionId: IN_FORCE.id,
    code: IN_FORCE.code,
    version: '1.0',
    name: 'Đăng ký khai sinh',
    timeLimit: { unit: 'working-days', value: 3 },
  },
  applicant: {
    name: 'Nguyễn Thị Lan',
    idNumber: '038190012345',
    phone: '0912345678',
    address: 'Thôn Đông, xã Hoằng Hóa',
  },
  note: null,
  receivedAt: new Date('2025-09-15T08:40:00Z'),
  receivedBy: 'vanthu.hoanghoa',
  appointment: {
    basis: 'working-days',
    date: '2025-09-19',
    instant: new Date('2025-09-19T10:00:00Z'),
    receivedOn: '2025-09-15',
    countedFrom: '2025-09-16',
    startAt: new Date('2025-09-16T00:30:00Z'),
    deferred: true,
    cutoff: '15:00',
  },
  documents: [{ name: 'Tờ khai đăng ký khai sinh', keptBy: 'Công chức tư pháp - hộ tịch' }],
};

function aSummary(status: DossierStatus, overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    id: ID,
    code: CODE,
    orgId: ORG,
    procedure: { code: IN_FORCE.code, version: '1.0', name: 'Đăng ký khai sinh' },
    applicantName: 'Nguyễn Thị Lan',
    status,
    statusLabel: 'server label',
    currentStep: {
      id: 'tham-dinh',
      name: 'Thẩm định hồ sơ',
      role: 'chuyen-vien',
      unit: null,
      dueAt: new Date('2025-09-17T10:00:00Z'),
    },
    nextAction: 'complete-step',
    receivedAt: RECEIPT.receivedAt,
    appointmentDate: '2025-09-19',
    appointmentAt: new Date('2025-09-19T10:00:00Z'),
    dueDate: '2025-09-19',
    dueAt: new Date('2025-09-19T10:00:00Z'),
    currentAppointmentDate: '2025-09-19',
    overdue: false,
    completedAt: null,
    classification: null,
    classificationLabel: null,
    hasApology: false,
    version: 3,
    ...overrides,
  };
}

function aDetail(status: DossierStatus, overrides: Partial<DossierDetail> = {}): DossierDetail {
  const due = { basis: 'working-days' as const, date: '2025-09-19', instant: new Date('2025-09-19T10:00:00Z') };
  return {
    ...aSummary(status),
    applicant: { name: 'Nguyễn Thị Lan', idNumber: '038190012345', phone: '0912345678' },
    appointment: {
      ...due,
      receivedOn: '2025-09-15',
      countedFrom: '2025-09-16',
      startAt: new Date('2025-09-16T00:30:00Z'),
      deferred: true,
    },
    due: { ...due, pausedHours: 0, paused: false },
    procedureDetail: { timeLimit: { unit: 'working-days', value: 3 }, records: [] },
    steps: [
      {
        id: 'tiep-nhan',
        name: 'Tiếp nhận hồ sơ',
        responsible: { role: 'van-thu' },
        duration: { unit: 'working-hours', value: 4 },
        state: 'done',
        startsAt: new Date('2025-09-16T00:30:00Z'),
        plannedDue: { basis: 'working-hours', date: '2025-09-16', instant: new Date('2025-09-16T04:30:00Z') },
        due: { basis: 'working-hours', date: '2025-09-16', instant: new Date('2025-09-16T04:30:00Z'), pausedHours: 0 },
        completedBy: 'vanthu.hoanghoa',
        completedAt: new Date('2025-09-16T02:00:00Z'),
        late: false,
      },
      {
        id: 'tham-dinh',
        name: 'Thẩm định hồ sơ',
        responsible: { role: 'chuyen-vien', title: 'Công chức tư pháp - hộ tịch' },
        duration: { unit: 'working-days', value: 1 },
        state: 'current',
        startsAt: new Date('2025-09-16T04:30:00Z'),
        plannedDue: { basis: 'working-days', date: '2025-09-17', instant: new Date('2025-09-17T10:00:00Z') },
        due: { basis: 'working-days', date: '2025-09-17', instant: new Date('2025-09-17T10:00:00Z'), pausedHours: 0 },
        completedBy: null,
        completedAt: null,
        late: null,
      },
    ],
    clock: { startedAt: new Date('2025-09-16T00:30:00Z'), paused: false, pausedHours: 0, pauses: [] },
    history: [
      {
        from: null,
        to: 'received',
        command: 'receive',
        by: 'vanthu.hoanghoa',
        at: RECEIPT.receivedAt,
        note: null,
        stepId: null,
      },
      {
        from: 'received',
        to: 'in-progress',
        command: 'start',
        by: 'vanthu.hoanghoa',
        at: RECEIPT.receivedAt,
        note: null,
        stepId: null,
      },
      {
        from: 'in-progress',
        to: 'in-progress',
        command: 'complete-step',
        by: 'vanthu.hoanghoa',
        at: new Date('2025-09-16T02:00:00Z'),
        note: 'Hồ sơ đầy đủ',
        stepId: 'tiep-nhan',
      },
    ],
    apologies: [],
    ...overrides,
  };
}

type Seed = (client: QueryClient) => void;

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
const detail =
  (dossier: DossierDetail): Seed =>
  (client) =>
    client.setQueryData(dossierKeys.detail(dossier.id), dossier);

describe('the receipt form', () => {
  it('offers the procedures in force and the applicant’s fields to the desk', () => {
    const html = render('/dossiers/receive', CLERK, (client) => client.setQueryData(procedureKeys.inForce, [IN_FORCE]));
    for (const testId of ['dossier-receive-procedure', 'dossier-receive-applicant', 'dossier-receive-submit'])
      expect({ testId, present: has(html, testId) }).toEqual({ testId, present: true });
    expect(textOf(html)).toContain('1.004616.000.00.00.H56 — Đăng ký khai sinh (phiên bản 1.0)');
    expect(html).toMatch(/id="dossier-receive-name"[^>]*required=""/);
    expect(textOf(html)).toContain('Tiếp nhận hồ sơ');
  });

  it('says so when no procedure is in force', () => {
    const html = render('/dossiers/receive', CLERK, (client) => client.setQueryData(procedureKeys.inForce, []));
    expect(has(html, 'dossier-receive-no-procedure')).toBe(true);
  });

  it('is for the desk only', () => {
    const html = render('/dossiers/receive', SPECIALIST);
    expect(has(html, 'no-access')).toBe(true);
    expect(has(html, 'dossier-receive-submit')).toBe(false);
  });
});

describe('the receipt', () => {
  const seed: Seed = (client) => client.setQueryData(dossierKeys.receipt(ID), RECEIPT);

  it('prints the code, the applicant, the procedure and the appointment', () => {
    const html = render(`/dossiers/${ID}/receipt`, CLERK, seed);
    expect(html).toMatch(new RegExp(`data-testid="dossier-receipt-code"[^>]*>${CODE}<`));
    expect(html).toMatch(/data-testid="dossier-receipt-appointment"[^>]*>19\/09\/2025</);
    const text = textOf(html);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ HOẰNG HÓA');
    expect(text).toContain('Nguyễn Thị Lan');
    expect(text).toContain('15/09/2025 15:40, người tiếp nhận: vanthu.hoanghoa');
    expect(text).toContain(
      'Hồ sơ nhận sau 15:00 hoặc vào ngày nghỉ nên thời hạn được tính từ ngày làm việc 16/09/2025.',
    );
    expect(text).toContain('Tờ khai đăng ký khai sinh');
    expect(has(html, 'dossier-receipt-print')).toBe(true);
    expect(has(html, 'dossier-receive-another')).toBe(true);
  });

  it('shows the hour of an appointment counted in working hours', () => {
    const hours: ReceivedDossier = {
      ...RECEIPT,
      appointment: {
        ...RECEIPT.appointment,
        basis: 'working-hours',
        date: '2025-09-16',
        instant: new Date('2025-09-16T04:30:00Z'),
      },
    };
    const html = render(`/dossiers/${ID}/receipt`, CLERK, (client) =>
      client.setQueryData(dossierKeys.receipt(ID), hours),
    );
    expect(html).toMatch(/data-testid="dossier-receipt-appointment"[^>]*>16\/09\/2025 11:30</);
  });
});

describe('the received dossiers', () => {
  it('lists what the desk received with a link to each receipt', () => {
    const html = render('/dossiers', CLERK, (client) =>
      client.setQueryData(dossierKeys.receivedFind({ limit: 20 }), {
        pages: [{ items: [RECEIPT], nextCursor: null }],
        pageParams: [null],
      }),
    );
    expect(count(html, 'dossier-row')).toBe(1);
    expect(has(html, 'dossier-row-receipt')).toBe(true);
    expect(textOf(html)).toContain('19/09/2025');
  });

  it('are not for an archivist', () => {
    expect(has(render('/dossiers', ARCHIVIST), 'no-access')).toBe(true);
  });
});

describe('a dossier’s page', () => {
  it('shows the state, the steps with their deadlines and who did them, and the history', () => {
    const html = render(`/dossiers/${ID}`, SPECIALIST, detail(aDetail('in-progress')));
    expect(html).toMatch(
      /data-testid="dossier-status"[^>]*data-status="in-progress"|data-status="in-progress"[^>]*data-testid="dossier-status"/,
    );
    expect(count(html, 'dossier-step')).toBe(2);
    const text = textOf(html);
    expect(text).toContain('vanthu.hoanghoa, lúc 16/09/2025 09:00');
    expect(text).toContain('Công chức tư pháp - hộ tịch · vai trò Chuyên viên');
    expect(text).toContain('16/09/2025 11:30');
    expect(count(html, 'dossier-history-entry')).toBe(3);
    expect(text).toContain('Hoàn thành bước “Tiếp nhận hồ sơ”');
    expect(text).toContain('Hồ sơ đầy đủ');
  });

  it('gives the specialist the current step and a request for papers, not the leader’s decisions', () => {
    const html = render(`/dossiers/${ID}`, SPECIALIST, detail(aDetail('in-progress')));
    expect(has(html, 'dossier-step-complete')).toBe(true);
    expect(textOf(html)).toContain('Hoàn thành bước “Thẩm định hồ sơ”');
    expect(has(html, 'dossier-supplement-reason')).toBe(true);
    expect(has(html, 'dossier-approve')).toBe(false);
    expect(has(html, 'dossier-apology-submit')).toBe(false);
  });

  it('gives the leader approval once the steps are done, refusal and the apology letter', () => {
    const html = render(
      `/dossiers/${ID}`,
      LEADER,
      detail(aDetail('in-progress', { currentStep: null, nextAction: 'approve' })),
    );
    for (const testId of [
      'dossier-approve',
      'dossier-refuse-reason',
      'dossier-apology-reason',
      'dossier-apology-date',
      'dossier-apology-submit',
    ])
      expect({ testId, present: has(html, testId) }).toEqual({ testId, present: true });
    expect(has(html, 'dossier-step-complete')).toBe(false);
    expect(textOf(html)).toContain('Ngày hẹn hiện tại: 19/09/2025.');
  });

  it('gives the desk the return of an approved dossier', () => {
    const html = render(
      `/dossiers/${ID}`,
      CLERK,
      detail(aDetail('approved', { currentStep: null, nextAction: 'return' })),
    );
    expect(has(html, 'dossier-return')).toBe(true);
    expect(html).toMatch(/data-status="approved"/);
  });

  it('shows a finished dossier’s class and apology letters, with nothing left to do', () => {
    const html = render(
      `/dossiers/${ID}`,
      LEADER,
      detail(
        aDetail('returned', {
          currentStep: null,
          nextAction: null,
          classification: 'qua-han',
          completedAt: new Date('2025-09-23T03:00:00Z'),
          currentAppointmentDate: '2025-09-24',
          apologies: [
            {
              issuedAt: new Date('2025-09-19T02:00:00Z'),
              by: 'lanhdao.hoanghoa',
              reason: 'Chờ xác minh thông tin cư trú',
              previousAppointment: '2025-09-19',
              newAppointment: '2025-09-24',
            },
          ],
        }),
      ),
    );
    expect(has(html, 'dossier-actions-none')).toBe(true);
    expect(count(html, 'dossier-apology')).toBe(1);
    const text = textOf(html);
    expect(text).toContain('hẹn lại từ ngày 19/09/2025 sang ngày 24/09/2025');
    expect(text).toContain('Chờ xác minh thông tin cư trú');
    expect(text).toContain('Quá hạn');
  });

  it('shows "not found" for an address that is no dossier id, and a loading line before routing answers', () => {
    expect(has(render('/dossiers/khong-phai-ma', CLERK), 'not-found')).toBe(true);
    expect(textOf(render(`/dossiers/${ID}`, CLERK))).toContain('Đang tải…');
  });

  it('speaks English when switched', () => {
    const text = textOf(render(`/dossiers/${ID}`, SPECIALIST, detail(aDetail('in-progress')), 'en'));
    expect(text).toContain('In progress');
    expect(text).toContain('Complete step “Thẩm định hồ sơ”');
    expect(text).toContain('Processing steps');
  });
});

describe('the work lists', () => {
  it('lists the overdue dossiers with their tag', () => {
    const html = render('/dossiers/overdue', LEADER, (client) =>
      client.setQueryData(dossierKeys.find({ overdue: true, limit: 20 }), {
        pages: [{ items: [aSummary('in-progress', { overdue: true })], nextCursor: null }],
        pageParams: [null],
      }),
    );
    expect(count(html, 'dossier-overdue-row')).toBe(1);
    expect(has(html, 'dossier-overdue-tag')).toBe(true);
    expect(textOf(html)).toContain('Thẩm định hồ sơ');
  });

  it('lists the user’s work, and says when there is none', () => {
    const seed =
      (items: DossierSummary[]): Seed =>
      (client) =>
        client.setQueryData(dossierKeys.mySteps({ limit: 50, offset: 0 }), {
          pages: [{ items, total: items.length }],
          pageParams: [0],
        });
    const html = render('/dossiers/my-work', SPECIALIST, seed([aSummary('in-progress')]));
    expect(count(html, 'dossier-my-step')).toBe(1);
    expect(textOf(html)).toContain('1 hồ sơ cần xử lý');
    expect(has(render('/dossiers/my-work', SPECIALIST, seed([])), 'dossier-my-steps-empty')).toBe(true);
  });

  it('are in the menu, by role', () => {
    const clerk = textOf(render('/dossiers/my-work', CLERK));
    for (const label of ['Hồ sơ một cửa', 'Tiếp nhận hồ sơ', 'Hồ sơ đã tiếp nhận', 'Hồ sơ cần xử lý', 'Hồ sơ quá hạn'])
      expect({ label, shown: clerk.includes(label) }).toEqual({ label, shown: true });
    expect(textOf(render('/dossiers/my-work', SPECIALIST))).not.toContain('Tiếp nhận hồ sơ');
  });
});
