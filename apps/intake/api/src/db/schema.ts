// The tables of the `intake` service, re-exported for drizzle-kit and the procedures. One file per table.
export { intakeSchema } from './intake-schema.js';
export { incomingDocuments } from './incoming-document.table.js';
export { orgUnits } from './org-unit.table.js';
export { intakeOutbox } from './intake-outbox.table.js';
export { registers } from './register.table.js';
export { registerCounters } from './register-counter.table.js';
export { incomingFiles } from './incoming-file.table.js';
export { uploads } from './upload.table.js';
export { documentHistory } from './document-history.table.js';
export { ocrJobs } from './ocr-job.table.js';
export { outgoingDocuments } from './outgoing-document.table.js';
export { outgoingFiles } from './outgoing-file.table.js';
export { consultationRounds } from './consultation-round.table.js';
export { consultationComments } from './consultation-comment.table.js';
export { partyTerms } from './party-term.table.js';
