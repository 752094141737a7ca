import { z } from 'zod';
import { MonthCounts } from './monthly-counts.schema.js';
import { RegisterDirection, RegisterYear } from './register-entry.dto.js';

export const MonthlyCountsByUnitInput = z
  .object({
    /** The calendar year in Vietnam; this year when absent. */
    year: RegisterYear.optional(),
    /** Documents received (`incoming`, when absent) or issued (`outgoing`), as in `registers.monthlyCounts`. */
    direction: RegisterDirection.default('incoming'),
  })
  .default({ direction: 'incoming' });
export type MonthlyCountsByUnitInput = z.infer<typeof MonthlyCountsByUnitInput>;

export const UnitMonthlyCounts = z.object({
  unitId: z.string(),
  /** The unit's name in the organisation directory; its id when the directory lacks it. */
  unitName: z.string(),
  /** The unit it sits under in the directory; `null` for a root or a unit the directory lacks. */
  parentId: z.string().nullable(),
  /**
   * When the unit began and ended (`YYYY-MM-DD`, end exclusive; `null` while it lasts), so that a reader sees which
   * units of the year were merged away or created (1 July 2025). `null` both for a unit the directory lacks.
   */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  total: z.number().int().nonnegative(),
  months: MonthCounts,
});
export type UnitMonthlyCounts = z.infer<typeof UnitMonthlyCounts>;

export const MonthlyCountsByUnitOutput = z.object({
  year: z.number().int(),
  /** Every unit's documents together. */
  total: z.number().int().nonnegative(),
  /** The caller's unit first, then the units beneath it by level (highest first) and name. */
  units: z.array(UnitMonthlyCounts),
});
export type MonthlyCountsByUnitOutput = z.infer<typeof MonthlyCountsByUnitOutput>;
