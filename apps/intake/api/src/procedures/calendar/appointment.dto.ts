import { WORKING_UNITS, type Appointment } from '@lienthong/workflows';
import { z } from 'zod';
import { DOSSIER_CUTOFF } from './business-calendar.js';

/** An appointment (ngày hẹn trả kết quả) as libs/workflows' `appointmentDate` computes it. */
export const AppointmentDto = z.object({
  /** Counted in working days (the instant is the close of office that day) or in working hours. */
  basis: z.enum(WORKING_UNITS),
  /** The appointment day (Vietnam) and the instant it ends. */
  date: z.string(),
  instant: z.date(),
  /** The day of receipt, and the day it counts from (the next working day after the cut-off or on a day off). */
  receivedOn: z.string(),
  countedFrom: z.string(),
  /** When the clock starts: the receipt, or the opening of `countedFrom`. */
  startAt: z.date(),
  /** Received after the cut-off (15:00) or on a day off. */
  deferred: z.boolean(),
  /** The cut-off applied. */
  cutoff: z.string(),
});
export type AppointmentDto = z.infer<typeof AppointmentDto>;

export function toAppointmentDto(appointment: Appointment): AppointmentDto {
  return {
    basis: appointment.basis,
    date: appointment.date,
    instant: appointment.instant,
    receivedOn: appointment.receivedOn,
    countedFrom: appointment.countedFrom,
    startAt: appointment.startAt,
    deferred: appointment.deferred,
    cutoff: DOSSIER_CUTOFF,
  };
}
