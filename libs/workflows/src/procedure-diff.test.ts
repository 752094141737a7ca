import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from './procedure.js';
import { diffProcedures } from './procedure-diff.js';
import { aProcedure } from './testing/index.js';

const v1 = (): ProcedureDefinition =>
  aProcedure()
    .withRecord({ name: 'Sổ đăng ký khai sinh', keptBy: 'Tư pháp - Hộ tịch', retention: { kind: 'permanent' } })
    .withRecord({
      name: 'Phiếu kiểm soát quá trình',
      keptBy: 'Bộ phận một cửa',
      retention: { kind: 'years', years: 5 },
    })
    .build();

describe('diffProcedures', () => {
  it('finds nothing between a procedure and its copy', () => {
    const diff = diffProcedures(v1(), v1());
    expect(diff.identical).toBe(true);
    expect(diff.fields).toEqual([]);
    expect(diff.steps).toEqual({ added: [], removed: [], changed: [], reordered: false });
    expect(diff.records).toEqual({ added: [], removed: [], changed: [] });
  });

  it('shows what changed from version 1.0 to 2.0', () => {
    const before = v1();
    const after: ProcedureDefinition = {
      ...before,
      version: '2.0',
      effectiveFrom: '2026-07-01',
      approvedOn: '2026-06-20',
      legalBasis: [...before.legalBasis, 'Nghị định 118/2025/NĐ-CP'],
      timeLimit: { unit: 'working-days', value: 2 },
      purpose: 'Rút ngắn thời gian giải quyết',
      steps: [
        {
          ...(before.steps[0] as ProcedureDefinition['steps'][number]),
          duration: { unit: 'working-days', value: 0.5 },
          forms: [],
        },
        {
          id: 'ky-so',
          name: 'Ký số kết quả',
          responsible: { role: 'lanh-dao' },
          duration: { unit: 'working-days', value: 1 },
          forms: [],
          outputs: ['Giấy khai sinh điện tử'],
        },
        {
          ...(before.steps[1] as ProcedureDefinition['steps'][number]),
          duration: { unit: 'working-days', value: 0.5 },
        },
      ],
      records: [
        { name: 'Sổ đăng ký khai sinh', keptBy: 'Tư pháp - Hộ tịch', retention: { kind: 'permanent' } },
        { name: 'hồ sơ đăng ký khai sinh', keptBy: 'Lưu trữ xã', retention: { kind: 'permanent' } },
        { name: 'Giấy khai sinh điện tử', keptBy: 'Hệ thống', retention: { kind: 'permanent' } },
      ],
    };
    const diff = diffProcedures(before, after);
    expect(diff.identical).toBe(false);
    expect(diff.fields).toEqual([
      { field: 'version', before: '1.0', after: '2.0' },
      { field: 'effectiveFrom', before: '2026-01-01', after: '2026-07-01' },
      { field: 'approvedOn', before: '2025-12-20', after: '2026-06-20' },
      { field: 'purpose', before: null, after: 'Rút ngắn thời gian giải quyết' },
      { field: 'legalBasis', before: before.legalBasis, after: after.legalBasis },
      { field: 'timeLimit', before: { unit: 'working-days', value: 3 }, after: { unit: 'working-days', value: 2 } },
    ]);
    expect(diff.steps.added.map((step) => step.id)).toEqual(['ky-so']);
    expect(diff.steps.removed.map((step) => step.id)).toEqual(['ky-duyet']);
    expect(diff.steps.changed).toEqual([
      {
        id: 'tiep-nhan',
        name: 'Tiếp nhận, kiểm tra hồ sơ',
        fields: [
          {
            field: 'duration',
            before: { unit: 'working-days', value: 1 },
            after: { unit: 'working-days', value: 0.5 },
          },
          { field: 'forms', before: ['Giấy tiếp nhận hồ sơ và hẹn trả kết quả'], after: [] },
        ],
      },
      {
        id: 'tham-dinh',
        name: 'Thẩm định hồ sơ, trình ký',
        fields: [
          {
            field: 'duration',
            before: { unit: 'working-days', value: 1 },
            after: { unit: 'working-days', value: 0.5 },
          },
        ],
      },
    ]);
    expect(diff.steps.reordered).toBe(false);
    expect(diff.records.added.map((record) => record.name)).toEqual(['Giấy khai sinh điện tử']);
    expect(diff.records.removed.map((record) => record.name)).toEqual(['Phiếu kiểm soát quá trình']);
    expect(diff.records.changed).toEqual([
      {
        name: 'hồ sơ đăng ký khai sinh',
        fields: [
          { field: 'name', before: 'Hồ sơ đăng ký khai sinh', after: 'hồ sơ đăng ký khai sinh' },
          { field: 'keptBy', before: 'Bộ phận Tư pháp - Hộ tịch', after: 'Lưu trữ xã' },
        ],
      },
    ]);
  });

  it('notices steps that only moved', () => {
    const before = v1();
    const after = { ...before, steps: [before.steps[1], before.steps[0], before.steps[2]] } as ProcedureDefinition;
    const diff = diffProcedures(before, after);
    expect(diff.steps.reordered).toBe(true);
    expect(diff.steps.changed).toEqual([]);
    expect(diff.identical).toBe(false);
  });

  it('does not count a removal or an insertion as a reordering', () => {
    const before = v1();
    const after = { ...before, steps: [before.steps[0], before.steps[2]] } as ProcedureDefinition;
    expect(diffProcedures(before, after).steps.reordered).toBe(false);
  });

  it('sees changes inside the responsible person and optional fields becoming absent', () => {
    const before = { ...v1(), hoursPerDay: 8, scope: 'Toàn xã' };
    const step = before.steps[2] as ProcedureDefinition['steps'][number];
    const after = {
      ...v1(),
      steps: [before.steps[0], before.steps[1], { ...step, responsible: { role: 'lanh-dao', unit: 'ubnd' } }],
    } as ProcedureDefinition;
    const diff = diffProcedures(before, after);
    expect(diff.fields).toEqual([
      { field: 'scope', before: 'Toàn xã', after: null },
      { field: 'hoursPerDay', before: 8, after: null },
    ]);
    expect(diff.steps.changed[0]?.fields).toEqual([
      {
        field: 'responsible',
        before: { role: 'lanh-dao', title: 'Chủ tịch UBND xã' },
        after: { role: 'lanh-dao', unit: 'ubnd' },
      },
    ]);
  });

  it('leaves both versions untouched', () => {
    const a = v1();
    const b = { ...v1(), version: '1.1' };
    const copies = [structuredClone(a), structuredClone(b)];
    diffProcedures(a, b);
    expect([a, b]).toEqual(copies);
  });
});
