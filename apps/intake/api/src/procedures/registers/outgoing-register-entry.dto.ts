import { OUTGOING_STATE_LABELS, OUTGOING_STATES } from '@lienthong/documents';
import { z } from 'zod';
import type { OutgoingDocumentRow } from '../../db/outgoing-document.table.js';
import { kindNameOf } from './register-entry.dto.js';

/**
 * One line of the outgoing register book (sổ đăng ký văn bản đi), in the columns of Decree 30/2020 Phụ lục IV
 * (numbered as in `OUTGOING_REGISTER_BOOK`): (1) số, ký hiệu, (2) ngày tháng, (3) tên loại và trích yếu,
 * (4) người ký, (5) nơi nhận, (6) đơn vị, người nhận bản lưu, (7) số lượng bản, (8) ngày chuyển, (9) ký nhận,
 * (10) ghi chú. What the service does not record yet is null: the number of copies (7) and the signature of whoever
 * took the document (9).
 */
export const OutgoingRegisterEntryDto = z.object({
  documentId: z.uuid(),
  /** The số đi in the register; the book is in this order. */
  outgoingNumber: z.number().int().positive(),
  numberSymbol: z.string(),
  /** The document's date, `YYYY-MM-DD` (the issue date in Vietnam). */
  issuedDate: z.string(),
  kindCode: z.string(),
  kindName: z.string().nullable(),
  subject: z.string(),
  signerName: z.string().nullable(),
  /** The recipients' names, in the document's order. */
  recipients: z.array(z.string()),
  /**
   * (6) Đơn vị, người nhận bản lưu: for now the username of whoever drafted the document, who keeps its file copy;
   * the drafting unit will take its place once the service knows units below the organisation.
   */
  draftedBy: z.string(),
  /** (7) Số lượng bản: the number of paper copies made, not recorded yet (always null). */
  copies: z.number().int().positive().nullable(),
  /** (8) Ngày chuyển: when the clerk issued (sent) the document. */
  issuedAt: z.date().nullable(),
  /** (9) Ký nhận: not recorded (always null). */
  acknowledgedBy: z.string().nullable(),
  status: z.enum(OUTGOING_STATES),
  /** (10) Ghi chú: `Đã thu hồi` for a recalled document, `Đã bị thay thế` for a replaced one, else null. */
  notes: z.string().nullable(),
});
export type OutgoingRegisterEntryDto = z.infer<typeof OutgoingRegisterEntryDto>;

/** Rows that went through the register: a số đi, its number and symbol and its date, all written at issue. */
export type NumberedOutgoingRow = OutgoingDocumentRow & {
  outgoingNumber: number;
  numberSymbol: string;
  issuedDate: string;
};

export function toOutgoingRegisterEntryDto(row: NumberedOutgoingRow): OutgoingRegisterEntryDto {
  return {
    documentId: row.id,
    outgoingNumber: row.outgoingNumber,
    numberSymbol: row.numberSymbol,
    issuedDate: row.issuedDate,
    kindCode: row.kindCode,
    kindName: kindNameOf(row.documentSystem, row.kindCode),
    subject: row.subject,
    signerName: row.signerName,
    recipients: row.recipients.map((recipient) => recipient.name),
    draftedBy: row.draftedBy,
    copies: null,
    issuedAt: row.issuedAt,
    acknowledgedBy: null,
    status: row.status,
    notes: row.status === 'recalled' || row.status === 'replaced' ? OUTGOING_STATE_LABELS[row.status] : null,
  };
}
