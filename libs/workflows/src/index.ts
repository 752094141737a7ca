export { workflowsError, type WorkflowsError, type WorkflowsErrorCode } from './errors.js';

// Time limits and step durations, in working days or working hours.
export {
  DEFAULT_HOURS_PER_DAY,
  StepDuration,
  TimeLimit,
  WORKING_UNITS,
  WORKING_UNIT_LABELS,
  durationHours,
  formatDuration,
  type WorkingUnit,
} from './time-limit.js';

// ISO 9001 procedures (quy trình) as controlled documents (clause 7.5): schema, validation, JSON, diff, versions.
export {
  ProcedureDefinition,
  ProcedureStep,
  RetainedRecord,
  Retention,
  StepResponsible,
  VERSION_PATTERN,
  compareVersions,
  procedureHours,
  validateProcedure,
  type ProcedureDefinitionInput,
} from './procedure.js';
export {
  MAX_PROCEDURE_JSON_LENGTH,
  canonicalProcedure,
  parseProcedureJson,
  procedureToJson,
} from './procedure-json.js';
export {
  diffProcedures,
  type FieldChange,
  type ProcedureDiff,
  type RecordChange,
  type StepChange,
} from './procedure-diff.js';
export { checkVersionSet, effectiveVersionOn, isInForce, makeEffective } from './procedure-versions.js';

// ISO 9001 records: internal audit (9.2), management review (9.3), nonconformity and corrective action (10.2).
export {
  AUDIT_FINDING_TYPES,
  AUDIT_FINDING_TYPE_LABELS,
  AuditFinding,
  Auditor,
  InternalAudit,
  validateInternalAudit,
  type AuditFindingType,
} from './internal-audit.js';
export {
  ManagementReview,
  REVIEW_INPUT_LABELS,
  REVIEW_INPUT_TOPICS,
  REVIEW_OUTPUT_KINDS,
  REVIEW_OUTPUT_LABELS,
  ReviewOutput,
  validateManagementReview,
  type ReviewInputTopic,
  type ReviewOutputKind,
} from './management-review.js';
export {
  ActionVerification,
  CorrectiveAction,
  NONCONFORMITY_SOURCES,
  NONCONFORMITY_SOURCE_LABELS,
  Nonconformity,
  addCorrectiveAction,
  closeNonconformity,
  completeCorrectiveAction,
  validateNonconformity,
  verifyCorrectiveAction,
  type ClosedNonconformity,
  type NonconformitySource,
  type OpenNonconformity,
} from './nonconformity.js';

// Dossiers (hồ sơ thủ tục hành chính): appointment, code, step deadlines, clock, lifecycle, apology, on-time.
export {
  DEFAULT_CUTOFF,
  appointmentDate,
  stepDeadlines,
  type Appointment,
  type AppointmentOptions,
  type DueDate,
  type StepDeadline,
  type StepDeadlineOptions,
} from './appointment.js';
export {
  DOSSIER_ORGAN_ID_PATTERN,
  MAX_DOSSIER_SEQUENCE,
  dossierCode,
  parseDossierCode,
  type DossierCodeParts,
} from './dossier-code.js';
export {
  dueWithPauses,
  isClockPaused,
  pauseClock,
  pausedWorkingHours,
  resumeClock,
  startClock,
  type ClockOptions,
  type ClockPause,
  type DossierClock,
  type DueWithPauses,
} from './clock.js';
export {
  DOSSIER_STATES,
  DOSSIER_STATE_LABELS,
  DOSSIER_TRANSITIONS,
  FINAL_DOSSIER_STATES,
  dossierTransition,
  nextStep,
  receiveDossier,
  type ApologyLetter,
  type CompletedStep,
  type Dossier,
  type DossierActor,
  type DossierCommand,
  type DossierCommandName,
  type DossierContext,
  type DossierHistoryEntry,
  type DossierState,
  type DossierTransitionResult,
  type DossierTransitionRule,
  type ReceiveDossierInput,
} from './dossier.js';
export { currentAppointment, issueApologyLetter, type ApologyInput } from './apology.js';
export {
  COMPLETION_CLASSES,
  COMPLETION_CLASS_LABELS,
  classifyCompletion,
  classifyDossier,
  type CompletionClass,
} from './classification.js';
export {
  onTimeRecordOf,
  onTimeReport,
  type DossierOutcome,
  type OnTimeCounts,
  type OnTimeGroupBy,
  type OnTimeRecord,
  type OnTimeReport,
  type OnTimeReportOptions,
} from './report.js';
export { hoursPerOfficeDay } from './time.js';
