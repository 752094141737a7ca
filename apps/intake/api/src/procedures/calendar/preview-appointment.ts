import { TimeLimit, appointmentDate } from '@lienthong/workflows';
import { z } from 'zod';
import { protectedProcedure } from '../../trpc.js';
import { DOSSIER_CUTOFF, loadBusinessCalendar } from './business-calendar.js';
import { AppointmentDto, toAppointmentDto } from './appointment.dto.js';

export const PreviewAppointmentInput = z.object({
  /** When the dossier would be received; now by default. */
  receivedAt: z.coerce.date({ error: 'Thời điểm tiếp nhận phải là một thời điểm hợp lệ' }).optional(),
  limit: TimeLimit,
});

/**
 * The appointment a dossier received at `receivedAt` under a time limit would get, counted exactly as a receipt is
 * (`appointmentDate`, the 15:00 cut-off, the entered schedules). Any signed-in user.
 */
export const previewAppointment = protectedProcedure
  .input(PreviewAppointmentInput)
  .output(AppointmentDto)
  .query(async ({ ctx, input }) => {
    const calendar = await loadBusinessCalendar(ctx.db);
    const receivedAt = input.receivedAt ?? ctx.clock.now();
    return toAppointmentDto(appointmentDate(receivedAt, input.limit, calendar, { cutoff: DOSSIER_CUTOFF }));
  });
