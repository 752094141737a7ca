import { testDatabaseDriver } from '@lienthong/db/testing';
import { REVIEW_INPUT_TOPICS } from '@lienthong/workflows';
import { aProcedure } from '@lienthong/workflows/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';
import {
  COMMUNE,
  PROVINCE,
  admin,
  codeOf,
  communeLeader,
  communeSpecialist,
  domainErrorOf,
  provinceClerk,
  publish,
} from '../procedures/catalogue.fixture.js';

// Friday 13 February 2026, 09:00 in Vietnam.
const NOW = '2026-02-13T02:00:00Z';
const BIRTH = aProcedure().build();

const anAudit = (overrides: Record<string, unknown> = {}) => ({
  id: 'DGNB-2026-01',
  plannedOn: '2026-02-02',
  startedOn: '2026-02-03',
  endedOn: '2026-02-04',
  reportedOn: '2026-02-06',
  criteria: 'TCVN ISO 9001:2015; quy trình nội bộ',
  auditors: [{ name: 'Lê Văn Đánh Giá', unitId: PROVINCE }],
  auditedUnits: [COMMUNE],
  procedureCodes: [BIRTH.code],
  findings: [
    {
      id: 'F1',
      type: 'nonconformity' as const,
      procedureCode: BIRTH.code,
      clause: '7.5.3',
      description: 'Sổ theo dõi hồ sơ không ghi đủ ngày trả kết quả',
      nonconformityId: 'NC-2026-01',
    },
  ],
  ...overrides,
});

const aNonconformity = {
  id: 'NC-2026-01',
  detectedOn: '2026-02-04',
  source: 'internal-audit' as const,
  procedureCode: BIRTH.code,
  procedureVersion: '1.0',
  clause: '7.5.3',
  description: 'Sổ theo dõi hồ sơ không ghi đủ ngày trả kết quả',
  correction: 'Bổ sung ngay các ngày còn thiếu',
  rootCause: 'Mẫu sổ cũ không có cột ngày trả',
};

describe(`ISO records on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;

  beforeAll(async () => {
    h = await createIntakeTestHarness(NOW);
    await publish(h, communeLeader, BIRTH);
  });
  afterAll(() => h.close());

  it('records an internal audit of a published procedure and lists it by year', async () => {
    const leader = h.callerFor(communeLeader);
    const recorded = await leader.iso.recordAudit({ audit: anAudit() });
    expect(recorded).toMatchObject({
      orgId: COMMUNE,
      rowVersion: 1,
      recordedBy: 'lanhdao.hoanghoa',
      audit: { id: 'DGNB-2026-01', procedureCodes: [BIRTH.code], findings: [{ id: 'F1', type: 'nonconformity' }] },
    });
    expect((await leader.iso.audits({ year: 2026 })).items.map((item) => item.audit.id)).toEqual(['DGNB-2026-01']);
    expect((await leader.iso.audits({ year: 2025 })).items).toEqual([]);
    // The same id again is refused.
    expect(await codeOf(leader.iso.recordAudit({ audit: anAudit() }))).toBe('ISO_RECORD_EXISTS');
  });

  it('refuses an audit of a procedure that is not in the catalogue, and the lib’s rules', async () => {
    const leader = h.callerFor(communeLeader);
    const unknown = await domainErrorOf(
      leader.iso.recordAudit({ audit: anAudit({ id: 'DGNB-2026-02', procedureCodes: ['QT-KHONG-CO'], findings: [] }) }),
    );
    expect(unknown).toMatchObject({ code: 'ISO_PROCEDURE_NOT_IN_CATALOGUE', details: { missing: ['QT-KHONG-CO'] } });
    expect(unknown?.messageVi).toContain('QT-KHONG-CO');
    // An auditor from the audited unit (ISO 9001 9.2.2 c).
    expect(
      await codeOf(
        leader.iso.recordAudit({
          audit: anAudit({ id: 'DGNB-2026-03', auditors: [{ name: 'Cán bộ xã', unitId: COMMUNE }] }),
        }),
      ),
    ).toBe('AUDITOR_NOT_IMPARTIAL');
    expect((await leader.iso.audits({ year: 2026 })).items).toHaveLength(1);
  });

  it('records a management review covering every input of 9.3.2', async () => {
    const leader = h.callerFor(communeLeader);
    const inputs = Object.fromEntries(REVIEW_INPUT_TOPICS.map((topic) => [topic, `Đã xem xét: ${topic}`]));
    const review = {
      id: 'XXLD-2026',
      heldOn: '2026-02-10',
      chairedBy: 'Chủ tịch UBND xã Hoằng Hóa',
      attendees: ['Chủ tịch UBND xã', 'Thư ký ISO'],
      inputs,
      outputs: [
        {
          id: 'D1',
          kind: 'qms-change' as const,
          description: 'Sửa mẫu sổ theo dõi',
          owner: 'Thư ký ISO',
          dueOn: '2026-03-31',
          procedureCodes: [BIRTH.code],
        },
      ],
    };
    expect(await leader.iso.recordReview({ review })).toMatchObject({ review: { id: 'XXLD-2026' }, rowVersion: 1 });
    expect((await leader.iso.reviews({ year: 2026 })).items).toHaveLength(1);
    const { 'audit-results': _left, ...missing } = inputs;
    expect(await codeOf(leader.iso.recordReview({ review: { ...review, id: 'XXLD-2', inputs: missing } }))).toBe(
      'REVIEW_INPUT_MISSING',
    );
  });

  it('takes a nonconformity from open through an action done and verified to closed', async () => {
    const leader = h.callerFor(communeLeader);
    const opened = await leader.iso.openNonconformity({ auditId: 'DGNB-2026-01', nonconformity: aNonconformity });
    expect(opened).toMatchObject({
      auditId: 'DGNB-2026-01',
      rowVersion: 1,
      nonconformity: { status: 'open', sourceRef: 'DGNB-2026-01', correctiveActions: [] },
    });
    const id = 'NC-2026-01';

    // Closing with no action: refused, nothing changed.
    const noAction = await domainErrorOf(leader.iso.closeNonconformity({ id, rowVersion: 1 }));
    expect(noAction?.code).toBe('NONCONFORMITY_NO_ACTION');

    const added = await leader.iso.addAction({
      id,
      rowVersion: 1,
      action: { id: 'A1', description: 'Sửa mẫu sổ theo Mẫu 06', owner: 'Bộ phận một cửa', dueOn: '2026-02-28' },
    });
    expect(added.rowVersion).toBe(2);

    // Closing early (the action is not done): refused, nothing changed.
    const early = await domainErrorOf(leader.iso.closeNonconformity({ id, rowVersion: 2 }));
    expect(early).toMatchObject({ code: 'NONCONFORMITY_ACTIONS_OPEN', details: { actionIds: ['A1'] } });
    expect(await leader.iso.nonconformity({ id })).toEqual(added);

    const done = await leader.iso.completeAction({ id, rowVersion: 2, actionId: 'A1', doneOn: '2026-02-12' });
    expect(done.nonconformity.correctiveActions[0]).toMatchObject({ doneOn: '2026-02-12' });
    // A stale rowVersion is refused.
    expect(
      await codeOf(leader.iso.verifyAction({ id, rowVersion: 2, actionId: 'A1', verification: { effective: true } })),
    ).toBe('ISO_RECORD_STALE');
    // Done but not verified: still refused.
    expect(await codeOf(leader.iso.closeNonconformity({ id, rowVersion: 3 }))).toBe('NONCONFORMITY_ACTIONS_OPEN');

    const verified = await leader.iso.verifyAction({
      id,
      rowVersion: 3,
      actionId: 'A1',
      verification: { by: 'Thư ký ISO', effective: true },
    });
    expect(verified.nonconformity.correctiveActions[0]?.verification).toEqual({
      on: '2026-02-13',
      by: 'Thư ký ISO',
      effective: true,
    });

    const closed = await leader.iso.closeNonconformity({ id, rowVersion: 4, by: 'Chủ tịch UBND xã' });
    expect(closed).toMatchObject({
      rowVersion: 5,
      nonconformity: { status: 'closed', closedOn: '2026-02-13', closedBy: 'Chủ tịch UBND xã' },
    });
    expect(
      await codeOf(
        leader.iso.addAction({
          id,
          rowVersion: 5,
          action: { id: 'A2', description: 'x', owner: 'y', dueOn: '2026-03-01' },
        }),
      ),
    ).toBe('NONCONFORMITY_CLOSED');

    expect((await leader.iso.nonconformities({ status: 'closed' })).items.map((item) => item.nonconformity.id)).toEqual(
      [id],
    );
    expect((await leader.iso.nonconformities({ status: 'open' })).items).toEqual([]);
    expect((await leader.iso.nonconformities({ procedureCode: BIRTH.code })).items).toHaveLength(1);
    expect((await leader.iso.nonconformities({ procedureCode: 'QT-KHAC' })).items).toEqual([]);
  });

  it('refuses a nonconformity on an unknown procedure, version or audit', async () => {
    const leader = h.callerFor(communeLeader);
    const nc = { ...aNonconformity, id: 'NC-2026-02' };
    expect(await codeOf(leader.iso.openNonconformity({ nonconformity: { ...nc, procedureCode: 'QT-KHONG-CO' } }))).toBe(
      'ISO_PROCEDURE_NOT_IN_CATALOGUE',
    );
    expect(await codeOf(leader.iso.openNonconformity({ nonconformity: { ...nc, procedureVersion: '9.0' } }))).toBe(
      'ISO_PROCEDURE_VERSION_UNKNOWN',
    );
    expect(await codeOf(leader.iso.openNonconformity({ auditId: 'DGNB-KHONG-CO', nonconformity: nc }))).toBe(
      'ISO_AUDIT_NOT_FOUND',
    );
    expect((await leader.iso.nonconformities()).items).toHaveLength(1);
  });

  it('refuses specialists, and keeps each unit’s records to itself', async () => {
    const specialist = h.callerFor(communeSpecialist);
    expect(await codeOf(specialist.iso.recordAudit({ audit: anAudit({ id: 'DGNB-2026-09' }) }))).toBe('ROLE_REQUIRED');
    expect(await codeOf(specialist.iso.openNonconformity({ nonconformity: { ...aNonconformity, id: 'NC-9' } }))).toBe(
      'ROLE_REQUIRED',
    );
    expect(await codeOf(specialist.iso.closeNonconformity({ id: 'NC-2026-01', rowVersion: 5 }))).toBe('ROLE_REQUIRED');
    // Specialists of the unit may read.
    expect((await specialist.iso.nonconformities()).items).toHaveLength(1);

    const province = h.callerFor(provinceClerk);
    expect((await province.iso.audits({ year: 2026 })).items).toEqual([]);
    expect((await province.iso.reviews({ year: 2026 })).items).toEqual([]);
    expect((await province.iso.nonconformities()).items).toEqual([]);
    expect(await codeOf(province.iso.nonconformity({ id: 'NC-2026-01' }))).toBe('ISO_NONCONFORMITY_NOT_FOUND');
    expect(await codeOf(province.iso.audits({ orgId: COMMUNE, year: 2026 }))).toBe('ISO_RECORDS_FORBIDDEN');
    // Administrators may read any unit.
    expect((await h.callerFor(admin).iso.audits({ orgId: COMMUNE, year: 2026 })).items).toHaveLength(1);
  });
});
