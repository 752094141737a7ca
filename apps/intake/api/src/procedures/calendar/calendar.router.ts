import { router } from '../../trpc.js';
import { listSchedules } from './list-schedules.js';
import { previewAppointment } from './preview-appointment.js';
import { setSchedule } from './set-schedule.js';

/** The working-day calendar (lịch làm việc) deadlines are counted by: years' schedules, and an appointment preview. */
export const calendarRouter = router({ schedules: listSchedules, setSchedule, preview: previewAppointment });
