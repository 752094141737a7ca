import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { createInProcessTransport, type EventTransport, type IncomingMessage } from '@lienthong/events';
import { onTimeRecordOf, onTimeReport, type OnTimeRecord, type ProcedureStep } from '@lienthong/workflows';
import { aProcedure } from '@lienthong/workflows/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTING_GROUPS } from '../../consumers/groups.js';
import { dossiers, routingInbox } from '../../db/schema.js';
import { dossierFromJson } from '../../dossiers/stored-dossier.js';
import {
  createRoutingTestHarness,
  dossierReceivedEvent,
  publishDossierEvents,
  testCalendar,
  type RoutingTestHarness,
} from '../../testing.js';

const HOANG_HOA = 'th-ubnd-xa-hoang-hoa';
const HOANG_TIEN = 'th-ubnd-xa-hoang-tien';
const TU_PHAP_HUYEN = 'th-phong-tu-phap-hoang-hoa';
const vn = (local: string) => new Date(`${local}+07:00`);

const vanThu = aPrincipal({ username: 'vanthu.hoanghoa', roles: ['van-thu'] });
const chuyenVien = aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] });
const lanhDao = aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] });
const chuyenVienHuyen = aPrincipal({ username: 'chuyenvien.tuphap', roles: ['chuyen-vien'], orgId: TU_PHAP_HUYEN });
const lanhDaoHoangTien = aPrincipal({ username: 'lanhdao.hoangtien', roles: ['lanh-dao'], orgId: HOANG_TIEN });

/** Khai sinh: 3 working days, reception (van-thu), appraisal (chuyen-vien), signature (lanh-dao), 1 day each. */
const khaiSinh = aProcedure().build();
const chungThuc = aProcedure().withCode('2.000815.000.00.00.H56').withName('Chứng thực bản sao từ bản chính').build();
const [reception, , signature] = khaiSinh.steps as [ProcedureStep, ProcedureStep, ProcedureStep];
/** A step done by another unit (liên thông): the district's justice office appraises. */
const lienThong = aProcedure()
  .withCode('1.000893.000.00.00.H56')
  .withName('Đăng ký kết hôn có yếu tố nước ngoài')
  .withTimeLimit({ unit: 'working-days', value: 10 })
  .withSteps([
    { ...reception, duration: { unit: 'working-days', value: 1 } },
    {
      id: 'tham-dinh-huyen',
      name: 'Phòng Tư pháp thẩm định',
      responsible: { role: 'chuyen-vien', unit: TU_PHAP_HUYEN },
      duration: { unit: 'working-days', value: 5 },
      forms: [],
      outputs: ['Văn bản thẩm định'],
    },
    { ...signature, duration: { unit: 'working-days', value: 2 } },
  ])
  .build();

const A = dossierReceivedEvent({ code: '000.00.21.H56-260302-0001', receivedAt: '2026-03-02T09:00:00+07:00' });
const B = dossierReceivedEvent({
  code: '000.00.21.H56-260302-0002',
  receivedAt: '2026-03-02T09:05:00+07:00',
  applicant: { name: 'Lê Thị Hoà' },
});
const C = dossierReceivedEvent({ code: '000.00.21.H56-260302-0003', receivedAt: '2026-03-02T09:10:00+07:00' });
const D = dossierReceivedEvent({ code: '000.00.21.H56-260302-0004', receivedAt: '2026-03-02T09:15:00+07:00' });
const E = dossierReceivedEvent({ code: '000.00.21.H56-260210-0001', receivedAt: '2026-02-10T09:00:00+07:00', procedure: chungThuc });
const F = dossierReceivedEvent({ code: '000.00.21.H56-260302-0005', receivedAt: '2026-03-02T09:20:00+07:00', procedure: chungThuc });
const L = dossierReceivedEvent({ code: '000.00.21.H56-260302-0006', receivedAt: '2026-03-02T09:25:00+07:00', procedure: lienThong });
/** Another commune's dossier, whose receipt promised a day later than routing's calendar would say. */
const K = dossierReceivedEvent({
  code: '000.00.22.H56-260302-0001',
  receivedAt: '2026-03-02T09:00:00+07:00',
  orgId: HOANG_TIEN,
  appointment: { date: '2026-03-06', instant: '2026-03-06T10:00:00.000Z' },
});

describe(`dossiers through their steps on ${testDatabaseDriver()}`, () => {
  let h: RoutingTestHarness;
  let transport: EventTransport;
  const deadLetters: IncomingMessage[] = [];
  const at = (local: string) => h.clock.set(vn(local));
  const as = (principal: ReturnType<typeof aPrincipal>) => h.callerFor(principal);
  const appliedInDossierGroup = async () =>
    (await h.database.db.select({ n: count() }).from(routingInbox).where(eq(routingInbox.consumerGroup, ROUTING_GROUPS.dossiers)))[0]
      ?.n;
  const rowOf = async (id: string) => (await h.database.db.select().from(dossiers).where(eq(dossiers.id, id)))[0];

  beforeAll(async () => {
    h = await createRoutingTestHarness('2026-03-02T02:30:00Z');
    transport = createInProcessTransport();
    for (const consumer of h.api.createConsumers({ transport })) await consumer.start();
    await transport.subscribe({
      group: 'test.dead-letters',
      topics: ['dossiers.dlq'],
      handle: async (message) => void deadLetters.push(message),
    });
  });
  afterAll(async () => {
    await transport.close();
    await h.close();
  });

  it('takes a received dossier into its first step, with the deadlines of the steps and the appointment of the receipt', async () => {
    // A twice: a redelivery of the same event is applied once.
    await publishDossierEvents(transport, A, B, C, A, D, E, F, L, K);
    await expect.poll(appliedInDossierGroup).toBe(8);

    const dossier = await as(vanThu).dossiers.get({ id: A.data.dossierId });
    expect(dossier).toMatchObject({
      code: '000.00.21.H56-260302-0001',
      status: 'in-progress',
      statusLabel: 'Đang giải quyết',
      procedure: { code: khaiSinh.code, version: '1.0', name: 'Đăng ký khai sinh' },
      currentStep: { id: 'tiep-nhan', role: 'van-thu', unit: null, dueAt: vn('2026-03-03T17:00:00') },
      nextAction: 'complete-step',
      appointmentDate: '2026-03-05',
      dueDate: '2026-03-05',
      currentAppointmentDate: '2026-03-05',
      overdue: false,
      version: 1,
    });
    expect(dossier.steps.map((step) => [step.id, step.state, step.plannedDue.date])).toEqual([
      ['tiep-nhan', 'current', '2026-03-03'],
      ['tham-dinh', 'pending', '2026-03-04'],
      ['ky-duyet', 'pending', '2026-03-05'],
    ]);
    expect(dossier.history.map((entry) => [entry.command, entry.to, entry.by])).toEqual([
      ['receive', 'received', 'vanthu.hoanghoa'],
      ['start', 'in-progress', 'vanthu.hoanghoa'],
    ]);
    expect((await h.database.db.select({ n: count() }).from(dossiers))[0]?.n).toBe(8);

    // The receipt's promise stands even where this service's calendar would have said 05/03.
    const kept = await as(lanhDaoHoangTien).dossiers.get({ id: K.data.dossierId });
    expect(kept).toMatchObject({ appointmentDate: '2026-03-06', dueDate: '2026-03-06', appointmentAt: vn('2026-03-06T17:00:00') });
  });

  it('finds the unit’s dossiers by state, procedure and words of the code or applicant, newest first', async () => {
    at('2026-03-02T09:30:00');
    const all = await as(vanThu).dossiers.find();
    expect(all.items.map((item) => item.code)).toEqual([L, F, E, D, C, B, A].map((event) => event.data.code));
    expect((await as(vanThu).dossiers.find({ q: 'le thi hoa' })).items.map((item) => item.id)).toEqual([B.data.dossierId]);
    expect((await as(vanThu).dossiers.find({ q: '260302-0003' })).items.map((item) => item.id)).toEqual([C.data.dossierId]);
    expect((await as(vanThu).dossiers.find({ procedureCode: chungThuc.code })).items.map((item) => item.id)).toEqual([
      F.data.dossierId,
      E.data.dossierId,
    ]);
    // E (received 10/02, due 13/02) is the only one late now.
    expect((await as(vanThu).dossiers.find({ overdue: true })).items.map((item) => item.id)).toEqual([E.data.dossierId]);
    expect((await as(vanThu).dossiers.find({ overdue: false })).items).toHaveLength(6);
    const first = await as(vanThu).dossiers.find({ limit: 4 });
    const second = await as(vanThu).dossiers.find({ limit: 4, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(all.items.map((item) => item.id));
    expect(second.nextCursor).toBeNull();
  });

  it('keeps each unit to its own dossiers and each role to its own work', async () => {
    await expect(as(lanhDaoHoangTien).dossiers.get({ id: A.data.dossierId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      cause: { code: 'DOSSIER_NOT_FOUND' },
    });
    expect((await as(lanhDaoHoangTien).dossiers.find()).items.map((item) => item.id)).toEqual([K.data.dossierId]);
    await expect(as(aPrincipal({ username: 'luutru', roles: ['luu-tru'] })).dossiers.find()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
    await expect(h.callerFor(null).dossiers.mySteps()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('completes two steps by their roles, and refuses the third to someone without its role, changing nothing', async () => {
    at('2026-03-02T10:00:00');
    const afterReception = await as(vanThu).dossiers.completeStep({ id: A.data.dossierId, version: 1 });
    expect(afterReception).toMatchObject({ currentStep: { id: 'tham-dinh', dueAt: vn('2026-03-04T17:00:00') }, version: 2 });
    expect(afterReception.steps[0]).toMatchObject({ state: 'done', completedBy: 'vanthu.hoanghoa', late: false });

    at('2026-03-03T10:00:00');
    expect((await as(chuyenVien).dossiers.mySteps()).items.map((item) => item.id)).toContain(A.data.dossierId);
    const afterAppraisal = await as(chuyenVien).dossiers.completeStep({ id: A.data.dossierId, stepId: 'tham-dinh', note: 'Hồ sơ hợp lệ' });
    expect(afterAppraisal).toMatchObject({ currentStep: { id: 'ky-duyet', role: 'lanh-dao' }, version: 3 });

    at('2026-03-03T10:05:00');
    await expect(as(chuyenVien).dossiers.completeStep({ id: A.data.dossierId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'STEP_ROLE_REQUIRED', details: { role: 'lanh-dao', stepId: 'ky-duyet' } },
    });
    // A step the caller names that is not the current one.
    await expect(as(vanThu).dossiers.completeStep({ id: A.data.dossierId, stepId: 'tiep-nhan' })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'STEP_ALREADY_COMPLETED' },
    });
    // A version the caller saw before someone else's change.
    await expect(as(lanhDao).dossiers.completeStep({ id: A.data.dossierId, version: 2 })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'DOSSIER_STALE' },
    });
    const unchanged = await as(vanThu).dossiers.get({ id: A.data.dossierId });
    expect(unchanged).toMatchObject({ version: 3, currentStep: { id: 'ky-duyet' } });
    expect(unchanged.history).toHaveLength(4);

    expect((await as(lanhDao).dossiers.mySteps()).items.map((item) => item.id)).toEqual([A.data.dossierId]);
    expect((await as(chuyenVien).dossiers.mySteps()).items.map((item) => item.id)).not.toContain(A.data.dossierId);
  });

  it('stops the clock on a request for papers and moves every deadline by the time it was stopped', async () => {
    at('2026-03-02T10:00:00');
    const waiting = await as(vanThu).dossiers.requestSupplement({ id: B.data.dossierId, reason: 'Thiếu bản sao giấy chứng nhận kết hôn' });
    expect(waiting).toMatchObject({ status: 'awaiting-supplement', nextAction: 'resume', clock: { paused: true } });
    await expect(as(vanThu).dossiers.requestSupplement({ id: B.data.dossierId, reason: '  ' })).rejects.toMatchObject({
      cause: { code: 'CLOCK_ALREADY_PAUSED' },
    });
    await expect(as(vanThu).dossiers.refuse({ id: B.data.dossierId, reason: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });

    at('2026-03-04T10:00:00');
    const resumed = await as(vanThu).dossiers.resume({ id: B.data.dossierId, note: 'Đã nhận bản sao' });
    // Stopped 15 office hours (10:00–17:00 on 02/03, all of 03/03, 07:30–10:00 on 04/03): two working days.
    expect(resumed).toMatchObject({
      status: 'in-progress',
      currentStep: { id: 'tiep-nhan', dueAt: vn('2026-03-05T17:00:00') },
      appointmentDate: '2026-03-05',
      dueDate: '2026-03-09',
      currentAppointmentDate: '2026-03-09',
      clock: { paused: false, pausedHours: 15 },
      version: 3,
    });
    expect(resumed.steps.map((step) => [step.plannedDue.date, step.due.date])).toEqual([
      ['2026-03-03', '2026-03-05'],
      ['2026-03-04', '2026-03-06'],
      ['2026-03-05', '2026-03-09'],
    ]);
    expect(resumed.clock.pauses).toEqual([
      { pausedAt: vn('2026-03-02T10:00:00'), resumedAt: vn('2026-03-04T10:00:00'), reason: 'Thiếu bản sao giấy chứng nhận kết hôn' },
    ]);

    at('2026-03-04T10:01:00');
    await expect(as(vanThu).dossiers.resume({ id: B.data.dossierId })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'CLOCK_NOT_PAUSED', messageVi: 'Thời hạn giải quyết không tạm dừng nên không thể tiếp tục tính' },
    });
    expect(await as(vanThu).dossiers.get({ id: B.data.dossierId })).toMatchObject({ version: 3, dueDate: '2026-03-09' });
  });

  it('lets another unit do the step assigned to it, and only that unit', async () => {
    at('2026-03-02T11:00:00');
    await as(vanThu).dossiers.completeStep({ id: L.data.dossierId });
    expect((await as(chuyenVien).dossiers.mySteps()).items.map((item) => item.id)).not.toContain(L.data.dossierId);
    expect((await as(chuyenVienHuyen).dossiers.mySteps()).items.map((item) => item.id)).toEqual([L.data.dossierId]);
    await expect(as(chuyenVien).dossiers.completeStep({ id: L.data.dossierId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'STEP_UNIT_REQUIRED' },
    });
    at('2026-03-05T15:00:00');
    const appraised = await as(chuyenVienHuyen).dossiers.completeStep({ id: L.data.dossierId });
    expect(appraised).toMatchObject({ orgId: HOANG_HOA, currentStep: { id: 'ky-duyet' } });
    // Once its step is done, the district office no longer sees the commune's dossier.
    await expect(as(chuyenVienHuyen).dossiers.get({ id: L.data.dossierId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('issues an apology letter with a new day, and the dossier returned on that day is still late', async () => {
    at('2026-03-04T09:00:00');
    await as(vanThu).dossiers.completeStep({ id: C.data.dossierId });
    at('2026-03-05T09:00:00');
    await as(chuyenVien).dossiers.completeStep({ id: C.data.dossierId });

    at('2026-03-06T09:00:00');
    expect((await as(vanThu).dossiers.find({ overdue: true })).items.map((item) => item.id)).toContain(C.data.dossierId);
    const apology = { id: C.data.dossierId, reason: 'Chờ xác minh thông tin cư trú', newAppointment: '2026-03-10' };
    await expect(as(vanThu).dossiers.issueApology(apology)).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { code: 'ROLE_REQUIRED' } });
    await expect(as(lanhDao).dossiers.issueApology({ ...apology, newAppointment: '2026-03-05' })).rejects.toMatchObject({
      cause: { code: 'APOLOGY_DATE_NOT_LATER' },
    });
    await expect(as(lanhDao).dossiers.issueApology({ ...apology, newAppointment: '2026-03-07' })).rejects.toMatchObject({
      cause: { code: 'APOLOGY_DATE_NOT_WORKING_DAY' },
    });
    const apologised = await as(lanhDao).dossiers.issueApology(apology);
    expect(apologised).toMatchObject({
      hasApology: true,
      currentAppointmentDate: '2026-03-10',
      dueDate: '2026-03-05',
      overdue: true,
      apologies: [{ by: 'lanhdao.hoanghoa', previousAppointment: '2026-03-05', newAppointment: '2026-03-10' }],
    });

    at('2026-03-09T09:00:00');
    await expect(as(lanhDao).dossiers.returnResult({ id: C.data.dossierId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(lanhDao).dossiers.approve({ id: C.data.dossierId })).rejects.toMatchObject({
      cause: { code: 'DOSSIER_STEPS_INCOMPLETE' },
    });
    await as(lanhDao).dossiers.completeStep({ id: C.data.dossierId });
    at('2026-03-09T10:00:00');
    expect(await as(lanhDao).dossiers.approve({ id: C.data.dossierId })).toMatchObject({ status: 'approved', nextAction: 'return' });
    expect((await as(vanThu).dossiers.mySteps()).items.map((item) => item.id)).toContain(C.data.dossierId);
    at('2026-03-10T09:00:00');
    const returned = await as(vanThu).dossiers.returnResult({ id: C.data.dossierId });
    expect(returned).toMatchObject({
      status: 'returned',
      classification: 'qua-han',
      classificationLabel: 'Quá hạn',
      completedAt: vn('2026-03-10T09:00:00'),
      overdue: false,
      nextAction: null,
    });
    await expect(as(lanhDao).dossiers.issueApology({ ...apology, newAppointment: '2026-03-12' })).rejects.toMatchObject({
      cause: { code: 'APOLOGY_NOT_ALLOWED' },
    });
  });

  it('classifies a result returned before the appointment as trước hạn and on it as đúng hạn; a refusal ends a dossier', async () => {
    at('2026-03-04T09:00:00');
    await as(lanhDao).dossiers.completeStep({ id: A.data.dossierId });
    at('2026-03-04T10:00:00');
    await as(lanhDao).dossiers.approve({ id: A.data.dossierId });
    at('2026-03-04T15:00:00');
    expect(await as(vanThu).dossiers.returnResult({ id: A.data.dossierId })).toMatchObject({ classification: 'truoc-han' });

    at('2026-03-02T14:00:00');
    await as(vanThu).dossiers.completeStep({ id: D.data.dossierId });
    at('2026-03-04T14:00:00');
    await as(chuyenVien).dossiers.completeStep({ id: D.data.dossierId });
    at('2026-03-05T11:00:00');
    await as(lanhDao).dossiers.completeStep({ id: D.data.dossierId });
    await as(lanhDao).dossiers.approve({ id: D.data.dossierId });
    at('2026-03-05T16:30:00');
    expect(await as(vanThu).dossiers.returnResult({ id: D.data.dossierId })).toMatchObject({ classification: 'dung-han' });

    at('2026-03-03T08:00:00');
    await expect(as(lanhDao).dossiers.refuse({ id: F.data.dossierId, reason: ' ' })).rejects.toMatchObject({
      cause: { code: 'DOSSIER_REASON_REQUIRED' },
    });
    expect(await as(lanhDao).dossiers.refuse({ id: F.data.dossierId, reason: 'Bản chính không hợp lệ' })).toMatchObject({
      status: 'refused',
      classification: 'truoc-han',
    });
  });

  it('reports the on-time rate by procedure and by month, as the lib counts it', async () => {
    at('2026-03-10T10:00:00');
    const byProcedure = await as(lanhDao).reports.onTime({ groupBy: 'procedure', year: 2026 });
    expect(byProcedure).toMatchObject({ from: '2026-01-01', to: '2026-12-31', orgId: HOANG_HOA });
    const row = (key: string) => byProcedure.groups.find((group) => group.key === key);
    // A trước hạn, D đúng hạn, C quá hạn (despite its apology letter), B open and late since 09/03.
    expect(row(khaiSinh.code)).toMatchObject({
      label: 'Đăng ký khai sinh',
      received: 4,
      completed: 3,
      truocHan: 1,
      dungHan: 1,
      quaHan: 1,
      onTimeRate: 2 / 3,
      inProgress: 1,
      overdue: 1,
      notYetDue: 0,
    });
    expect(row(chungThuc.code)).toMatchObject({ received: 2, completed: 1, truocHan: 1, onTimeRate: 1, inProgress: 1, overdue: 1 });
    expect(row(lienThong.code)).toMatchObject({ received: 1, completed: 0, onTimeRate: null, inProgress: 1, notYetDue: 1 });
    expect(byProcedure.total).toMatchObject({ key: '*', received: 7, completed: 4, quaHan: 1, overdue: 2, notYetDue: 1 });

    const byMonth = await as(vanThu).reports.onTime({ groupBy: 'month', from: '2026-02-01', to: '2026-03-31' });
    expect(byMonth.groups.map((group) => [group.key, group.label, group.received, group.completed, group.overdue])).toEqual([
      ['2026-02', 'Tháng 02/2026', 1, 0, 1],
      ['2026-03', 'Tháng 03/2026', 6, 4, 1],
    ]);

    // The same numbers as the lib's own report over the stored dossiers.
    const rows = await h.database.db.select().from(dossiers).where(eq(dossiers.orgId, HOANG_HOA));
    const calendar = testCalendar();
    const asOf = vn('2026-03-10T10:00:00');
    const records: OnTimeRecord[] = rows.map((stored) => {
      const record = onTimeRecordOf(dossierFromJson(stored.dossier), calendar, { asOf });
      if (!record.ok) throw record.error;
      return record.value;
    });
    for (const groupBy of ['procedure', 'month', 'unit'] as const) {
      const ours = await as(lanhDao).reports.onTime({ groupBy, year: 2026 });
      const lib = onTimeReport(records, { groupBy, asOf });
      const shape = ({ total, ...counts }: { total: number } & Record<string, unknown>) => ({ ...counts, received: total });
      expect(ours.groups.map(({ label: _label, ...counts }) => counts)).toEqual(lib.groups.map(shape));
      expect(ours.total).toMatchObject(shape(lib.total));
    }

    expect((await as(lanhDao).reports.onTime({ groupBy: 'unit', year: 2025 })).total).toMatchObject({ received: 0, onTimeRate: null });
    await expect(as(lanhDao).reports.onTime({ groupBy: 'month', from: '2026-04-01', to: '2026-03-01' })).rejects.toMatchObject({
      cause: { code: 'REPORT_PERIOD_INVALID' },
    });
    await expect(as(chuyenVien).reports.onTime({ groupBy: 'month' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists the records to keep of each procedure version the unit received dossiers under', async () => {
    const { procedures } = await as(lanhDao).reports.isoRecords();
    expect(procedures.map((entry) => [entry.procedureCode, entry.dossiers])).toEqual([
      [lienThong.code, 1],
      [khaiSinh.code, 4],
      [chungThuc.code, 2],
    ]);
    expect(procedures[1]?.records).toEqual([
      { name: 'Hồ sơ đăng ký khai sinh', keptBy: 'Bộ phận Tư pháp - Hộ tịch', retention: { kind: 'permanent' }, retentionLabel: 'Vĩnh viễn' },
    ]);
  });

  it('applies an event once however often it comes, and never takes a dossier in twice', async () => {
    const before = await rowOf(A.data.dossierId);
    // The same event again, then the same dossier under a new event id (a replayed outbox row, say).
    await publishDossierEvents(transport, A, dossierReceivedEvent({ code: A.data.code, receivedAt: A.data.receivedAt, dossierId: A.data.dossierId }));
    await expect.poll(appliedInDossierGroup).toBe(9);
    const after = await rowOf(A.data.dossierId);
    expect(after?.rowVersion).toBe(before?.rowVersion);
    expect(after?.status).toBe('returned');
    const copies = await h.database.db
      .select({ n: count() })
      .from(dossiers)
      .where(and(eq(dossiers.orgId, HOANG_HOA), eq(dossiers.code, A.data.code)));
    expect(copies[0]?.n).toBe(1);
  });

  it('dead-letters an invalid payload at once, and an invalid procedure after its retries, applying neither', async () => {
    const valid = dossierReceivedEvent({ code: '000.00.21.H56-260310-0001', receivedAt: '2026-03-10T09:00:00+07:00' });
    const { appointment: _missing, ...withoutAppointment } = valid.data;
    const invalidPayload = JSON.stringify({ ...valid, data: withoutAppointment });
    const noSteps = dossierReceivedEvent({ code: '000.00.21.H56-260310-0002', receivedAt: '2026-03-10T09:00:00+07:00' });
    const invalidProcedure = { ...noSteps, data: { ...noSteps.data, procedure: { ...noSteps.data.procedure, steps: [] } } };
    await publishDossierEvents(transport, invalidPayload, invalidProcedure);

    await expect.poll(() => deadLetters.length, { timeout: 20_000 }).toBe(2);
    expect(deadLetters[0]?.headers).toMatchObject({ dlq_reason: 'invalid_payload', dlq_group: ROUTING_GROUPS.dossiers, dlq_attempts: '0' });
    expect(deadLetters[0]?.headers['dlq_error']).toMatch(/appointment/);
    expect(deadLetters[1]?.headers).toMatchObject({ dlq_reason: 'handler_failed', dlq_group: ROUTING_GROUPS.dossiers, dlq_attempts: '5' });
    expect(deadLetters[1]?.headers['dlq_error']).toMatch(/at least one step/);
    expect(await rowOf(valid.data.dossierId)).toBeUndefined();
    expect(await rowOf(noSteps.data.dossierId)).toBeUndefined();
    expect(await appliedInDossierGroup()).toBe(9);
  });
});
