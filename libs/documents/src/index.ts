export { documentsError, type DocumentsErrorCode } from './errors.js';
export {
  IncomingDocumentInput,
  prepareIncomingRegistration,
  type IncomingDocumentDraft,
} from './incoming.js';
export { vietnamDateOf } from './vietnam-date.js';
