import { z } from 'zod';

/** How a time is counted: working days (ngày làm việc) or office hours of working days (giờ làm việc). */
export const WORKING_UNITS = ['working-days', 'working-hours'] as const;
export type WorkingUnit = (typeof WORKING_UNITS)[number];
export const WORKING_UNIT_LABELS: Readonly<Record<WorkingUnit, string>> = {
  'working-days': 'ngày làm việc',
  'working-hours': 'giờ làm việc',
};
const WORKING_UNIT_LABELS_EN: Readonly<Record<WorkingUnit, string>> = {
  'working-days': 'working days',
  'working-hours': 'working hours',
};

/** The calendar's default: 07:30–11:30 and 13:30–17:00. */
export const DEFAULT_HOURS_PER_DAY = 7.5;

/** Up to two decimals (0,5 ngày; 0,25 giờ), checked without the float error of multipleOf(0.01). */
function hasTwoDecimalsAtMost(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
}

const unit = z.enum(WORKING_UNITS, {
  error: 'Đơn vị thời gian phải là working-days (ngày làm việc) hoặc working-hours (giờ làm việc)',
});

/**
 * The legal time limit of a procedure (thời hạn giải quyết): whole working days, or working hours for procedures
 * settled within the day (e.g. 4 giờ làm việc).
 */
export const TimeLimit = z.discriminatedUnion(
  'unit',
  [
    z.strictObject({
      unit: z.literal('working-days'),
      value: z
        .number({ error: 'Thời hạn giải quyết phải là một số' })
        .int({ error: 'Thời hạn giải quyết tính theo ngày phải là số nguyên ngày làm việc' })
        .min(1, { error: 'Thời hạn giải quyết phải ít nhất 1 ngày làm việc' })
        .max(3650, { error: 'Thời hạn giải quyết quá dài (tối đa 3650 ngày làm việc)' }),
    }),
    z.strictObject({
      unit: z.literal('working-hours'),
      value: z
        .number({ error: 'Thời hạn giải quyết phải là một số' })
        .positive({ error: 'Thời hạn giải quyết phải lớn hơn 0 giờ' })
        .max(10_000, { error: 'Thời hạn giải quyết quá dài (tối đa 10000 giờ làm việc)' })
        .refine(hasTwoDecimalsAtMost, { error: 'Thời hạn giải quyết có tối đa 2 chữ số thập phân' }),
    }),
  ],
  { error: 'Thời hạn giải quyết phải có dạng { unit: "working-days" | "working-hours", value }' },
);
export type TimeLimit = z.infer<typeof TimeLimit>;

/** How long one step may take: working days (fractions allowed: 0,5 ngày) or working hours. */
export const StepDuration = z.strictObject(
  {
    unit,
    value: z
      .number({ error: 'Thời gian thực hiện bước phải là một số' })
      .positive({ error: 'Thời gian thực hiện bước phải lớn hơn 0' })
      .max(10_000, { error: 'Thời gian thực hiện bước quá dài' })
      .refine(hasTwoDecimalsAtMost, { error: 'Thời gian thực hiện bước có tối đa 2 chữ số thập phân' }),
  },
  { error: 'Thời gian thực hiện phải có dạng { unit: "working-days" | "working-hours", value }' },
);
export type StepDuration = z.infer<typeof StepDuration>;

/** A duration in working hours, days converted at `hoursPerDay`. */
export function durationHours(
  duration: { readonly unit: WorkingUnit; readonly value: number },
  hoursPerDay: number,
): number {
  return duration.unit === 'working-days' ? duration.value * hoursPerDay : duration.value;
}

/** `3 ngày làm việc`, `4 giờ làm việc`; `0,5 ngày làm việc` with a decimal comma. */
export function formatDuration(duration: { readonly unit: WorkingUnit; readonly value: number }): string {
  return `${String(duration.value).replace('.', ',')} ${WORKING_UNIT_LABELS[duration.unit]}`;
}

export function formatDurationEn(duration: { readonly unit: WorkingUnit; readonly value: number }): string {
  return `${duration.value} ${WORKING_UNIT_LABELS_EN[duration.unit]}`;
}
