// One definition of "the date in Vietnam" for every library: libs/calendar's (UTC+7, whatever the process zone).
export { vietnamDateOf } from '@lienthong/calendar';
