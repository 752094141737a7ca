// The tables of the `routing` service, re-exported for drizzle-kit and the procedures. One file per table.
export { routingSchema } from './routing-schema.js';
export { queueItems } from './queue-item.table.js';
export { routingInbox } from './routing-inbox.table.js';
export { dossiers } from './dossier.table.js';
export { calendarSchedules } from './calendar-schedule.table.js';
export { procedureSnapshots } from './procedure-snapshot.table.js';
