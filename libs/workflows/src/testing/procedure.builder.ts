import type { IsoDate } from '@lienthong/calendar';
import type { ProcedureDefinition, ProcedureStep, RetainedRecord } from '../procedure.js';
import type { StepDuration, TimeLimit } from '../time-limit.js';

export type ProcedureBuilder = {
  withCode(code: string): ProcedureBuilder;
  withName(name: string): ProcedureBuilder;
  withVersion(version: string): ProcedureBuilder;
  effectiveFrom(date: IsoDate): ProcedureBuilder;
  approved(by: string, on: IsoDate): ProcedureBuilder;
  withTimeLimit(limit: TimeLimit): ProcedureBuilder;
  withHoursPerDay(hours: number): ProcedureBuilder;
  /** Replaces the steps; `aProcedure()` starts with three steps of 1 working day each. */
  withSteps(steps: readonly ProcedureStep[]): ProcedureBuilder;
  withStep(step: Partial<ProcedureStep> & { id: string; duration: StepDuration }): ProcedureBuilder;
  withRecord(record: RetainedRecord): ProcedureBuilder;
  withLegalBasis(...documents: string[]): ProcedureBuilder;
  /** A fresh deep copy each time: editing one built procedure never changes another. */
  build(): ProcedureDefinition;
};

/**
 * Builds a valid procedure for tests: a commune-level procedure of 3 working days with three steps (reception by the
 * clerk, appraisal by the specialist, signature by the leader) and one record to keep.
 * `aProcedure().withVersion('2.0').withTimeLimit({ unit: 'working-days', value: 5 }).build()`.
 */
export function aProcedure(): ProcedureBuilder {
  let procedure: ProcedureDefinition = {
    code: '1.001193.000.00.00.H56',
    name: 'Đăng ký khai sinh',
    version: '1.0',
    effectiveFrom: '2026-01-01',
    approvedBy: 'Chủ tịch UBND xã Hoằng Hóa',
    approvedOn: '2025-12-20',
    legalBasis: ['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'],
    timeLimit: { unit: 'working-days', value: 3 },
    steps: [
      {
        id: 'tiep-nhan',
        name: 'Tiếp nhận, kiểm tra hồ sơ',
        responsible: { role: 'van-thu', title: 'Công chức Bộ phận một cửa' },
        duration: { unit: 'working-days', value: 1 },
        forms: ['Giấy tiếp nhận hồ sơ và hẹn trả kết quả'],
        outputs: ['Hồ sơ đã tiếp nhận'],
      },
      {
        id: 'tham-dinh',
        name: 'Thẩm định hồ sơ, trình ký',
        responsible: { role: 'chuyen-vien', title: 'Công chức Tư pháp - Hộ tịch' },
        duration: { unit: 'working-days', value: 1 },
        forms: [],
        outputs: ['Tờ trình'],
      },
      {
        id: 'ky-duyet',
        name: 'Ký duyệt kết quả',
        responsible: { role: 'lanh-dao', title: 'Chủ tịch UBND xã' },
        duration: { unit: 'working-days', value: 1 },
        forms: [],
        outputs: ['Giấy khai sinh'],
      },
    ],
    records: [
      { name: 'Hồ sơ đăng ký khai sinh', keptBy: 'Bộ phận Tư pháp - Hộ tịch', retention: { kind: 'permanent' } },
    ],
  };
  const builder: ProcedureBuilder = {
    withCode(code) {
      procedure = { ...procedure, code };
      return builder;
    },
    withName(name) {
      procedure = { ...procedure, name };
      return builder;
    },
    withVersion(version) {
      procedure = { ...procedure, version };
      return builder;
    },
    effectiveFrom(date) {
      procedure = { ...procedure, effectiveFrom: date };
      return builder;
    },
    approved(by, on) {
      procedure = { ...procedure, approvedBy: by, approvedOn: on };
      return builder;
    },
    withTimeLimit(limit) {
      procedure = { ...procedure, timeLimit: limit };
      return builder;
    },
    withHoursPerDay(hours) {
      procedure = { ...procedure, hoursPerDay: hours };
      return builder;
    },
    withSteps(steps) {
      procedure = { ...procedure, steps: [...steps] };
      return builder;
    },
    withStep(step) {
      const full: ProcedureStep = {
        name: `Bước ${step.id}`,
        responsible: { role: 'chuyen-vien' },
        forms: [],
        outputs: [],
        ...step,
      };
      procedure = { ...procedure, steps: [...procedure.steps, full] };
      return builder;
    },
    withRecord(record) {
      procedure = { ...procedure, records: [...procedure.records, record] };
      return builder;
    },
    withLegalBasis(...documents) {
      procedure = { ...procedure, legalBasis: [...documents] };
      return builder;
    },
    build() {
      return structuredClone(procedure);
    },
  };
  return builder;
}
