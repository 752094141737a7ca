import { testDatabaseDriver } from '@lienthong/db/testing';
import { parseEventData } from '@lienthong/events';
import { procedureToJson, validateProcedure } from '@lienthong/workflows';
import { dossierReceived } from '@lienthong/workflows/events';
import { aProcedure } from '@lienthong/workflows/testing';
import { asc, count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierCounters, dossiers, intakeOutbox } from '../../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';
import {
  COMMUNE,
  PROVINCE,
  admin,
  codeOf,
  communeClerk,
  communeLeader,
  domainErrorOf,
  provinceClerk,
  publish,
} from '../procedures/catalogue.fixture.js';

// Friday 13 February 2026, 09:00 in Vietnam: the last working day before the Tết break (14–22 February).
const FRIDAY_9AM = '2026-02-13T02:00:00Z';
const BIRTH = aProcedure().build();
const applicant = {
  name: 'Nguyễn Văn An',
  idNumber: '038095001234',
  phone: '0912 345 678',
  address: 'Thôn 3, xã Hoằng Hóa, tỉnh Thanh Hóa',
};

describe(`dossiers.receive on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const stored = async () => ({
    dossiers: (await h.database.db.select({ n: count() }).from(dossiers))[0]?.n,
    counters: await h.database.db.select().from(dossierCounters).orderBy(asc(dossierCounters.orgId)),
    events: (await h.database.db.select({ n: count() }).from(intakeOutbox))[0]?.n,
  });

  beforeAll(async () => {
    h = await createIntakeTestHarness(FRIDAY_9AM);
    await publish(h, communeLeader, BIRTH);
    await publish(h, admin, BIRTH);
  });
  afterAll(() => h.close());

  it('receives a 3-working-day dossier on Friday 13/02/2026 with the appointment on Wednesday 25/02/2026, across Tết', async () => {
    const receipt = await h.callerFor(communeClerk).dossiers.receive({
      procedureCode: BIRTH.code,
      applicant,
      note: '  Nộp bản sao giấy chứng sinh  ',
    });
    expect(receipt).toEqual({
      id: expect.any(String),
      code: 'th-ubnd-xa-hoang-hoa-260213-0001',
      orgId: COMMUNE,
      unitName: 'Ủy ban nhân dân xã Hoằng Hóa',
      procedure: {
        versionId: expect.any(String),
        code: BIRTH.code,
        version: '1.0',
        name: 'Đăng ký khai sinh',
        timeLimit: { unit: 'working-days', value: 3 },
      },
      applicant: {
        name: 'Nguyễn Văn An',
        idNumber: '038095001234',
        phone: '0912345678',
        address: 'Thôn 3, xã Hoằng Hóa, tỉnh Thanh Hóa',
      },
      note: 'Nộp bản sao giấy chứng sinh',
      receivedAt: new Date(FRIDAY_9AM),
      receivedBy: 'vanthu.hoanghoa',
      appointment: {
        basis: 'working-days',
        date: '2026-02-25',
        // 17:00 in Vietnam, the close of the office day.
        instant: new Date('2026-02-25T10:00:00Z'),
        receivedOn: '2026-02-13',
        countedFrom: '2026-02-13',
        startAt: new Date(FRIDAY_9AM),
        deferred: false,
        cutoff: '15:00',
      },
      documents: [{ name: 'Hồ sơ đăng ký khai sinh', keptBy: 'Bộ phận Tư pháp - Hộ tịch' }],
    });
    expect(await h.callerFor(communeClerk).dossiers.get({ id: receipt.id })).toEqual(receipt);
    expect(await h.callerFor(communeClerk).dossiers.get({ code: receipt.code })).toEqual(receipt);
  });

  it('writes dossier.received in the same transaction, with the procedure version as stored', async () => {
    const [receipt] = (await h.callerFor(communeClerk).dossiers.find()).items;
    const rows = await h.database.db.select().from(intakeOutbox);
    expect(rows).toHaveLength(1);
    const [event] = rows;
    if (!event) throw new Error('no outbox row');
    expect(event).toMatchObject({ topic: 'dossiers', key: receipt?.id, type: dossierReceived.type, publishedAt: null });
    expect(event.envelope).toMatchObject({ source: '/lienthong/intake', tenant: COMMUNE, subject: receipt?.id });
    const parsed = parseEventData(dossierReceived, event.envelope);
    if (!parsed.ok) throw new Error(parsed.error);
    const data = parsed.value;
    expect(data).toEqual({
      dossierId: receipt?.id,
      code: 'th-ubnd-xa-hoang-hoa-260213-0001',
      orgId: COMMUNE,
      procedure: JSON.parse(procedureToJson(BIRTH)),
      applicant: { name: 'Nguyễn Văn An', idNumber: '038095001234', phone: '0912345678' },
      receivedAt: '2026-02-13T02:00:00.000Z',
      receivedBy: 'vanthu.hoanghoa',
      appointment: {
        basis: 'working-days',
        date: '2026-02-25',
        instant: '2026-02-25T10:00:00.000Z',
        receivedOn: '2026-02-13',
        countedFrom: '2026-02-13',
        startAt: '2026-02-13T02:00:00.000Z',
        deferred: false,
      },
    });
    // Routing reads the procedure back with the same rules.
    const procedure = validateProcedure(data.procedure);
    expect(procedure.ok && procedure.value).toEqual(BIRTH);
  });

  it('numbers the day gaplessly per unit, with the mã định danh when the unit has one', async () => {
    const second = await h
      .callerFor(communeClerk)
      .dossiers.receive({ procedureCode: BIRTH.code, applicant: { name: 'Lê Thị Bình' } });
    expect(second.code).toBe('th-ubnd-xa-hoang-hoa-260213-0002');
    expect(second.applicant).toEqual({ name: 'Lê Thị Bình', idNumber: null, phone: null, address: null });
    const province = await h.callerFor(provinceClerk).dossiers.receive({ procedureCode: BIRTH.code, applicant });
    expect(province).toMatchObject({
      code: '000.00.00.H56-260213-0001',
      orgId: PROVINCE,
      unitName: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    });
  });

  it('counts a dossier received at 15:30 from the next working day, after Tết', async () => {
    h.clock.set('2026-02-13T08:30:00Z');
    const late = await h
      .callerFor(communeClerk)
      .dossiers.receive({ procedureCode: BIRTH.code, applicant: { name: 'Trần Văn Cường' } });
    expect(late.code).toBe('th-ubnd-xa-hoang-hoa-260213-0003');
    expect(late.appointment).toEqual({
      basis: 'working-days',
      date: '2026-02-26',
      instant: new Date('2026-02-26T10:00:00Z'),
      receivedOn: '2026-02-13',
      countedFrom: '2026-02-23',
      // The clock starts when the office opens on Monday 23 February, 07:30.
      startAt: new Date('2026-02-23T00:30:00Z'),
      deferred: true,
      cutoff: '15:00',
    });
  });

  it('refuses an unknown procedure, a draft and one not yet in force, storing nothing and using no number', async () => {
    const clerk = h.callerFor(communeClerk);
    const before = await stored();
    const unknown = await domainErrorOf(clerk.dossiers.receive({ procedureCode: 'QT-99', applicant }));
    expect(unknown).toMatchObject({ code: 'DOSSIER_PROCEDURE_UNKNOWN', details: { procedureCode: 'QT-99' } });
    expect(unknown?.messageVi).toBe('Danh mục thủ tục của đơn vị không có quy trình mã QT-99');

    const draft = aProcedure().withCode('QT-04').withName('Chứng thực bản sao').build();
    await h.callerFor(communeLeader).procedures.import({ json: procedureToJson(draft) });
    const notInForce = await domainErrorOf(clerk.dossiers.receive({ procedureCode: 'QT-04', applicant }));
    expect(notInForce).toMatchObject({ code: 'DOSSIER_PROCEDURE_NOT_IN_FORCE', details: { date: '2026-02-13' } });

    await publish(h, communeLeader, aProcedure().withCode('QT-05').effectiveFrom('2026-03-01').build());
    expect(await codeOf(clerk.dossiers.receive({ procedureCode: 'QT-05', applicant }))).toBe(
      'DOSSIER_PROCEDURE_NOT_IN_FORCE',
    );

    const blankName = await clerk.dossiers
      .receive({ procedureCode: BIRTH.code, applicant: { name: '  ' } })
      .catch((error: unknown) => error);
    expect(blankName).toMatchObject({ code: 'BAD_REQUEST' });
    expect(JSON.stringify((blankName as { cause?: unknown }).cause)).toContain(
      'Họ tên người nộp hồ sơ không được để trống',
    );
    await expect(
      clerk.dossiers.receive({ procedureCode: BIRTH.code, applicant: { name: 'An', phone: '12ab' } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await codeOf(h.callerFor(communeLeader).dossiers.receive({ procedureCode: BIRTH.code, applicant }))).toBe(
      'ROLE_REQUIRED',
    );
    expect(await stored()).toEqual(before);
    const next = await clerk.dossiers.receive({ procedureCode: BIRTH.code, applicant: { name: 'Phạm Thị Dung' } });
    expect(next.code).toBe('th-ubnd-xa-hoang-hoa-260213-0004');
  });

  it("finds the unit's dossiers by code or applicant without accents, newest first, page by page", async () => {
    const clerk = h.callerFor(communeClerk);
    const all = await clerk.dossiers.find();
    expect(all.items.map((item) => item.code.slice(-4))).toEqual(['0004', '0003', '0002', '0001']);
    expect((await clerk.dossiers.find({ query: 'nguyen van an' })).items.map((item) => item.code)).toEqual([
      'th-ubnd-xa-hoang-hoa-260213-0001',
    ]);
    expect((await clerk.dossiers.find({ query: '260213-0003' })).items.map((item) => item.applicant.name)).toEqual([
      'Trần Văn Cường',
    ]);
    expect((await clerk.dossiers.find({ query: '038095001234' })).items).toHaveLength(1);
    expect((await clerk.dossiers.find({ receivedFrom: '2026-02-14' })).items).toEqual([]);
    const first = await clerk.dossiers.find({ limit: 3 });
    expect(first.nextCursor).not.toBeNull();
    const rest = await clerk.dossiers.find({ limit: 3, ...(first.nextCursor ? { cursor: first.nextCursor } : {}) });
    expect([...first.items, ...rest.items]).toEqual(all.items);
    expect(rest.nextCursor).toBeNull();

    // The province's desk sees only its own book.
    const province = h.callerFor(provinceClerk);
    expect((await province.dossiers.find()).items.map((item) => item.code)).toEqual(['000.00.00.H56-260213-0001']);
    expect(await codeOf(province.dossiers.get({ id: all.items[0]?.id ?? '' }))).toBe('DOSSIER_NOT_FOUND');
  });

  it('receives under the version in force on the day, and earlier dossiers keep theirs', async () => {
    const v2 = aProcedure()
      .withVersion('2.0')
      .effectiveFrom('2026-02-23')
      .approved('Chủ tịch UBND xã Hoằng Hóa', '2026-02-10')
      .withTimeLimit({ unit: 'working-hours', value: 8 })
      .withSteps([
        {
          id: 'giai-quyet',
          name: 'Tiếp nhận và giải quyết',
          responsible: { role: 'van-thu' },
          duration: { unit: 'working-hours', value: 8 },
          forms: [],
          outputs: [],
        },
      ])
      .build();
    await publish(h, communeLeader, v2);
    // Monday 23 February 2026, 10:00: 8 office hours end on Tuesday at 10:30.
    h.clock.set('2026-02-23T03:00:00Z');
    const receipt = await h
      .callerFor(communeClerk)
      .dossiers.receive({ procedureCode: BIRTH.code, applicant: { name: 'Hoàng Văn Em' } });
    expect(receipt).toMatchObject({
      code: 'th-ubnd-xa-hoang-hoa-260223-0001',
      procedure: { version: '2.0', timeLimit: { unit: 'working-hours', value: 8 } },
      appointment: {
        basis: 'working-hours',
        date: '2026-02-24',
        instant: new Date('2026-02-24T03:30:00Z'),
        deferred: false,
      },
      documents: [{ name: 'Hồ sơ đăng ký khai sinh', keptBy: 'Bộ phận Tư pháp - Hộ tịch' }],
    });
    const earlier = await h.callerFor(communeClerk).dossiers.get({ code: 'th-ubnd-xa-hoang-hoa-260213-0001' });
    expect(earlier.procedure).toMatchObject({ version: '1.0', timeLimit: { unit: 'working-days', value: 3 } });
    expect(earlier.appointment.date).toBe('2026-02-25');
  });

  it('gives concurrent receipts of one unit distinct, gapless numbers', async () => {
    h.clock.set('2026-02-24T02:00:00Z');
    const clerk = h.callerFor(communeClerk);
    const receipts = await Promise.all(
      ['An', 'Bình', 'Cường', 'Dung', 'Em'].map((name) =>
        clerk.dossiers.receive({ procedureCode: BIRTH.code, applicant: { name: `Nguyễn Văn ${name}` } }),
      ),
    );
    expect(receipts.map((receipt) => receipt.code).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `th-ubnd-xa-hoang-hoa-260224-000${n}`),
    );
  });
});
