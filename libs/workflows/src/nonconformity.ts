import type { IsoDate } from '@lienthong/calendar';
import { err, ok, type Result } from '@lienthong/kernel';
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

/** Where a nonconformity was detected. */
export const NONCONFORMITY_SOURCES = [
  'internal-audit',
  'management-review',
  'dossier',
  'complaint',
  'monitoring',
  'other',
] as const;
export type NonconformitySource = (typeof NONCONFORMITY_SOURCES)[number];
export const NONCONFORMITY_SOURCE_LABELS: Readonly<Record<NonconformitySource, string>> = {
  'internal-audit': 'Đánh giá nội bộ',
  'management-review': 'Xem xét của lãnh đạo',
  dossier: 'Hồ sơ thủ tục hành chính',
  complaint: 'Phản ánh, kiến nghị',
  monitoring: 'Theo dõi, đo lường',
  other: 'Nguồn khác',
};

/** Checking an action's effect (10.2.1 d): who, when, and whether it removed the cause. */
export const ActionVerification = z.strictObject(
  {
    on: isoDate('Ngày kiểm tra xác nhận'),
    by: text('Người kiểm tra xác nhận', 200),
    effective: z.boolean({ error: 'Kết quả kiểm tra phải là true (có hiệu lực) hoặc false' }),
    note: text('Ghi chú kiểm tra', 2000).optional(),
  },
  { error: 'Kiểm tra xác nhận phải có dạng { on, by, effective }' },
);
export type ActionVerification = z.infer<typeof ActionVerification>;

/** A corrective action (hành động khắc phục): what, who, by when, when done, and its verification. */
export const CorrectiveAction = z.strictObject(
  {
    id: identifier('Mã hành động khắc phục', 40),
    description: text('Nội dung hành động khắc phục', 4000),
    owner: text('Người thực hiện', 200),
    dueOn: isoDate('Thời hạn hoàn thành'),
    doneOn: isoDate('Ngày hoàn thành').optional(),
    verification: ActionVerification.optional(),
  },
  { error: 'Mỗi hành động khắc phục phải có dạng { id, description, owner, dueOn }' },
);
export type CorrectiveAction = z.infer<typeof CorrectiveAction>;

const strictError = (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys'
    ? `Điểm không phù hợp có trường không được hỗ trợ: ${(issue as { keys?: string[] }).keys?.join(', ') ?? ''}`
    : 'Điểm không phù hợp phải là một đối tượng';

const nonconformityFields = {
  id: identifier('Mã điểm không phù hợp', 40),
  detectedOn: isoDate('Ngày phát hiện'),
  source: z.enum(NONCONFORMITY_SOURCES, { error: 'Nguồn phát hiện không hợp lệ' }),
  /** The audit, review or dossier it came from (audit id, dossier code…). */
  sourceRef: text('Nguồn tham chiếu', 200).optional(),
  procedureCode: identifier('Mã quy trình', 64),
  procedureVersion: z
    .string({ error: 'Phiên bản quy trình phải là chuỗi ký tự' })
    .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)$/, { error: 'Phiên bản quy trình phải có dạng 1.0' })
    .optional(),
  clause: z
    .string({ error: 'Điều khoản phải là chuỗi ký tự' })
    .regex(/^\d+(?:\.\d+)*$/, { error: 'Điều khoản ISO 9001 phải có dạng 8.5.1' })
    .optional(),
  description: text('Mô tả điểm không phù hợp', 4000),
  /** Immediate correction (10.2.1 a), before the cause is removed. */
  correction: text('Hành động khắc phục tức thời', 4000).optional(),
  /** Root cause (10.2.1 b). */
  rootCause: text('Nguyên nhân', 4000).optional(),
  correctiveActions: z.array(CorrectiveAction, { error: 'Hành động khắc phục phải là một danh sách' }).default([]),
};

const nonconformityShape = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ ...nonconformityFields, status: z.literal('open') }, { error: strictError }),
    z.strictObject(
      {
        ...nonconformityFields,
        status: z.literal('closed'),
        closedOn: isoDate('Ngày đóng'),
        closedBy: text('Người đóng', 200),
      },
      { error: strictError },
    ),
  ],
  { error: 'Trạng thái (status) phải là open hoặc closed' },
);
type NonconformityShape = z.output<typeof nonconformityShape>;

function isSettled(action: CorrectiveAction): boolean {
  return action.doneOn !== undefined && action.verification !== undefined;
}

/** Why a nonconformity may not be closed on `closedOn`, or nothing (10.2: actions done, verified, one effective). */
function closingIssues(
  nc: { id: string; correctiveActions: readonly CorrectiveAction[] },
  closedOn: IsoDate,
): RuleIssue[] {
  if (nc.correctiveActions.length === 0)
    return [{ code: 'NONCONFORMITY_NO_ACTION', details: { id: nc.id }, path: ['correctiveActions'] }];
  const open = nc.correctiveActions.filter((action) => !isSettled(action)).map((action) => action.id);
  if (open.length > 0) {
    return [
      {
        code: 'NONCONFORMITY_ACTIONS_OPEN',
        details: { id: nc.id, actions: open.join(', '), actionIds: open },
        path: ['correctiveActions'],
      },
    ];
  }
  if (!nc.correctiveActions.some((action) => action.verification?.effective === true)) {
    return [{ code: 'NONCONFORMITY_NOT_EFFECTIVE', details: { id: nc.id }, path: ['correctiveActions'] }];
  }
  const closed = { field: 'closedOn', date: closedOn, label: 'đóng', labelEn: 'closing' };
  return nc.correctiveActions.flatMap((action) =>
    dateOrderIssues(
      [
        {
          field: 'verification',
          date: (action.verification as ActionVerification).on,
          label: 'kiểm tra xác nhận',
          labelEn: 'verification',
        },
        closed,
      ],
      () => ['closedOn'],
    ),
  );
}

function nonconformityRuleIssues(nc: NonconformityShape): RuleIssue[] {
  const issues = duplicateIdIssues(
    nc.correctiveActions.map((action) => action.id),
    'correctiveActions',
    'các hành động khắc phục',
    (index) => ['correctiveActions', index, 'id'],
  );
  const detected = { field: 'detectedOn', date: nc.detectedOn, label: 'phát hiện', labelEn: 'detection' };
  nc.correctiveActions.forEach((action, index) => {
    const path = (field: string) => [
      'correctiveActions',
      index,
      ...(field === 'verification' ? ['verification', 'on'] : [field]),
    ];
    issues.push(
      ...dateOrderIssues([detected, { field: 'dueOn', date: action.dueOn, label: 'thời hạn', labelEn: 'due' }], path),
    );
    if (action.doneOn !== undefined) {
      issues.push(
        ...dateOrderIssues(
          [detected, { field: 'doneOn', date: action.doneOn, label: 'hoàn thành', labelEn: 'done' }],
          path,
        ),
      );
    }
    if (action.verification !== undefined) {
      if (action.doneOn === undefined) {
        issues.push({
          code: 'CORRECTIVE_ACTION_NOT_DONE',
          details: { actionId: action.id },
          path: path('verification'),
        });
      } else {
        issues.push(
          ...dateOrderIssues(
            [
              { field: 'doneOn', date: action.doneOn, label: 'hoàn thành', labelEn: 'done' },
              {
                field: 'verification',
                date: action.verification.on,
                label: 'kiểm tra xác nhận',
                labelEn: 'verification',
              },
            ],
            path,
          ),
        );
      }
    }
  });
  if (nc.status === 'closed') issues.push(...closingIssues(nc, nc.closedOn));
  return issues;
}

/**
 * A nonconformity (điểm không phù hợp, ISO 9001:2015 clause 10.2) linked to the procedure (and version) it concerns:
 * where it was found, the immediate correction, the root cause, the corrective actions and, once closed, when and by
 * whom. Refinements: unique action ids; no action due, done or verified before detection, no verification before the
 * action was done (CORRECTIVE_ACTION_NOT_DONE); a closed record has at least one action, all done and verified, one
 * verified effective, and closes on or after the last verification.
 */
export const Nonconformity = nonconformityShape.superRefine((nc, ctx) => raise(ctx, nonconformityRuleIssues(nc)));
export type Nonconformity = z.output<typeof Nonconformity>;
export type OpenNonconformity = Extract<Nonconformity, { status: 'open' }>;
export type ClosedNonconformity = Extract<Nonconformity, { status: 'closed' }>;

/**
 * Validates a nonconformity record. Fails with ISO_RECORD_INVALID (shape), ISO_DUPLICATE_ID, ISO_DATES_OUT_OF_ORDER,
 * CORRECTIVE_ACTION_NOT_DONE, NONCONFORMITY_NO_ACTION, NONCONFORMITY_ACTIONS_OPEN or NONCONFORMITY_NOT_EFFECTIVE.
 */
export function validateNonconformity(input: unknown): Result<Nonconformity, WorkflowsError> {
  return validateWith(Nonconformity, input, (field, issue, issues) =>
    workflowsError('ISO_RECORD_INVALID', {
      record: 'nonconformity',
      recordLabel: 'Điểm không phù hợp',
      field: field || 'nonconformity',
      issue,
      issues,
    }),
  );
}

/** Re-validates a changed record, so that every operation keeps every rule. */
function revalidate(nc: Nonconformity): Result<Nonconformity, WorkflowsError> {
  return validateNonconformity(nc);
}

function openOnly(nc: Nonconformity): Result<OpenNonconformity, WorkflowsError> {
  return nc.status === 'closed' ? err(workflowsError('NONCONFORMITY_CLOSED', { id: nc.id })) : ok(nc);
}

function findAction(nc: OpenNonconformity, actionId: string): Result<CorrectiveAction, WorkflowsError> {
  const action = nc.correctiveActions.find((candidate) => candidate.id === actionId);
  return action ? ok(action) : err(workflowsError('CORRECTIVE_ACTION_UNKNOWN', { actionId }));
}

function replaceAction(nc: OpenNonconformity, action: CorrectiveAction): OpenNonconformity {
  return {
    ...nc,
    correctiveActions: nc.correctiveActions.map((candidate) => (candidate.id === action.id ? action : candidate)),
  };
}

/** Adds a corrective action to an open nonconformity. NONCONFORMITY_CLOSED, or any rule of `Nonconformity`. */
export function addCorrectiveAction(
  nc: Nonconformity,
  action: z.input<typeof CorrectiveAction>,
): Result<Nonconformity, WorkflowsError> {
  const open = openOnly(nc);
  if (!open.ok) return open;
  return revalidate({
    ...open.value,
    correctiveActions: [...open.value.correctiveActions, action as CorrectiveAction],
  });
}

/**
 * Records that an action was carried out on `doneOn`. NONCONFORMITY_CLOSED, CORRECTIVE_ACTION_UNKNOWN,
 * CORRECTIVE_ACTION_ALREADY_DONE, or ISO_DATES_OUT_OF_ORDER (done before detection).
 */
export function completeCorrectiveAction(
  nc: Nonconformity,
  actionId: string,
  doneOn: IsoDate,
): Result<Nonconformity, WorkflowsError> {
  const open = openOnly(nc);
  if (!open.ok) return open;
  const action = findAction(open.value, actionId);
  if (!action.ok) return action;
  if (action.value.doneOn !== undefined) {
    return err(workflowsError('CORRECTIVE_ACTION_ALREADY_DONE', { actionId, state: 'hoàn thành', stateEn: 'done' }));
  }
  return revalidate(replaceAction(open.value, { ...action.value, doneOn }));
}

/**
 * Records the check of an action's effect (10.2.1 d). NONCONFORMITY_CLOSED, CORRECTIVE_ACTION_UNKNOWN,
 * CORRECTIVE_ACTION_NOT_DONE, CORRECTIVE_ACTION_ALREADY_DONE (verified already), ISO_DATES_OUT_OF_ORDER. An action
 * found not effective stays on record; add another action and verify that one.
 */
export function verifyCorrectiveAction(
  nc: Nonconformity,
  actionId: string,
  verification: z.input<typeof ActionVerification>,
): Result<Nonconformity, WorkflowsError> {
  const open = openOnly(nc);
  if (!open.ok) return open;
  const action = findAction(open.value, actionId);
  if (!action.ok) return action;
  if (action.value.doneOn === undefined) return err(workflowsError('CORRECTIVE_ACTION_NOT_DONE', { actionId }));
  if (action.value.verification !== undefined) {
    return err(
      workflowsError('CORRECTIVE_ACTION_ALREADY_DONE', { actionId, state: 'kiểm tra xác nhận', stateEn: 'verified' }),
    );
  }
  return revalidate(replaceAction(open.value, { ...action.value, verification: verification as ActionVerification }));
}

/**
 * Closes a nonconformity on `on` by `by`: only when it has corrective actions, all done and verified, at least one
 * verified effective, and `on` is not before the last verification. NONCONFORMITY_CLOSED, NONCONFORMITY_NO_ACTION,
 * NONCONFORMITY_ACTIONS_OPEN (details.actionIds), NONCONFORMITY_NOT_EFFECTIVE, ISO_DATES_OUT_OF_ORDER.
 */
export function closeNonconformity(
  nc: Nonconformity,
  closing: { readonly on: IsoDate; readonly by: string },
): Result<Nonconformity, WorkflowsError> {
  const open = openOnly(nc);
  if (!open.ok) return open;
  return revalidate({ ...open.value, status: 'closed', closedOn: closing.on, closedBy: closing.by });
}
