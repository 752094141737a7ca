import { err, type Result } from '@lienthong/kernel';
import { workflowsError, type WorkflowsError } from './errors.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { validateProcedure, type ProcedureDefinition, type ProcedureStep, type RetainedRecord } from './procedure.js';

/** A procedure file larger than this is not a procedure: refuse it before parsing. */
export const MAX_PROCEDURE_JSON_LENGTH = 1_000_000;

/**
 * Reads a procedure from its JSON text (an export of this library or a hand-written file from another locality).
 * Fails with PROCEDURE_JSON_INVALID (details line, column, reason) for malformed JSON, a repeated key or an oversized
 * file, else with the codes of `validateProcedure` (field-level paths such as `steps[1].duration.value`).
 */
export function parseProcedureJson(text: string): Result<ProcedureDefinition, WorkflowsError> {
  if (text.length > MAX_PROCEDURE_JSON_LENGTH) {
    return err(
      workflowsError('PROCEDURE_JSON_INVALID', {
        line: 1,
        column: 1,
        reason: `tệp dài quá ${MAX_PROCEDURE_JSON_LENGTH} ký tự`,
        reasonEn: `the file is longer than ${MAX_PROCEDURE_JSON_LENGTH} characters`,
      }),
    );
  }
  const syntax = findJsonSyntaxError(text);
  if (syntax) {
    return err(
      workflowsError('PROCEDURE_JSON_INVALID', {
        line: syntax.line,
        column: syntax.column,
        offset: syntax.offset,
        reason: syntax.reason,
        reasonEn: syntax.reasonEn,
      }),
    );
  }
  // The scanner accepted the text, so JSON.parse cannot throw here.
  return validateProcedure(JSON.parse(text) as unknown);
}

/** Drops undefined members so that optional fields are absent, never `null`, in the file. */
function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

function canonicalStep(step: ProcedureStep): ProcedureStep {
  return {
    id: step.id,
    name: step.name,
    responsible: defined({ role: step.responsible.role, unit: step.responsible.unit, title: step.responsible.title }),
    duration: { unit: step.duration.unit, value: step.duration.value },
    forms: [...step.forms],
    outputs: [...step.outputs],
  };
}

function canonicalRecord(record: RetainedRecord): RetainedRecord {
  return {
    name: record.name,
    keptBy: record.keptBy,
    retention:
      record.retention.kind === 'years' ? { kind: 'years', years: record.retention.years } : { kind: 'permanent' },
  };
}

/**
 * The procedure in canonical form: every object's keys in a fixed order, optional fields present only when set,
 * steps and records in their procedure order. Used by `procedureToJson` and by `diffProcedures`.
 */
export function canonicalProcedure(procedure: ProcedureDefinition): ProcedureDefinition {
  return defined({
    code: procedure.code,
    name: procedure.name,
    version: procedure.version,
    effectiveFrom: procedure.effectiveFrom,
    effectiveTo: procedure.effectiveTo,
    approvedBy: procedure.approvedBy,
    approvedOn: procedure.approvedOn,
    supersededBy: procedure.supersededBy,
    purpose: procedure.purpose,
    scope: procedure.scope,
    legalBasis: [...procedure.legalBasis],
    timeLimit: { unit: procedure.timeLimit.unit, value: procedure.timeLimit.value } as ProcedureDefinition['timeLimit'],
    hoursPerDay: procedure.hoursPerDay,
    steps: procedure.steps.map(canonicalStep),
    records: procedure.records.map(canonicalRecord),
  });
}

/**
 * The canonical JSON text of a validated procedure: keys in a fixed order, two-space indentation, UTF-8 characters
 * as they are (no \u escapes), a final newline. The same procedure always gives the same text, so files can be
 * compared and signed; `parseProcedureJson(procedureToJson(p))` gives back `p`.
 */
export function procedureToJson(procedure: ProcedureDefinition): string {
  return `${JSON.stringify(canonicalProcedure(procedure), null, 2)}\n`;
}
