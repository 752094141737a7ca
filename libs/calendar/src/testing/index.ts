// Builders for tests in other projects.
export { aYearSchedule, type YearScheduleBuilder } from './year-schedule.builder.js';
