export { ok, err, mapResult, andThen, combine, type Ok, type Err, type Result } from './result.js';
export {
  DomainError,
  DOMAIN_ERROR_KINDS,
  defineErrors,
  isDomainError,
  type DomainErrorKind,
  type ErrorDescriptor,
  type ErrorDetails,
} from './domain-error.js';
export { systemClock, fixedClock, manualClock, type Clock, type ManualClock } from './clock.js';
export { createIdGenerator, sequentialIdGenerator, isUuidV7, type IdGenerator } from './id.js';
export {
  defineEvent,
  EVENT_TOPICS,
  type EventDefinition,
  type EventPayload,
  type EventTopic,
} from './event.js';
