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

/**
 * The inputs a management review must consider (ISO 9001:2015 clause 9.3.2 a–f, with c split into its seven items).
 * `process-performance` is where the on-time rate of dossiers goes.
 */
export const REVIEW_INPUT_TOPICS = [
  'previous-actions',
  'context-changes',
  'customer-satisfaction',
  'quality-objectives',
  'process-performance',
  'nonconformities',
  'monitoring-results',
  'audit-results',
  'external-providers',
  'resources',
  'risk-actions',
  'improvement-opportunities',
] as const;
export type ReviewInputTopic = (typeof REVIEW_INPUT_TOPICS)[number];
export const REVIEW_INPUT_LABELS: Readonly<Record<ReviewInputTopic, string>> = {
  'previous-actions': 'Tình hình thực hiện các hành động từ các lần xem xét trước (9.3.2 a)',
  'context-changes': 'Thay đổi của các vấn đề bên ngoài và nội bộ (9.3.2 b)',
  'customer-satisfaction': 'Sự hài lòng của người dân, tổ chức (9.3.2 c1)',
  'quality-objectives': 'Mức độ đạt được các mục tiêu chất lượng (9.3.2 c2)',
  'process-performance': 'Kết quả thực hiện quá trình, tỷ lệ hồ sơ đúng hạn (9.3.2 c3)',
  nonconformities: 'Sự không phù hợp và hành động khắc phục (9.3.2 c4)',
  'monitoring-results': 'Kết quả theo dõi và đo lường (9.3.2 c5)',
  'audit-results': 'Kết quả đánh giá (9.3.2 c6)',
  'external-providers': 'Kết quả thực hiện của nhà cung cấp bên ngoài (9.3.2 c7)',
  resources: 'Sự thỏa đáng của nguồn lực (9.3.2 d)',
  'risk-actions': 'Hiệu lực của các hành động giải quyết rủi ro và cơ hội (9.3.2 e)',
  'improvement-opportunities': 'Các cơ hội cải tiến (9.3.2 f)',
};

/** Kinds of decision a review must output (9.3.3 a–c). */
export const REVIEW_OUTPUT_KINDS = ['improvement', 'qms-change', 'resource-need'] as const;
export type ReviewOutputKind = (typeof REVIEW_OUTPUT_KINDS)[number];
export const REVIEW_OUTPUT_LABELS: Readonly<Record<ReviewOutputKind, string>> = {
  improvement: 'Cơ hội cải tiến',
  'qms-change': 'Thay đổi hệ thống quản lý chất lượng',
  'resource-need': 'Nhu cầu về nguồn lực',
};

export const ReviewOutput = z.strictObject(
  {
    id: identifier('Mã quyết định', 40),
    kind: z.enum(REVIEW_OUTPUT_KINDS, { error: 'Loại đầu ra phải là improvement, qms-change hoặc resource-need' }),
    description: text('Nội dung quyết định', 4000),
    owner: text('Người chịu trách nhiệm', 200),
    dueOn: isoDate('Thời hạn hoàn thành'),
    /** Procedures the decision changes, if any. */
    procedureCodes: z
      .array(identifier('Mã quy trình', 64), { error: 'Mã quy trình phải là một danh sách' })
      .default([]),
  },
  { error: 'Mỗi đầu ra phải có dạng { id, kind, description, owner, dueOn }' },
);
export type ReviewOutput = z.infer<typeof ReviewOutput>;

const inputText = text('Nội dung đầu vào', 8000).optional();
/** What was said on each input topic; an unknown topic is refused by name. */
const inputFields = Object.fromEntries(REVIEW_INPUT_TOPICS.map((topic) => [topic, inputText])) as Record<
  ReviewInputTopic,
  typeof inputText
>;

const reviewShape = z.strictObject(
  {
    id: identifier('Mã cuộc họp xem xét', 40),
    heldOn: isoDate('Ngày họp xem xét'),
    chairedBy: text('Người chủ trì', 200),
    attendees: z.array(text('Thành phần tham dự', 200), { error: 'Thành phần tham dự phải là một danh sách' }).min(1, {
      error: 'Cần ít nhất một người tham dự',
    }),
    /** What was said on each input topic. Every topic of REVIEW_INPUT_TOPICS must be there. */
    inputs: z.strictObject(inputFields, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Nội dung đầu vào không thuộc điều 9.3.2: ${issue.keys.join(', ')}`
          : 'Đầu vào phải là một đối tượng { chủ đề: nội dung }',
    }),
    outputs: z.array(ReviewOutput, { error: 'Đầu ra phải là một danh sách' }).default([]),
    /** The minutes (biên bản) that record the review: number and symbol or file reference. */
    minutesRef: text('Biên bản họp', 200).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Biên bản xem xét của lãnh đạo có trường không được hỗ trợ: ${issue.keys.join(', ')}`
        : 'Biên bản xem xét của lãnh đạo phải là một đối tượng',
  },
);

function reviewRuleIssues(review: z.output<typeof reviewShape>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const missing = REVIEW_INPUT_TOPICS.filter((topic) => review.inputs[topic] === undefined);
  if (missing.length > 0) {
    issues.push({
      code: 'REVIEW_INPUT_MISSING',
      details: {
        missing: missing.join(', '),
        missingLabels: missing.map((topic) => REVIEW_INPUT_LABELS[topic]).join('; '),
        topics: missing,
      },
      path: ['inputs'],
    });
  }
  review.outputs.forEach((output, index) => {
    issues.push(
      ...dateOrderIssues(
        [
          { field: 'heldOn', date: review.heldOn, label: 'họp xem xét', labelEn: 'review' },
          { field: 'dueOn', date: output.dueOn, label: 'thời hạn hoàn thành', labelEn: 'due' },
        ],
        () => ['outputs', index, 'dueOn'],
      ),
    );
  });
  issues.push(
    ...duplicateIdIssues(
      review.outputs.map((output) => output.id),
      'outputs',
      'các quyết định',
      (index) => ['outputs', index, 'id'],
    ),
  );
  return issues;
}

/**
 * The record of a management review (ISO 9001:2015 clause 9.3): when, who chaired and attended, what was considered
 * (every input of 9.3.2) and decided (9.3.3: improvements, changes, resources, each with an owner and a due date).
 * Refinements: every input topic present; no decision due before the review; unique decision ids.
 */
export const ManagementReview = reviewShape.superRefine((review, ctx) => raise(ctx, reviewRuleIssues(review)));
export type ManagementReview = z.output<typeof ManagementReview>;

/**
 * Validates a management-review record. Fails with ISO_RECORD_INVALID (shape), REVIEW_INPUT_MISSING (details.topics),
 * ISO_DATES_OUT_OF_ORDER or ISO_DUPLICATE_ID.
 */
export function validateManagementReview(input: unknown): Result<ManagementReview, WorkflowsError> {
  return validateWith(ManagementReview, input, (field, issue, issues) =>
    workflowsError('ISO_RECORD_INVALID', {
      record: 'management review',
      recordLabel: 'Biên bản xem xét của lãnh đạo',
      field: field || 'review',
      issue,
      issues,
    }),
  );
}
