import type { ProcedureDefinition, ProcedureStep, RetainedRecord } from './procedure.js';
import { canonicalProcedure } from './procedure-json.js';

/** One changed field; an absent optional field is `null`. */
export type FieldChange = { readonly field: string; readonly before: unknown; readonly after: unknown };

export type StepChange = { readonly id: string; readonly name: string; readonly fields: readonly FieldChange[] };
export type RecordChange = { readonly name: string; readonly fields: readonly FieldChange[] };

/** What changed from one version of a procedure to another, for the portal to show. */
export type ProcedureDiff = {
  /** Fields of the procedure itself (code, name, version, dates, approval, legal basis, time limit…), in file order. */
  readonly fields: readonly FieldChange[];
  readonly steps: {
    readonly added: readonly ProcedureStep[];
    readonly removed: readonly ProcedureStep[];
    /** Steps present in both (same id) whose fields differ. */
    readonly changed: readonly StepChange[];
    /** True when the steps present in both are in a different order. */
    readonly reordered: boolean;
  };
  readonly records: {
    readonly added: readonly RetainedRecord[];
    readonly removed: readonly RetainedRecord[];
    /** Records present in both (same name, ignoring case) whose spelling, place or retention differ. */
    readonly changed: readonly RecordChange[];
  };
  /** True when nothing at all differs. */
  readonly identical: boolean;
};

const STEP_FIELDS = ['name', 'responsible', 'duration', 'forms', 'outputs'] as const;
const RECORD_FIELDS = ['name', 'keptBy', 'retention'] as const;
const PROCEDURE_FIELDS = [
  'code',
  'name',
  'version',
  'effectiveFrom',
  'effectiveTo',
  'approvedBy',
  'approvedOn',
  'supersededBy',
  'purpose',
  'scope',
  'legalBasis',
  'timeLimit',
  'hoursPerDay',
] as const;

// Values come from canonical forms, whose keys are in a fixed order, so equal values have equal JSON.
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function changes<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/**
 * Compares two versions of a procedure (usually the one in force and its proposed successor): changed fields, steps
 * added, removed or changed (matched by id, with the changed step fields), steps reordered, records added, removed or
 * changed (matched by name, case-insensitively). Pure: neither input is modified.
 */
export function diffProcedures(a: ProcedureDefinition, b: ProcedureDefinition): ProcedureDiff {
  const before = canonicalProcedure(a);
  const after = canonicalProcedure(b);
  const fields = changes(before, after, PROCEDURE_FIELDS);

  const beforeSteps = new Map(before.steps.map((step) => [step.id, step]));
  const afterSteps = new Map(after.steps.map((step) => [step.id, step]));
  const added = after.steps.filter((step) => !beforeSteps.has(step.id));
  const removed = before.steps.filter((step) => !afterSteps.has(step.id));
  const changed: StepChange[] = [];
  for (const step of after.steps) {
    const old = beforeSteps.get(step.id);
    if (!old) continue;
    const stepFields = changes(old, step, STEP_FIELDS);
    if (stepFields.length > 0) changed.push({ id: step.id, name: step.name, fields: stepFields });
  }
  const commonBefore = before.steps.filter((step) => afterSteps.has(step.id)).map((step) => step.id);
  const commonAfter = after.steps.filter((step) => beforeSteps.has(step.id)).map((step) => step.id);
  const reordered = commonBefore.some((id, index) => commonAfter[index] !== id);

  const key = (record: RetainedRecord) => record.name.toLocaleLowerCase('vi');
  const beforeRecords = new Map(before.records.map((record) => [key(record), record]));
  const afterRecords = new Map(after.records.map((record) => [key(record), record]));
  const recordsAdded = after.records.filter((record) => !beforeRecords.has(key(record)));
  const recordsRemoved = before.records.filter((record) => !afterRecords.has(key(record)));
  const recordsChanged: RecordChange[] = [];
  for (const record of after.records) {
    const old = beforeRecords.get(key(record));
    if (!old) continue;
    const recordFields = changes(old, record, RECORD_FIELDS);
    if (recordFields.length > 0) recordsChanged.push({ name: record.name, fields: recordFields });
  }

  const identical =
    fields.length === 0 &&
    added.length === 0 &&
    removed.length === 0 &&
    changed.length === 0 &&
    !reordered &&
    recordsAdded.length === 0 &&
    recordsRemoved.length === 0 &&
    recordsChanged.length === 0;
  return {
    fields,
    steps: { added, removed, changed, reordered },
    records: { added: recordsAdded, removed: recordsRemoved, changed: recordsChanged },
    identical,
  };
}
