import { IsoDate } from '@lienthong/calendar';
import { z } from 'zod';

export const ON_TIME_GROUPS = ['procedure', 'unit', 'month'] as const;

export const OnTimeReportInput = z.object({
  /** procedure: by procedure code; unit: by receiving unit (the caller's only); month: by month of receipt. */
  groupBy: z.enum(ON_TIME_GROUPS),
  /** Dossiers received in this year (Vietnam dates). Without year, from and to: the current year. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Dossiers received from this day (inclusive); with `to`, instead of `year`. */
  from: IsoDate.optional(),
  /** Dossiers received up to this day (inclusive). */
  to: IsoDate.optional(),
});
export type OnTimeReportInput = z.infer<typeof OnTimeReportInput>;

/** The lib's `OnTimeCounts` (`total` named `received` here) with a label for the key. */
export const OnTimeGroupDto = z.object({
  key: z.string(),
  label: z.string(),
  /** Dossiers received in the period, withdrawn ones included. */
  received: z.number().int(),
  /** Returned or refused. */
  completed: z.number().int(),
  truocHan: z.number().int(),
  dungHan: z.number().int(),
  quaHan: z.number().int(),
  /** (trước hạn + đúng hạn) / completed; null when nothing was completed. */
  onTimeRate: z.number().nullable(),
  /** Still open now, overdue (a result given now would be late) or not yet due. */
  inProgress: z.number().int(),
  overdue: z.number().int(),
  notYetDue: z.number().int(),
  withdrawn: z.number().int(),
});
export type OnTimeGroupDto = z.infer<typeof OnTimeGroupDto>;

export const OnTimeReportOutput = z.object({
  asOf: z.date(),
  groupBy: z.enum(ON_TIME_GROUPS),
  orgId: z.string(),
  from: IsoDate,
  to: IsoDate,
  /** Sorted by key. */
  groups: z.array(OnTimeGroupDto),
  total: OnTimeGroupDto,
});
export type OnTimeReportOutput = z.infer<typeof OnTimeReportOutput>;
