import {
  PARTY_DOCUMENT_KINDS,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  STATE_DOCUMENT_KINDS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
  vietnamDateOf,
} from '@lienthong/documents';
import { z } from 'zod';
import type { IncomingDocumentRow } from '../../db/incoming-document.table.js';

/** A register's year (its scope); the default is this year in Vietnam. */
export const RegisterYear = z
  .number({ error: 'Năm phải là một số' })
  .int({ error: 'Năm phải là số nguyên' })
  .min(2000, { error: 'Năm phải từ 2000 trở đi' })
  .max(2100, { error: 'Năm phải trước 2100' });

export const thisVietnameseYear = (now: Date) => Number(vietnamDateOf(now).slice(0, 4));

/** Which register book: văn bản đến (incoming) or văn bản đi (outgoing). Inputs default to `incoming`. */
export const RegisterDirection = z.enum(['incoming', 'outgoing'], {
  error: 'Sổ phải là sổ văn bản đến (incoming) hoặc sổ văn bản đi (outgoing)',
});
export type RegisterDirection = z.infer<typeof RegisterDirection>;

/**
 * One line of the incoming register book, in the columns of Decree 30/2020 Phụ lục IV (numbered as there):
 * (1) ngày đến, (2) số đến, (3) tác giả, (4) số, ký hiệu, (5) ngày tháng, (6) tên loại và trích yếu nội dung,
 * (7) đơn vị hoặc người nhận, (8) ngày chuyển, (9) ký nhận, (10) ghi chú. Routing (chuyển) is not built yet, so
 * (7)–(9) are null for now.
 */
export const RegisterEntryDto = z.object({
  documentId: z.uuid(),
  receivedAt: z.date(),
  incomingNumber: z.number().int().positive(),
  issuer: z.string(),
  numberSymbol: z.string(),
  documentDate: z.string(),
  kindCode: z.string().nullable(),
  kindName: z.string().nullable(),
  subject: z.string(),
  recipient: z.string().nullable(),
  forwardedAt: z.date().nullable(),
  acknowledgedBy: z.string().nullable(),
  urgency: z.enum(URGENCY_LEVELS),
  secrecy: z.enum(SECRECY_LEVELS),
  /** Ghi chú: the urgency and secrecy marks of a document that has any (`Khẩn; Mật`), else null. */
  notes: z.string().nullable(),
});
export type RegisterEntryDto = z.infer<typeof RegisterEntryDto>;

/** Rows that have a số đến; rows registered before registers existed have none and are not in any register. */
export type NumberedIncomingRow = IncomingDocumentRow & { incomingNumber: number };

/**
 * The name of a kind (`Quyết định`) in the Party system, or else the State one (an incoming document of unknown
 * system is read as State); null for no kind or one the system lacks.
 */
export function kindNameOf(system: 'state' | 'party' | null, kindCode: string | null): string | null {
  const kinds: readonly { code: string; name: string }[] =
    system === 'party' ? PARTY_DOCUMENT_KINDS : STATE_DOCUMENT_KINDS;
  return kinds.find((kind) => kind.code === kindCode)?.name ?? null;
}

export function toRegisterEntryDto(row: NumberedIncomingRow): RegisterEntryDto {
  const marks = [
    row.urgency === 'thuong' ? null : URGENCY_LABELS[row.urgency],
    row.secrecy === 'thuong' ? null : SECRECY_LABELS[row.secrecy],
  ].filter((mark) => mark !== null);
  return {
    documentId: row.id,
    receivedAt: row.receivedAt,
    incomingNumber: row.incomingNumber,
    issuer: row.issuer,
    numberSymbol: row.numberSymbol,
    documentDate: row.documentDate,
    kindCode: row.kindCode,
    kindName: kindNameOf(row.documentSystem, row.kindCode),
    subject: row.subject,
    recipient: null,
    forwardedAt: null,
    acknowledgedBy: null,
    urgency: row.urgency,
    secrecy: row.secrecy,
    notes: marks.length > 0 ? marks.join('; ') : null,
  };
}
