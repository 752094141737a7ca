import { testDatabaseDriver } from '@lienthong/db/testing';
import { parseProcedureJson, procedureToJson } from '@lienthong/workflows';
import { aProcedure } from '@lienthong/workflows/testing';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeOutbox, procedureVersions } from '../../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';
import {
  COMMUNE,
  PROVINCE,
  admin,
  codeOf,
  communeClerk,
  communeLeader,
  communeSpecialist,
  domainErrorOf,
  publish,
} from './catalogue.fixture.js';

// Friday 13 February 2026, 09:00 in Vietnam.
const NOW = '2026-02-13T02:00:00Z';
const BIRTH = aProcedure().build();
const BIRTH_CODE = BIRTH.code;
const birthV2 = aProcedure()
  .withVersion('2.0')
  .effectiveFrom('2026-03-01')
  .approved('Chủ tịch UBND xã Hoằng Hóa', '2026-02-10')
  .withTimeLimit({ unit: 'working-days', value: 5 })
  .withStep({
    id: 'tra-ket-qua',
    name: 'Trả kết quả',
    responsible: { role: 'van-thu' },
    duration: { unit: 'working-days', value: 1 },
  })
  .build();

describe(`procedures catalogue on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const versionsInDatabase = () =>
    h.database.db
      .select()
      .from(procedureVersions)
      .where(eq(procedureVersions.orgId, COMMUNE))
      .orderBy(asc(procedureVersions.code), asc(procedureVersions.version));

  beforeAll(async () => {
    h = await createIntakeTestHarness(NOW);
  });
  afterAll(() => h.close());

  it('imports a version as a draft, then shows it, its steps and its canonical file', async () => {
    const leader = h.callerFor(communeLeader);
    // A hand-written file: keys in any order and spacing; the catalogue keeps the canonical form.
    const { code, name, ...rest } = BIRTH;
    const handWritten = JSON.stringify({ ...rest, name, code }, null, 4);
    const imported = await leader.procedures.import({ json: handWritten });
    expect(imported).toEqual({
      id: expect.any(String),
      orgId: COMMUNE,
      code: BIRTH_CODE,
      version: '1.0',
      name: 'Đăng ký khai sinh',
      status: 'draft',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      supersededBy: null,
      inForce: false,
      timeLimit: { unit: 'working-days', value: 3 },
      stepCount: 3,
      approvedBy: 'Chủ tịch UBND xã Hoằng Hóa',
      approvedOn: '2025-12-20',
      importedBy: 'lanhdao.hoanghoa',
      importedAt: new Date(NOW),
      madeEffectiveBy: null,
      madeEffectiveAt: null,
    });

    const got = await h.callerFor(communeClerk).procedures.get({ code: BIRTH_CODE, version: '1.0' });
    expect(got.definition).toEqual(BIRTH);
    expect(got.definition.steps.map((step) => step.id)).toEqual(['tiep-nhan', 'tham-dinh', 'ky-duyet']);
    const exported = await h.callerFor(communeClerk).procedures.export({ code: BIRTH_CODE, version: '1.0' });
    expect(exported).toEqual({ fileName: `${BIRTH_CODE}_v1.0.json`, json: procedureToJson(BIRTH) });
    expect(exported.json).not.toBe(handWritten);
    // Another locality imports the export as it is: the round trip gives the same version.
    const parsed = parseProcedureJson(exported.json);
    expect(parsed.ok && parsed.value).toEqual(BIRTH);
    const elsewhere = await h.callerFor(admin).procedures.import({ json: exported.json });
    expect(elsewhere).toMatchObject({ orgId: PROVINCE, code: BIRTH_CODE, version: '1.0', status: 'draft' });
  });

  it('refuses malformed JSON, steps over the legal limit and a version already imported, storing nothing', async () => {
    const leader = h.callerFor(communeLeader);
    const before = await versionsInDatabase();

    const malformed = await domainErrorOf(
      leader.procedures.import({ json: '{\n  "code": "QT-01",\n  "name": "X"\n  "version": "1.0"\n}' }),
    );
    expect(malformed).toMatchObject({ code: 'PROCEDURE_JSON_INVALID', details: { line: 4, column: 3 } });
    expect(malformed?.messageVi).toContain('dòng 4, cột 3');

    // Three steps of one working day each (22,5 hours) in a limit of two days (15 hours).
    const tooLong = aProcedure().withCode('QT-02').withTimeLimit({ unit: 'working-days', value: 2 }).build();
    const exceeded = await domainErrorOf(leader.procedures.import({ json: procedureToJson(tooLong) }));
    expect(exceeded).toMatchObject({
      code: 'PROCEDURE_STEPS_EXCEED_LIMIT',
      details: { stepsHours: 22.5, limitHours: 15, hoursPerDay: 7.5 },
    });
    expect(exceeded?.messageVi).toContain('vượt thời hạn giải quyết');

    const badField = JSON.parse(procedureToJson(BIRTH)) as { steps: { duration: { value: number } }[] };
    (badField.steps[1] as { duration: { value: number } }).duration.value = -1;
    expect(await domainErrorOf(leader.procedures.import({ json: JSON.stringify(badField) }))).toMatchObject({
      code: 'PROCEDURE_INVALID',
      details: { field: 'steps[1].duration.value' },
    });

    expect(await codeOf(leader.procedures.import({ json: procedureToJson(BIRTH) }))).toBe('PROCEDURE_VERSION_EXISTS');
    expect(await versionsInDatabase()).toEqual(before);
  });

  it('lets only leaders and administrators change a catalogue, and leaders only their own', async () => {
    const json = procedureToJson(aProcedure().withCode('QT-03').build());
    expect(await codeOf(h.callerFor(communeClerk).procedures.import({ json }))).toBe('ROLE_REQUIRED');
    expect(await codeOf(h.callerFor(communeSpecialist).procedures.import({ json }))).toBe('ROLE_REQUIRED');
    expect(await codeOf(h.callerFor(communeClerk).procedures.makeEffective({ code: BIRTH_CODE, version: '1.0' }))).toBe(
      'ROLE_REQUIRED',
    );
    expect(await codeOf(h.callerFor(communeLeader).procedures.import({ orgId: PROVINCE, json }))).toBe(
      'PROCEDURE_CATALOGUE_FORBIDDEN',
    );
    expect(await codeOf(h.callerFor(admin).procedures.import({ orgId: 'no-such-unit', json }))).toBe('UNIT_NOT_FOUND');
    expect(await versionsInDatabase()).toHaveLength(1);
    // An administrator keeps any unit's catalogue.
    const imported = await h.callerFor(admin).procedures.import({ orgId: COMMUNE, json });
    expect(imported).toMatchObject({ orgId: COMMUNE, code: 'QT-03', importedBy: 'quantri' });
  });

  it('makes a version effective, then supersedes it with a newer one from a later day', async () => {
    const leader = h.callerFor(communeLeader);
    const first = await leader.procedures.makeEffective({ code: BIRTH_CODE, version: '1.0' });
    expect(first.superseded).toBeNull();
    expect(first.version).toMatchObject({
      status: 'effective',
      effectiveFrom: '2026-01-01',
      inForce: true,
      madeEffectiveBy: 'lanhdao.hoanghoa',
      madeEffectiveAt: new Date(NOW),
    });
    expect(await codeOf(leader.procedures.makeEffective({ code: BIRTH_CODE, version: '1.0' }))).toBe(
      'PROCEDURE_VERSION_NOT_DRAFT',
    );

    await leader.procedures.import({ json: procedureToJson(birthV2) });
    const second = await leader.procedures.makeEffective({ code: BIRTH_CODE, version: '2.0' });
    expect(second.version).toMatchObject({
      version: '2.0',
      status: 'effective',
      effectiveFrom: '2026-03-01',
      inForce: false,
    });
    expect(second.superseded).toMatchObject({
      version: '1.0',
      status: 'superseded',
      effectiveTo: '2026-02-28',
      supersededBy: '2.0',
      // Still the version in force until the end of February.
      inForce: true,
    });
    // The controlled document itself records its end and successor.
    const ended = await leader.procedures.get({ code: BIRTH_CODE, version: '1.0' });
    expect(ended.definition).toMatchObject({ effectiveTo: '2026-02-28', supersededBy: '2.0' });
    expect(parseProcedureJson((await leader.procedures.export({ code: BIRTH_CODE, version: '1.0' })).json).ok).toBe(
      true,
    );

    expect((await leader.procedures.versions({ code: BIRTH_CODE })).map((v) => [v.version, v.status])).toEqual([
      ['1.0', 'superseded'],
      ['2.0', 'effective'],
    ]);
  });

  it('refuses a second version in force at the same time and changes nothing', async () => {
    const leader = h.callerFor(communeLeader);
    await leader.procedures.import({
      json: procedureToJson(
        aProcedure().withVersion('3.0').effectiveFrom('2026-02-20').approved('Chủ tịch', '2026-02-12').build(),
      ),
    });
    const before = await versionsInDatabase();
    const refused = await domainErrorOf(leader.procedures.makeEffective({ code: BIRTH_CODE, version: '3.0' }));
    expect(refused).toMatchObject({ code: 'SECOND_EFFECTIVE_VERSION', details: { version: '3.0', on: '2026-02-20' } });
    expect(refused?.messageVi).toContain('mỗi thời điểm chỉ một phiên bản có hiệu lực');
    expect(await versionsInDatabase()).toEqual(before);

    await leader.procedures.import({
      json: procedureToJson(
        aProcedure().withVersion('1.5').effectiveFrom('2026-04-01').approved('Chủ tịch', '2026-02-12').build(),
      ),
    });
    expect(await codeOf(leader.procedures.makeEffective({ code: BIRTH_CODE, version: '1.5' }))).toBe(
      'PROCEDURE_VERSION_NOT_NEWER',
    );
    expect(await codeOf(leader.procedures.makeEffective({ code: BIRTH_CODE, version: '9.9' }))).toBe(
      'PROCEDURE_VERSION_NOT_FOUND',
    );
    expect(await codeOf(leader.procedures.makeEffective({ code: 'QT-99', version: '1.0' }))).toBe(
      'PROCEDURE_NOT_FOUND',
    );
    // No outbox rows: the catalogue announces nothing; the version travels with each dossier.
    expect(await h.database.db.select().from(intakeOutbox)).toEqual([]);
  });

  it('does not let a new version start in the past once a version has been in use', async () => {
    const leader = h.callerFor(communeLeader);
    const death = aProcedure().withCode('1.000656.000.00.00.H56').withName('Đăng ký khai tử');
    await publish(h, communeLeader, death.build());
    await leader.procedures.import({
      json: procedureToJson(
        death.withVersion('1.1').effectiveFrom('2026-02-01').approved('Chủ tịch', '2026-01-25').build(),
      ),
    });
    const refused = await domainErrorOf(
      leader.procedures.makeEffective({ code: '1.000656.000.00.00.H56', version: '1.1' }),
    );
    expect(refused).toMatchObject({
      code: 'PROCEDURE_EFFECTIVE_DATE_PAST',
      details: { on: '2026-02-01', today: '2026-02-13' },
    });
    const made = await leader.procedures.makeEffective({
      code: '1.000656.000.00.00.H56',
      version: '1.1',
      on: '2026-02-13',
    });
    expect(made.version).toMatchObject({ effectiveFrom: '2026-02-13', inForce: true });
    expect(made.superseded).toMatchObject({ version: '1.0', effectiveTo: '2026-02-12', inForce: false });
  });

  it('lists versions in force or to come and drafts, searching code and name without accents', async () => {
    const caller = h.callerFor(communeClerk);
    const all = await caller.procedures.list();
    expect(all.items.map((item) => `${item.code} ${item.version} ${item.status}`)).toEqual([
      '1.000656.000.00.00.H56 1.1 effective',
      `${BIRTH_CODE} 1.0 superseded`,
      `${BIRTH_CODE} 2.0 effective`,
      `${BIRTH_CODE} 3.0 draft`,
      `${BIRTH_CODE} 1.5 draft`,
      'QT-03 1.0 draft',
    ]);
    expect(all.nextCursor).toBeNull();
    const withoutDrafts = await caller.procedures.list({ includeDrafts: false });
    expect(withoutDrafts.items.map((item) => item.version)).toEqual(['1.1', '1.0', '2.0']);

    expect((await caller.procedures.list({ query: 'khai tu' })).items.map((item) => item.name)).toEqual([
      'Đăng ký khai tử',
    ]);
    expect((await caller.procedures.list({ query: 'ĐĂNG KÝ khai sinh', includeDrafts: false })).items).toHaveLength(2);
    expect((await caller.procedures.list({ query: '1.001193' })).items).toHaveLength(4);

    const first = await caller.procedures.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    const next = await caller.procedures.list({ limit: 10, ...(first.nextCursor ? { cursor: first.nextCursor } : {}) });
    expect([...first.items, ...next.items]).toEqual(all.items);
    // Another unit's catalogue can be read by naming it.
    expect((await caller.procedures.list({ orgId: PROVINCE })).items.map((item) => item.orgId)).toEqual([PROVINCE]);
  });

  it('diffs two versions', async () => {
    const { from, to, diff } = await h
      .callerFor(communeClerk)
      .procedures.diff({ code: BIRTH_CODE, from: '1.0', to: '2.0' });
    expect([from.version, to.version]).toEqual(['1.0', '2.0']);
    expect(diff.identical).toBe(false);
    expect(diff.fields.map((change) => change.field)).toEqual([
      'version',
      'effectiveFrom',
      'effectiveTo',
      'approvedOn',
      'supersededBy',
      'timeLimit',
    ]);
    expect(diff.fields.find((change) => change.field === 'timeLimit')).toEqual({
      field: 'timeLimit',
      before: { unit: 'working-days', value: 3 },
      after: { unit: 'working-days', value: 5 },
    });
    expect(diff.steps.added.map((step) => step.id)).toEqual(['tra-ket-qua']);
    expect(diff.steps.removed).toEqual([]);
    expect(
      (await h.callerFor(communeClerk).procedures.diff({ code: BIRTH_CODE, from: '2.0', to: '2.0' })).diff.identical,
    ).toBe(true);
  });

  it('leaves ended versions out of the list once their last day is past', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const items = (await h.callerFor(communeClerk).procedures.list({ includeDrafts: false })).items;
    expect(items.map((item) => `${item.code} ${item.version} ${item.inForce}`)).toEqual([
      '1.000656.000.00.00.H56 1.1 true',
      `${BIRTH_CODE} 2.0 true`,
    ]);
  });
});
