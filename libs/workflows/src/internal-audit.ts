import type { Result } from '@lienthong/kernel';
import { z } from 'zod';
import { workflowsError, type WorkflowsError } from './errors.js';
import {
  dateOrderIssues,
  duplicateIdIssues,
  identifier,
  isoDate,
  raise,
  text,
  validateWith,
  type RuleIssue,
} from './validation.js';

/** Kinds of audit finding: nonconformity (điểm không phù hợp), observation (điểm lưu ý), opportunity for improvement. */
export const AUDIT_FINDING_TYPES = ['nonconformity', 'observation', 'opportunity'] as const;
export type AuditFindingType = (typeof AUDIT_FINDING_TYPES)[number];
export const AUDIT_FINDING_TYPE_LABELS: Readonly<Record<AuditFindingType, string>> = {
  nonconformity: 'Điểm không phù hợp',
  observation: 'Điểm lưu ý',
  opportunity: 'Cơ hội cải tiến',
};

export const AuditFinding = z.strictObject(
  {
    id: identifier('Mã phát hiện', 40),
    type: z.enum(AUDIT_FINDING_TYPES, { error: 'Loại phát hiện phải là nonconformity, observation hoặc opportunity' }),
    /** The procedure concerned, if any; it must be in the audit's scope. */
    procedureCode: identifier('Mã quy trình', 64).optional(),
    /** The ISO 9001:2015 clause, e.g. `7.5.3`. */
    clause: z
      .string({ error: 'Điều khoản phải là chuỗi ký tự' })
      .regex(/^\d+(?:\.\d+)*$/, { error: 'Điều khoản ISO 9001 phải có dạng 7.5.3' })
      .optional(),
    description: text('Nội dung phát hiện', 4000),
    /** The nonconformity record raised from this finding. */
    nonconformityId: identifier('Mã điểm không phù hợp', 40).optional(),
  },
  { error: 'Mỗi phát hiện phải có dạng { id, type, description, … }' },
);
export type AuditFinding = z.infer<typeof AuditFinding>;

export const Auditor = z.strictObject(
  { name: text('Tên đánh giá viên', 200), unitId: identifier('Đơn vị của đánh giá viên', 100) },
  { error: 'Mỗi đánh giá viên phải có dạng { name, unitId }' },
);
export type Auditor = z.infer<typeof Auditor>;

const auditShape = z.strictObject(
  {
    id: identifier('Mã cuộc đánh giá', 40),
    plannedOn: isoDate('Ngày dự kiến đánh giá'),
    startedOn: isoDate('Ngày bắt đầu đánh giá'),
    endedOn: isoDate('Ngày kết thúc đánh giá'),
    reportedOn: isoDate('Ngày báo cáo kết quả đánh giá'),
    /** Audit criteria, e.g. "TCVN ISO 9001:2015; quy trình nội bộ". */
    criteria: text('Chuẩn mực đánh giá', 1000),
    auditors: z
      .array(Auditor, { error: 'Đánh giá viên phải là một danh sách' })
      .min(1, { error: 'Cần ít nhất một đánh giá viên' }),
    auditedUnits: z
      .array(identifier('Đơn vị được đánh giá', 100), { error: 'Đơn vị được đánh giá phải là một danh sách' })
      .min(1, { error: 'Cần ít nhất một đơn vị được đánh giá' }),
    /** The procedures in the audit's scope. */
    procedureCodes: z
      .array(identifier('Mã quy trình', 64), { error: 'Phạm vi quy trình phải là một danh sách' })
      .default([]),
    findings: z.array(AuditFinding, { error: 'Các phát hiện phải là một danh sách' }).default([]),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Hồ sơ đánh giá nội bộ có trường không được hỗ trợ: ${issue.keys.join(', ')}`
        : 'Hồ sơ đánh giá nội bộ phải là một đối tượng',
  },
);

function auditRuleIssues(audit: z.output<typeof auditShape>): RuleIssue[] {
  const issues = dateOrderIssues(
    [
      { field: 'startedOn', date: audit.startedOn, label: 'bắt đầu đánh giá', labelEn: 'start' },
      { field: 'endedOn', date: audit.endedOn, label: 'kết thúc đánh giá', labelEn: 'end' },
      { field: 'reportedOn', date: audit.reportedOn, label: 'báo cáo', labelEn: 'report' },
    ],
    (field) => [field],
  );
  const audited = new Set(audit.auditedUnits);
  audit.auditors.forEach((auditor, index) => {
    if (audited.has(auditor.unitId)) {
      issues.push({
        code: 'AUDITOR_NOT_IMPARTIAL',
        details: { auditor: auditor.name, unitId: auditor.unitId },
        path: ['auditors', index],
      });
    }
  });
  issues.push(
    ...duplicateIdIssues(
      audit.findings.map((finding) => finding.id),
      'findings',
      'các phát hiện',
      (index) => ['findings', index, 'id'],
    ),
  );
  const scope = new Set(audit.procedureCodes);
  audit.findings.forEach((finding, index) => {
    if (finding.procedureCode !== undefined && !scope.has(finding.procedureCode)) {
      issues.push({
        code: 'AUDIT_FINDING_OUT_OF_SCOPE',
        details: { findingId: finding.id, procedureCode: finding.procedureCode },
        path: ['findings', index, 'procedureCode'],
      });
    }
  });
  return issues;
}

/**
 * The record of one internal audit (ISO 9001:2015 clause 9.2): when (planned, conducted, reported), against which
 * criteria, by whom, of which units and procedures, and what was found. Refinements: start ≤ end ≤ report; no auditor
 * from an audited unit (9.2.2 c: objectivity and impartiality); unique finding ids; a finding's procedure in scope.
 */
export const InternalAudit = auditShape.superRefine((audit, ctx) => raise(ctx, auditRuleIssues(audit)));
export type InternalAudit = z.output<typeof InternalAudit>;

/**
 * Validates an internal-audit record. Fails with ISO_RECORD_INVALID (shape), ISO_DATES_OUT_OF_ORDER,
 * AUDITOR_NOT_IMPARTIAL, ISO_DUPLICATE_ID or AUDIT_FINDING_OUT_OF_SCOPE.
 */
export function validateInternalAudit(input: unknown): Result<InternalAudit, WorkflowsError> {
  return validateWith(InternalAudit, input, (field, issue, issues) =>
    workflowsError('ISO_RECORD_INVALID', {
      record: 'internal audit',
      recordLabel: 'Hồ sơ đánh giá nội bộ',
      field: field || 'audit',
      issue,
      issues,
    }),
  );
}
