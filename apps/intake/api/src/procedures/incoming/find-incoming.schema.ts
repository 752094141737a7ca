import { z } from 'zod';
import { IncomingDocumentDto } from './incoming-document.dto.js';

export const FindIncomingInput = z
  .object({
    /** Accent-insensitive words, each of which must appear in the subject, number/symbol or issuer. */
    query: z.string().max(200, { error: 'Từ khóa tìm kiếm dài quá 200 ký tự' }).optional(),
    documentDateFrom: z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' }).optional(),
    documentDateTo: z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' }).optional(),
    limit: z.number().int().min(1).max(100).default(20),
    /** The `nextCursor` of the previous page. */
    cursor: z.uuid({ error: 'Con trỏ trang không hợp lệ' }).optional(),
  })
  .default({ limit: 20 });
export type FindIncomingInput = z.infer<typeof FindIncomingInput>;

export const FindIncomingOutput = z.object({
  items: z.array(IncomingDocumentDto),
  nextCursor: z.uuid().nullable(),
});
export type FindIncomingOutput = z.infer<typeof FindIncomingOutput>;
