export { documentsError, type DocumentsErrorCode } from './errors.js';
export { IncomingDocumentInput, prepareIncomingRegistration, type IncomingDocumentDraft } from './incoming.js';
export { vietnamDateOf } from './vietnam-date.js';

// Kinds of document, State (Decree 30/2020) and Party (HD 36-HD/VPTW), and copies.
export {
  COPY_KINDS,
  DOCUMENT_SYSTEMS,
  PARTY_DOCUMENT_KINDS,
  STATE_DOCUMENT_KINDS,
  findKindByAbbreviation,
  isCopyKind,
  type AbbreviatedKind,
  type CopyKind,
  type CopyKindCode,
  type DocumentKind,
  type DocumentSystem,
  type LegalNormativeStatus,
  type PartyCopyKind,
  type PartyDocumentKind,
  type PartyKindCode,
  type StateCopyKind,
  type StateDocumentKind,
  type StateKindCode,
  type StateTypedKind,
  type StateTypedKindCode,
} from './kinds.js';

// Number and symbol (số, ký hiệu).
export {
  formatSymbol,
  parseSymbol,
  type DocumentSymbol,
  type FormatSymbolOptions,
  type ParsedSymbol,
  type ParseSymbolOptions,
  type PartySymbol,
  type StateSymbol,
  type SymbolError,
} from './symbol.js';
export { symbolError, type SymbolErrorCode } from './symbol-errors.js';

// Registers (sổ) and gapless numbering per scope (calendar year or Party term).
export {
  REGISTER_DIRECTIONS,
  REGISTER_SIDES,
  nextNumber,
  scopeOf,
  type NumberCounter,
  type PartyTerm,
  type Register,
  type RegisterDirection,
  type RegisterSide,
} from './register.js';
export { registerError, type RegisterError, type RegisterErrorCode } from './register-errors.js';

// Metadata of Decree 30/2020 Phụ lục VI, urgency and secrecy.
export {
  IncomingMetadata,
  OutgoingMetadata,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
  type SecrecyLevel,
  type UrgencyLevel,
} from './metadata.js';

// Lifecycles of incoming and outgoing documents.
export {
  INCOMING_STATES,
  INCOMING_STATE_LABELS,
  INCOMING_TRANSITIONS,
  OUTGOING_STATES,
  OUTGOING_STATE_LABELS,
  OUTGOING_TRANSITIONS,
  incomingTransition,
  outgoingTransition,
  startIncomingLifecycle,
  startOutgoingLifecycle,
  type HistoryEntry,
  type IncomingCommand,
  type IncomingLifecycle,
  type IncomingState,
  type Lifecycle,
  type OutgoingCommand,
  type OutgoingLifecycle,
  type OutgoingState,
  type TransitionContext,
  type TransitionResult,
  type TransitionRule,
} from './lifecycle.js';

// Rules at intake and dispatch.
export {
  URGENT_REGISTRATION_LIMIT_MS,
  assertMayDispatchElectronically,
  assertMayStoreContent,
  findDuplicates,
  isWeekday,
  receiptConfirmationDue,
  registrationDelay,
  type DocumentIdentity,
  type DuplicateReason,
  type DuplicateWarning,
  type RegistrationDelay,
  type WorkingDayPredicate,
} from './rules.js';

// edXML (QCVN 102:2016): envelopes with attachments and status messages, parsed safely.
export {
  buildEdxmlEnvelope,
  edxmlDocumentIdOf,
  parseEdxmlEnvelope,
  type EdxmlAttachment,
  type EdxmlTraceHop,
  type ReceivedEdxmlEnvelope,
} from './edxml/envelope.js';
export {
  EDXML_STATUS_CODES,
  EDXML_STATUS_CODE_LIST,
  EdxmlStatus,
  buildStatusMessage,
  parseStatusMessage,
  type EdxmlStatusCode,
  type EdxmlStatusInput,
} from './edxml/status.js';
export {
  EDXML_BUSINESS_TYPES,
  EDXML_PRIORITIES,
  EdxmlAttachmentInput,
  EdxmlDocument,
  EdxmlOrgan,
  EdxmlResponseFor,
  ORGAN_ID_PATTERN,
  type EdxmlBusinessType,
  type EdxmlDocumentInput,
  type EdxmlPriority,
} from './edxml/edxml.schema.js';
export { DEFAULT_EDXML_LIMITS, type EdxmlLimits } from './edxml/safe-xml.js';
export { edxmlError, type EdxmlErrorCode } from './edxml/edxml-errors.js';

// Outgoing documents: the draft's fields, the kind check, the number series and the symbol at issue.
export {
  OutgoingDraftInput,
  OutgoingRecipientInput,
  checkOutgoingKind,
  outgoingSeriesOf,
  outgoingSymbol,
  type OutgoingSymbolParts,
  type ParsedOutgoingDraftInput,
} from './outgoing.js';
