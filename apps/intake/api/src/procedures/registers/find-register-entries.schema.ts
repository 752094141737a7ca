import { z } from 'zod';
import { RegisterEntryDto, RegisterYear } from './register-entry.dto.js';

export const FindRegisterEntriesInput = z
  .object({
    /** The register's year; this year in Vietnam when absent. */
    year: RegisterYear.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    /** The `nextCursor` of the previous page: the last number (số đến, số đi) it showed. */
    cursor: z.number().int().positive({ error: 'Con trỏ trang không hợp lệ' }).optional(),
  })
  .default({ limit: 100 });
export type FindRegisterEntriesInput = z.infer<typeof FindRegisterEntriesInput>;

export const FindRegisterEntriesOutput = z.object({
  year: z.number().int(),
  items: z.array(RegisterEntryDto),
  nextCursor: z.number().int().positive().nullable(),
});
export type FindRegisterEntriesOutput = z.infer<typeof FindRegisterEntriesOutput>;
