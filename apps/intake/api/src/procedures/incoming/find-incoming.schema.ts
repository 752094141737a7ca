import { INCOMING_STATES, SECRECY_LEVELS, URGENCY_LEVELS } from '@lienthong/documents';
import { z } from 'zod';
import { IncomingDocumentDto } from './incoming-document.dto.js';

export const FindIncomingInput = z
  .object({
    /** Accent-insensitive words, each of which must appear in the subject, number/symbol, issuer or OCR text. */
    query: z.string().max(200, { error: 'Từ khóa tìm kiếm dài quá 200 ký tự' }).optional(),
    documentDateFrom: z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' }).optional(),
    documentDateTo: z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' }).optional(),
    /** Received on or after / on or before these Vietnam calendar dates. */
    receivedFrom: z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' }).optional(),
    receivedTo: z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' }).optional(),
    /** Accent-insensitive words of the issuing body's name. */
    issuer: z.string().max(200, { error: 'Tên cơ quan ban hành dài quá 200 ký tự' }).optional(),
    kindCode: z.string().max(40).optional(),
    urgency: z.enum(URGENCY_LEVELS, { error: 'Độ khẩn không hợp lệ' }).optional(),
    secrecy: z.enum(SECRECY_LEVELS, { error: 'Độ mật không hợp lệ' }).optional(),
    status: z.enum(INCOMING_STATES, { error: 'Trạng thái không hợp lệ' }).optional(),
    /** The register's scope: the year for State registers (`2026`). */
    registerScope: z.string().max(20).optional(),
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
