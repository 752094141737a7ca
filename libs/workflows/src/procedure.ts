import type { Result } from '@lienthong/kernel';
import { z } from 'zod';
import { workflowsError, type WorkflowsError } from './errors.js';
import { round2 } from './time.js';
import {
  DEFAULT_HOURS_PER_DAY,
  StepDuration,
  TimeLimit,
  durationHours,
  formatDuration,
  formatDurationEn,
} from './time-limit.js';
import { identifier, isoDate, raise, text, textList, validateWith, type RuleIssue } from './validation.js';

/** `1.0`, `2.1`, `10.12`: major.minor, no leading zeros. */
export const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Who performs a step: a role (realm role such as `chuyen-vien`, `lanh-dao`), a unit, or both; `title` is shown. */
export const StepResponsible = z
  .strictObject(
    {
      role: identifier('Vai trò thực hiện', 64).optional(),
      unit: identifier('Đơn vị thực hiện', 100).optional(),
      title: text('Chức danh thực hiện', 200).optional(),
    },
    { error: 'Người thực hiện phải có dạng { role?, unit?, title? }' },
  )
  .refine((value) => value.role !== undefined || value.unit !== undefined, {
    error: 'Mỗi bước phải ghi vai trò (role) hoặc đơn vị (unit) thực hiện',
  });
export type StepResponsible = z.infer<typeof StepResponsible>;

/** One step of the step table (bước, người thực hiện, thời gian, biểu mẫu, kết quả). */
export const ProcedureStep = z.strictObject(
  {
    id: identifier('Mã bước', 40),
    name: text('Tên bước', 500),
    responsible: StepResponsible,
    duration: StepDuration,
    forms: textList('Biểu mẫu', 'Tên biểu mẫu', 50, 300).default([]),
    outputs: textList('Kết quả của bước', 'Kết quả', 50, 300).default([]),
  },
  { error: 'Mỗi bước phải là một đối tượng { id, name, responsible, duration, forms, outputs }' },
);
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/** How long a record is kept (Thông tư 10/2022/TT-BNV): permanently (vĩnh viễn) or a number of years. */
export const Retention = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('permanent') }),
    z.strictObject({
      kind: z.literal('years'),
      years: z
        .number({ error: 'Số năm lưu phải là một số' })
        .int({ error: 'Số năm lưu phải là số nguyên' })
        .min(1, { error: 'Số năm lưu ít nhất là 1' })
        .max(100, { error: 'Số năm lưu tối đa là 100' }),
    }),
  ],
  { error: 'Thời hạn lưu phải là { kind: "permanent" } hoặc { kind: "years", years }' },
);
export type Retention = z.infer<typeof Retention>;

/** A record to keep (hồ sơ cần lưu): what, who keeps it (nơi lưu), how long. Names are unique within a procedure. */
export const RetainedRecord = z.strictObject(
  {
    name: text('Tên hồ sơ cần lưu', 500),
    keptBy: text('Nơi lưu', 200),
    retention: Retention,
  },
  { error: 'Mỗi hồ sơ cần lưu phải có dạng { name, keptBy, retention }' },
);
export type RetainedRecord = z.infer<typeof RetainedRecord>;

const procedureShape = z.strictObject(
  {
    /** National TTHC code + agency (`1.004616.000.00.00.H56`) or an internal code (`QT-07`). */
    code: identifier('Mã quy trình', 64),
    name: text('Tên quy trình', 500),
    version: z.string({ error: 'Phiên bản phải là chuỗi ký tự, ví dụ "1.0"' }).trim(),
    effectiveFrom: isoDate('Ngày hiệu lực'),
    /** The last day this version is in force (inclusive); set when it is superseded or withdrawn. */
    effectiveTo: isoDate('Ngày hết hiệu lực').optional(),
    approvedBy: text('Người phê duyệt', 200),
    approvedOn: isoDate('Ngày phê duyệt'),
    supersededBy: z.string({ error: 'Phiên bản thay thế phải là chuỗi ký tự' }).trim().optional(),
    purpose: text('Mục đích', 2000).optional(),
    scope: text('Phạm vi áp dụng', 2000).optional(),
    /** Căn cứ pháp lý: the laws, decrees and decisions the procedure rests on. */
    legalBasis: textList('Căn cứ pháp lý', 'Văn bản căn cứ', 100, 500).default([]),
    timeLimit: TimeLimit,
    /** Office hours per working day when converting days and hours; 7.5 (the calendar's default) when absent. */
    hoursPerDay: z
      .number({ error: 'Số giờ làm việc một ngày phải là một số' })
      .positive({ error: 'Số giờ làm việc một ngày phải lớn hơn 0' })
      .max(24, { error: 'Một ngày có tối đa 24 giờ' })
      .optional(),
    steps: z.array(ProcedureStep, { error: 'Các bước thực hiện phải là một danh sách' }).max(200, {
      error: 'Quy trình có quá 200 bước',
    }),
    records: z
      .array(RetainedRecord, { error: 'Hồ sơ cần lưu phải là một danh sách' })
      .max(200, {
        error: 'Quy trình có quá 200 hồ sơ cần lưu',
      })
      .default([]),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Quy trình có trường không được hỗ trợ: ${issue.keys.join(', ')}`
        : 'Quy trình phải là một đối tượng JSON',
  },
);

/** Major and minor of a valid version, for ordering. */
function versionParts(version: string): [number, number] {
  const match = VERSION_PATTERN.exec(version);
  if (!match) throw new RangeError(`"${version}" is not a major.minor version`);
  return [Number(match[1]), Number(match[2])];
}

/** Orders two `major.minor` versions: negative when `a` is older. Throws RangeError on a malformed version. */
export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = versionParts(a);
  const [bMajor, bMinor] = versionParts(b);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}

type ProcedureShape = z.output<typeof procedureShape>;

/** Total working hours of the steps and of the legal limit, days converted at the procedure's hours per day. */
export function procedureHours(procedure: Pick<ProcedureShape, 'steps' | 'timeLimit' | 'hoursPerDay'>): {
  stepsHours: number;
  limitHours: number;
  hoursPerDay: number;
} {
  const hoursPerDay = procedure.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  const stepsHours = procedure.steps.reduce((sum, step) => sum + durationHours(step.duration, hoursPerDay), 0);
  return { stepsHours, limitHours: durationHours(procedure.timeLimit, hoursPerDay), hoursPerDay };
}

function procedureRuleIssues(procedure: ProcedureShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!VERSION_PATTERN.test(procedure.version)) {
    issues.push({ code: 'PROCEDURE_VERSION_INVALID', details: { version: procedure.version }, path: ['version'] });
  }
  if (procedure.approvedOn > procedure.effectiveFrom) {
    issues.push({
      code: 'PROCEDURE_DATES_OUT_OF_ORDER',
      details: {
        earlier: procedure.approvedOn,
        earlierLabel: 'phê duyệt',
        earlierLabelEn: 'approval',
        later: procedure.effectiveFrom,
        laterLabel: 'hiệu lực',
        laterLabelEn: 'effective',
      },
      path: ['effectiveFrom'],
    });
  }
  if (procedure.effectiveTo !== undefined && procedure.effectiveTo < procedure.effectiveFrom) {
    issues.push({
      code: 'PROCEDURE_DATES_OUT_OF_ORDER',
      details: {
        earlier: procedure.effectiveFrom,
        earlierLabel: 'hiệu lực',
        earlierLabelEn: 'effective',
        later: procedure.effectiveTo,
        laterLabel: 'hết hiệu lực',
        laterLabelEn: 'end',
      },
      path: ['effectiveTo'],
    });
  }
  if (procedure.supersededBy !== undefined) {
    const valid =
      VERSION_PATTERN.test(procedure.supersededBy) &&
      VERSION_PATTERN.test(procedure.version) &&
      compareVersions(procedure.supersededBy, procedure.version) > 0 &&
      procedure.effectiveTo !== undefined;
    if (!valid) {
      issues.push({
        code: 'PROCEDURE_SUPERSESSION_INVALID',
        details: { version: procedure.version, supersededBy: procedure.supersededBy },
        path: ['supersededBy'],
      });
    }
  }
  if (procedure.steps.length === 0) {
    issues.push({ code: 'PROCEDURE_NO_STEPS', details: {}, path: ['steps'] });
  }
  const stepIds = new Set<string>();
  procedure.steps.forEach((step, index) => {
    if (stepIds.has(step.id)) {
      issues.push({ code: 'PROCEDURE_DUPLICATE_STEP_ID', details: { stepId: step.id }, path: ['steps', index, 'id'] });
    }
    stepIds.add(step.id);
  });
  const recordNames = new Set<string>();
  procedure.records.forEach((record, index) => {
    const key = record.name.toLocaleLowerCase('vi');
    if (recordNames.has(key)) {
      issues.push({
        code: 'PROCEDURE_DUPLICATE_RECORD',
        details: { name: record.name },
        path: ['records', index, 'name'],
      });
    }
    recordNames.add(key);
  });
  const { stepsHours, limitHours, hoursPerDay } = procedureHours(procedure);
  // Durations have at most two decimals: a margin far below a minute absorbs binary rounding only.
  if (stepsHours > limitHours + 1e-9) {
    issues.push({
      code: 'PROCEDURE_STEPS_EXCEED_LIMIT',
      details: {
        stepsHours: round2(stepsHours),
        limitHours: round2(limitHours),
        hoursPerDay,
        limit: procedure.timeLimit,
        limitLabel: formatDuration(procedure.timeLimit),
        limitLabelEn: formatDurationEn(procedure.timeLimit),
      },
      path: ['steps'],
    });
  }
  return issues;
}

/**
 * An ISO 9001 procedure (quy trình) as a controlled document (clause 7.5): identity and version, effective period,
 * approval and supersession, legal basis, the legal time limit, the step table and the records to keep. Messages are
 * Vietnamese. Refinements (each with its catalogue code in `validateProcedure`): version `major.minor`; approval not
 * after the effective date; end not before start; supersededBy newer and with an end; at least one step; unique step
 * ids and record names; the steps fit the time limit (days converted at `hoursPerDay`, default 7.5).
 */
export const ProcedureDefinition = procedureShape.superRefine((procedure, ctx) =>
  raise(ctx, procedureRuleIssues(procedure)),
);
export type ProcedureDefinition = z.output<typeof ProcedureDefinition>;
export type ProcedureDefinitionInput = z.input<typeof ProcedureDefinition>;

/**
 * Validates a procedure (unknown input). Fails with the first problem: PROCEDURE_INVALID for a malformed shape
 * (`details.field`, `details.issue`; every zod issue in `details.issues`), else a rule code: PROCEDURE_VERSION_INVALID,
 * PROCEDURE_DATES_OUT_OF_ORDER, PROCEDURE_SUPERSESSION_INVALID, PROCEDURE_NO_STEPS, PROCEDURE_DUPLICATE_STEP_ID,
 * PROCEDURE_DUPLICATE_RECORD, PROCEDURE_STEPS_EXCEED_LIMIT (details stepsHours, limitHours, hoursPerDay, limit).
 */
export function validateProcedure(input: unknown): Result<ProcedureDefinition, WorkflowsError> {
  return validateWith(ProcedureDefinition, input, (field, issue, issues) =>
    workflowsError('PROCEDURE_INVALID', { field: field || 'procedure', issue, issues }),
  );
}
