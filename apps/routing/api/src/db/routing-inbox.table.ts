import { inboxTable } from '@lienthong/events';
import { routingSchema } from './routing-schema.js';

/** Events this service has applied, per consumer group: a redelivered event is skipped (design §5). */
export const routingInbox = inboxTable(routingSchema);
