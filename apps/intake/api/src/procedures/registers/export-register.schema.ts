import { z } from 'zod';
import { RegisterDirection, RegisterYear } from './register-entry.dto.js';

export const ExportRegisterInput = z
  .object({
    /** The register's year; this year in Vietnam when absent. */
    year: RegisterYear.optional(),
    /** Which book: the incoming one (sổ văn bản đến) when absent, or the outgoing one (sổ văn bản đi). */
    direction: RegisterDirection.default('incoming'),
  })
  .default({ direction: 'incoming' });
export type ExportRegisterInput = z.infer<typeof ExportRegisterInput>;

export const ExportRegisterOutput = z.object({
  fileName: z.string(),
  contentType: z.literal('text/csv; charset=utf-8'),
  content: z.string(),
});
export type ExportRegisterOutput = z.infer<typeof ExportRegisterOutput>;

/** The media type of an Office Open XML workbook (.xlsx). */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ExportRegisterXlsxOutput = z.object({
  fileName: z.string(),
  contentType: z.literal(XLSX_CONTENT_TYPE),
  /** The workbook's bytes in base64, since tRPC answers in JSON. */
  base64: z.base64(),
  /** How many register entries (lines below the headings) the workbook holds. */
  rows: z.number().int().nonnegative(),
});
export type ExportRegisterXlsxOutput = z.infer<typeof ExportRegisterXlsxOutput>;
