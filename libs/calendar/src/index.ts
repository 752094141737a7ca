export { calendarError, type CalendarErrorCode } from './errors.js';
