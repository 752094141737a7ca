import { describe, expect, it } from 'vitest';
import { ProcedureDefinition, compareVersions, procedureHours, validateProcedure } from './procedure.js';
import { aProcedure } from './testing/index.js';
import { durationHours, formatDuration } from './time-limit.js';

/** A procedure as plain JSON-like data, to break on purpose. */
const input = (): Record<string, unknown> =>
  structuredClone(aProcedure().build()) as unknown as Record<string, unknown>;

function failure(value: unknown) {
  const result = validateProcedure(value);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('validateProcedure', () => {
  it('accepts the builder procedure and cleans its text', () => {
    const raw = input();
    raw['name'] = '  Đăng ký\n  khai sinh ';
    const result = validateProcedure(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.name).toBe('Đăng ký khai sinh');
      expect(result.value.steps).toHaveLength(3);
    }
  });

  it('fills defaults for forms, outputs, legal basis and records', () => {
    const raw = input();
    delete raw['legalBasis'];
    delete raw['records'];
    raw['steps'] = [
      { id: 'b1', name: 'Giải quyết', responsible: { unit: 'tu-phap' }, duration: { unit: 'working-days', value: 3 } },
    ];
    const result = validateProcedure(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.legalBasis).toEqual([]);
      expect(result.value.records).toEqual([]);
      expect(result.value.steps[0]).toMatchObject({ forms: [], outputs: [] });
    }
  });

  it.each(['1.0', '2.1', '10.12', '0.1'])('accepts version %s', (version) => {
    expect(validateProcedure({ ...input(), version }).ok).toBe(true);
  });

  it.each(['1', '1.0.0', 'v1.0', '01.0', '1.01', '1,0', ''])(
    'refuses version "%s": PROCEDURE_VERSION_INVALID',
    (version) => {
      const error = failure({ ...input(), version });
      expect(error.code).toBe('PROCEDURE_VERSION_INVALID');
      expect(error.details['path']).toBe('version');
      expect(error.messageVi).toContain('1.0 hoặc 2.1');
    },
  );

  it('needs at least one step: PROCEDURE_NO_STEPS', () => {
    const error = failure({ ...input(), steps: [] });
    expect(error.code).toBe('PROCEDURE_NO_STEPS');
    expect(error.messageVi).toBe('Quy trình phải có ít nhất một bước thực hiện');
  });

  it('needs unique step ids: PROCEDURE_DUPLICATE_STEP_ID', () => {
    const raw = aProcedure()
      .withSteps([])
      .withStep({ id: 'b1', duration: { unit: 'working-days', value: 1 } })
      .withStep({ id: 'b1', duration: { unit: 'working-days', value: 1 } })
      .build();
    const error = failure(raw);
    expect(error.code).toBe('PROCEDURE_DUPLICATE_STEP_ID');
    expect(error.details).toMatchObject({ stepId: 'b1', path: 'steps[1].id' });
  });

  it('needs unique record names, ignoring case: PROCEDURE_DUPLICATE_RECORD', () => {
    const raw = aProcedure()
      .withRecord({ name: 'hồ sơ đăng ký khai sinh', keptBy: 'Văn thư', retention: { kind: 'years', years: 5 } })
      .build();
    expect(failure(raw).code).toBe('PROCEDURE_DUPLICATE_RECORD');
  });

  it('refuses steps longer than a limit in days, with the figures: PROCEDURE_STEPS_EXCEED_LIMIT', () => {
    const raw = aProcedure()
      .withStep({ id: 'tra-ket-qua', duration: { unit: 'working-days', value: 0.5 } })
      .build();
    const error = failure(raw);
    expect(error.code).toBe('PROCEDURE_STEPS_EXCEED_LIMIT');
    expect(error.details).toMatchObject({
      stepsHours: 26.25,
      limitHours: 22.5,
      hoursPerDay: 7.5,
      limit: { unit: 'working-days', value: 3 },
      limitLabel: '3 ngày làm việc',
    });
    expect(error.messageVi).toBe(
      'Tổng thời gian các bước là 26.25 giờ làm việc, vượt thời hạn giải quyết 22.5 giờ (3 ngày làm việc; tính 7.5 giờ một ngày làm việc)',
    );
    expect(error.messageEn).toContain('26.25 working hours');
  });

  it('accepts steps that add up exactly to the limit, hours and days mixed', () => {
    // 1 day + 1 day + 7.5 hours = 3 days of 7.5 hours.
    const raw = aProcedure()
      .withSteps([])
      .withStep({ id: 'a', duration: { unit: 'working-days', value: 1 } })
      .withStep({ id: 'b', duration: { unit: 'working-days', value: 1 } })
      .withStep({ id: 'c', duration: { unit: 'working-hours', value: 7.5 } })
      .build();
    expect(validateProcedure(raw).ok).toBe(true);
    const over = aProcedure()
      .withSteps([])
      .withStep({ id: 'a', duration: { unit: 'working-days', value: 2 } })
      .withStep({ id: 'c', duration: { unit: 'working-hours', value: 7.51 } })
      .build();
    expect(failure(over).details).toMatchObject({ stepsHours: 22.51, limitHours: 22.5 });
  });

  it('converts with an explicit hoursPerDay', () => {
    // With 8-hour days, 3 days = 24 h: 2 days (16 h) + 7.5 h fits; with the default 7.5 it would not.
    const steps = aProcedure()
      .withSteps([])
      .withStep({ id: 'a', duration: { unit: 'working-days', value: 2 } })
      .withStep({ id: 'b', duration: { unit: 'working-hours', value: 8 } });
    expect(failure(steps.build()).code).toBe('PROCEDURE_STEPS_EXCEED_LIMIT');
    expect(validateProcedure(steps.withHoursPerDay(8).build()).ok).toBe(true);
  });

  it('checks a same-day procedure limited in hours', () => {
    const sameDay = aProcedure().withTimeLimit({ unit: 'working-hours', value: 4 }).withSteps([]);
    expect(
      validateProcedure(sameDay.withStep({ id: 'a', duration: { unit: 'working-days', value: 0.5 } }).build()).ok,
    ).toBe(true);
    const error = failure(sameDay.withStep({ id: 'b', duration: { unit: 'working-hours', value: 0.5 } }).build());
    expect(error.details).toMatchObject({ stepsHours: 4.25, limitHours: 4, limitLabel: '4 giờ làm việc' });
  });

  it('refuses an approval after the effective date, and an end before it: PROCEDURE_DATES_OUT_OF_ORDER', () => {
    const late = failure({ ...input(), approvedOn: '2026-01-02' });
    expect(late.code).toBe('PROCEDURE_DATES_OUT_OF_ORDER');
    expect(late.messageVi).toBe('Ngày hiệu lực (2026-01-01) không được trước ngày phê duyệt (2026-01-02)');
    const ended = failure({ ...input(), effectiveTo: '2025-12-31' });
    expect(ended.code).toBe('PROCEDURE_DATES_OUT_OF_ORDER');
    expect(ended.details['path']).toBe('effectiveTo');
    expect(validateProcedure({ ...input(), effectiveTo: '2026-01-01' }).ok).toBe(true);
  });

  it('needs a newer successor and an end date with supersededBy: PROCEDURE_SUPERSESSION_INVALID', () => {
    expect(failure({ ...input(), supersededBy: '2.0' }).code).toBe('PROCEDURE_SUPERSESSION_INVALID');
    expect(failure({ ...input(), supersededBy: '1.0', effectiveTo: '2026-06-30' }).code).toBe(
      'PROCEDURE_SUPERSESSION_INVALID',
    );
    expect(failure({ ...input(), supersededBy: 'mới', effectiveTo: '2026-06-30' }).code).toBe(
      'PROCEDURE_SUPERSESSION_INVALID',
    );
    expect(validateProcedure({ ...input(), supersededBy: '1.1', effectiveTo: '2026-06-30' }).ok).toBe(true);
  });

  it('reports a malformed shape with the field and a Vietnamese message: PROCEDURE_INVALID', () => {
    const raw = input();
    (raw['steps'] as Record<string, unknown>[])[1] = {
      ...(raw['steps'] as Record<string, unknown>[])[1],
      duration: { unit: 'working-days', value: -1 },
    };
    const error = failure(raw);
    expect(error.code).toBe('PROCEDURE_INVALID');
    expect(error.details['field']).toBe('steps[1].duration.value');
    expect(error.messageVi).toBe(
      'Quy trình không hợp lệ ở "steps[1].duration.value": Thời gian thực hiện bước phải lớn hơn 0',
    );
  });

  it.each([
    [
      { timeLimit: { unit: 'working-days', value: 2.5 } },
      'timeLimit.value',
      'Thời hạn giải quyết tính theo ngày phải là số nguyên ngày làm việc',
    ],
    [
      { timeLimit: { unit: 'weeks', value: 1 } },
      'timeLimit.unit',
      'Thời hạn giải quyết phải có dạng { unit: "working-days" | "working-hours", value }',
    ],
    [
      { timeLimit: { unit: 'working-hours', value: 1.005 } },
      'timeLimit.value',
      'Thời hạn giải quyết có tối đa 2 chữ số thập phân',
    ],
    [{ effectiveFrom: '2026-02-30' }, 'effectiveFrom', 'Ngày hiệu lực phải là một ngày có thật, dạng YYYY-MM-DD'],
    [{ name: '   ' }, 'name', 'Tên quy trình không được để trống'],
    [{ code: 'QT 01' }, 'code', 'Mã quy trình chỉ gồm chữ, số và các dấu . _ / -, bắt đầu bằng chữ hoặc số'],
    [{ steps: 'ba bước' }, 'steps', 'Các bước thực hiện phải là một danh sách'],
    [{ hoursPerDay: 25 }, 'hoursPerDay', 'Một ngày có tối đa 24 giờ'],
    [{ setps: [] }, '', 'Quy trình có trường không được hỗ trợ: setps'],
  ])('refuses %j at %s', (patch, field, message) => {
    const error = failure({ ...input(), ...patch });
    expect(error.code).toBe('PROCEDURE_INVALID');
    expect(error.details['field']).toBe(field || 'procedure');
    expect(error.details['issue']).toBe(message);
  });

  it('needs a role or a unit for each step', () => {
    const raw = input();
    (raw['steps'] as Record<string, unknown>[])[0] = {
      ...(raw['steps'] as Record<string, unknown>[])[0],
      responsible: { title: 'Ai đó' },
    };
    const error = failure(raw);
    expect(error.code).toBe('PROCEDURE_INVALID');
    expect(error.details['issue']).toBe('Mỗi bước phải ghi vai trò (role) hoặc đơn vị (unit) thực hiện');
  });

  it('refuses a retention that is neither permanent nor years', () => {
    const raw = input();
    raw['records'] = [{ name: 'Sổ', keptBy: 'Văn thư', retention: { kind: 'years', years: 0 } }];
    expect(failure(raw).details['field']).toBe('records[0].retention.years');
  });

  it('is not an object: PROCEDURE_INVALID at the root', () => {
    for (const value of [null, 42, 'quy trình', []]) {
      const error = failure(value);
      expect(error.code).toBe('PROCEDURE_INVALID');
      expect(error.details['field']).toBe('procedure');
    }
  });

  it('reports a shape problem before a rule, and lists every issue in details.issues', () => {
    const error = failure({ ...input(), version: 'x', name: '' });
    expect(error.code).toBe('PROCEDURE_INVALID');
    expect(error.details['field']).toBe('name');
    expect(error.details['issues']).toEqual([
      { path: 'name', message: 'Tên quy trình không được để trống' },
      { path: 'version', message: 'Phiên bản "x" không hợp lệ: phải có dạng số.số, ví dụ 1.0 hoặc 2.1' },
    ]);
  });

  it('raises its rules through the zod schema too, with Vietnamese messages', () => {
    const parsed = ProcedureDefinition.safeParse({ ...input(), steps: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Quy trình phải có ít nhất một bước thực hiện');
  });
});

describe('procedureHours, durationHours, formatDuration', () => {
  it('sums the steps and the limit in hours', () => {
    expect(procedureHours(aProcedure().build())).toEqual({ stepsHours: 22.5, limitHours: 22.5, hoursPerDay: 7.5 });
    expect(durationHours({ unit: 'working-hours', value: 3 }, 8)).toBe(3);
    expect(durationHours({ unit: 'working-days', value: 0.5 }, 8)).toBe(4);
    expect(formatDuration({ unit: 'working-days', value: 0.5 })).toBe('0,5 ngày làm việc');
  });
});

describe('compareVersions', () => {
  it('orders by major then minor, numerically', () => {
    expect(compareVersions('1.0', '1.0')).toBe(0);
    expect(compareVersions('1.2', '1.10')).toBeLessThan(0);
    expect(compareVersions('2.0', '1.10')).toBeGreaterThan(0);
    expect(() => compareVersions('1', '1.0')).toThrow(RangeError);
  });
});
