import { z } from 'zod';
import { RegisterDirection, RegisterYear } from './register-entry.dto.js';

export const MonthlyCountsInput = z
  .object({
    /** The calendar year in Vietnam; this year when absent. */
    year: RegisterYear.optional(),
    /**
     * What to count: documents received (`incoming`, when absent), by month of arrival, or documents issued
     * (`outgoing`), by month of their date.
     */
    direction: RegisterDirection.default('incoming'),
  })
  .default({ direction: 'incoming' });
export type MonthlyCountsInput = z.infer<typeof MonthlyCountsInput>;

/** Always twelve months, 1–12, in order; `byKind` is keyed by kind code, `khac` for documents of no known kind. */
export const MonthCounts = z.array(
  z.object({
    month: z.number().int().min(1).max(12),
    total: z.number().int().nonnegative(),
    byKind: z.record(z.string(), z.number().int().positive()),
  }),
);
export type MonthCounts = z.infer<typeof MonthCounts>;

export const MonthlyCountsOutput = z.object({
  year: z.number().int(),
  total: z.number().int().nonnegative(),
  months: MonthCounts,
});
export type MonthlyCountsOutput = z.infer<typeof MonthlyCountsOutput>;
