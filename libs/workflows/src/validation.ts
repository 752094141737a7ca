import { err, ok, type Result } from '@lienthong/kernel';
import { z } from 'zod';
import { workflowsError, type WorkflowsError, type WorkflowsErrorCode } from './errors.js';

/** Vietnamese fallback for any zod message a schema below does not set itself. */
const VIETNAMESE = z.locales.vi();

/**
 * A rule violation found by a refinement: the catalogue code and details the validate functions turn into an error.
 * `path` locates it in the input.
 */
export type RuleIssue = {
  readonly code: WorkflowsErrorCode;
  readonly details: Record<string, unknown>;
  readonly path: readonly (string | number)[];
};

/** Raises every rule issue on the refinement context, carrying the issue as params. */
export function raise(ctx: z.core.$RefinementCtx, issues: readonly RuleIssue[]): void {
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      message: workflowsError(issue.code, issue.details).messageVi,
      path: [...issue.path],
      params: { rule: issue },
    });
  }
}

/** `steps[1].duration.value`: the path of an issue as a reader writes it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

export type IssueSummary = { readonly path: string; readonly message: string };

function ruleOf(issue: z.core.$ZodIssue): RuleIssue | null {
  if (issue.code !== 'custom') return null;
  const params = (issue as z.core.$ZodIssueCustom).params as { rule?: RuleIssue } | undefined;
  return params?.rule ?? null;
}

/**
 * Parses `input` with `schema` and returns the value, or the first problem as a catalogue error: a malformed shape
 * first (`invalid(field, issue, issues)`), since a rule checked on half-parsed data may be beside the point; then the
 * first rule issue with its own code. Every issue is in `details.issues` (path and Vietnamese message).
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  invalid: (field: string, issue: string, issues: IssueSummary[]) => WorkflowsError,
): Result<z.output<S>, WorkflowsError> {
  const parsed = schema.safeParse(input, { error: VIETNAMESE.localeError });
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const shape = parsed.error.issues.find((issue) => ruleOf(issue) === null);
  if (shape) return err(invalid(formatPath(shape.path), shape.message, issues));
  const rule = ruleOf(parsed.error.issues[0] as z.core.$ZodIssue) as RuleIssue;
  return err(workflowsError(rule.code, { ...rule.details, path: formatPath(rule.path), issues }));
}

/** Collapses runs of white space and trims: text pasted from Word and PDFs. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} không được để trống` })
        .max(max, { error: `${label} dài quá ${max} ký tự` }),
    );

/** A `YYYY-MM-DD` calendar date (the day as printed on a Vietnamese calendar), with a Vietnamese message. */
export const isoDate = (label: string) => z.iso.date({ error: `${label} phải là một ngày có thật, dạng YYYY-MM-DD` });

/** An identifier chosen by people (`B1`, `tiep-nhan`, `NC-2026-03`): letters, digits, dot, dash, underscore. */
export const identifier = (label: string, max = 64) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .min(1, { error: `${label} không được để trống` })
    .max(max, { error: `${label} dài quá ${max} ký tự` })
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, {
      error: `${label} chỉ gồm chữ, số và các dấu . _ / -, bắt đầu bằng chữ hoặc số`,
    });

/** A list of short texts (forms, outputs, legal basis), each cleaned like `text`. */
export const textList = (label: string, itemLabel: string, maxItems: number, maxLength: number) =>
  z
    .array(text(itemLabel, maxLength), { error: `${label} phải là một danh sách` })
    .max(maxItems, { error: `${label} có quá ${maxItems} mục` });

export type Dated = { readonly field: string; readonly date: string; readonly label: string; readonly labelEn: string };

/** Date-order issues for a chain of dates that must not go backwards. */
export function dateOrderIssues(chain: readonly Dated[], pathOf: (field: string) => (string | number)[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (let index = 1; index < chain.length; index += 1) {
    const earlier = chain[index - 1] as Dated;
    const later = chain[index] as Dated;
    if (later.date < earlier.date) {
      issues.push({
        code: 'ISO_DATES_OUT_OF_ORDER',
        details: {
          earlier: earlier.date,
          earlierLabel: earlier.label,
          earlierLabelEn: earlier.labelEn,
          later: later.date,
          laterLabel: later.label,
          laterLabelEn: later.labelEn,
        },
        path: pathOf(later.field),
      });
    }
  }
  return issues;
}

/** Ids repeated in a list. */
export function duplicateIdIssues(
  ids: readonly string[],
  list: string,
  listLabel: string,
  pathOf: (index: number) => (string | number)[],
): RuleIssue[] {
  const seen = new Set<string>();
  const issues: RuleIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) issues.push({ code: 'ISO_DUPLICATE_ID', details: { id, list, listLabel }, path: pathOf(index) });
    seen.add(id);
  });
  return issues;
}
