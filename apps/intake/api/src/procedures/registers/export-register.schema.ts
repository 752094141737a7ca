import { z } from 'zod';
import { RegisterYear } from './register-entry.dto.js';

export const ExportRegisterInput = z
  .object({
    /** The register's year; this year in Vietnam when absent. */
    year: RegisterYear.optional(),
  })
  .default({});
export type ExportRegisterInput = z.infer<typeof ExportRegisterInput>;

export const ExportRegisterOutput = z.object({
  fileName: z.string(),
  contentType: z.literal('text/csv; charset=utf-8'),
  content: z.string(),
});
export type ExportRegisterOutput = z.infer<typeof ExportRegisterOutput>;
