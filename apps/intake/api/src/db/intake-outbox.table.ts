import { outboxTable } from '@lienthong/events';
import { intakeSchema } from './intake-schema.js';

/** Events this service publishes, written in the same transaction as the change they announce (design §5). */
export const intakeOutbox = outboxTable(intakeSchema);
