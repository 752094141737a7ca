import { INCOMING_STATES, SECRECY_LEVELS, URGENCY_LEVELS } from '@lienthong/documents';
import { z } from 'zod';
import type { IncomingDocumentRow } from '../../db/incoming-document.table.js';

/** What clients see of an incoming document; never the raw row. */
export const IncomingDocumentDto = z.object({
  id: z.uuid(),
  orgId: z.string(),
  issuer: z.string(),
  numberSymbol: z.string(),
  documentDate: z.string(),
  subject: z.string(),
  kindCode: z.string().nullable(),
  urgency: z.enum(URGENCY_LEVELS),
  secrecy: z.enum(SECRECY_LEVELS),
  receivedAt: z.date(),
  /** Số đến, and the register scope (the year) it belongs to; null for documents registered before registers. */
  incomingNumber: z.number().int().positive().nullable(),
  registerScope: z.string().nullable(),
  status: z.enum(INCOMING_STATES),
  arrivedAt: z.date().nullable(),
  /** Registered after the deadline (urgent: at once; others: by the next working day). */
  registeredLate: z.boolean(),
});
export type IncomingDocumentDto = z.infer<typeof IncomingDocumentDto>;

export function toIncomingDocumentDto(row: IncomingDocumentRow): IncomingDocumentDto {
  return {
    id: row.id,
    orgId: row.orgId,
    issuer: row.issuer,
    numberSymbol: row.numberSymbol,
    documentDate: row.documentDate,
    subject: row.subject,
    kindCode: row.kindCode,
    urgency: row.urgency,
    secrecy: row.secrecy,
    receivedAt: row.receivedAt,
    incomingNumber: row.incomingNumber,
    registerScope: row.registerScope,
    status: row.status,
    arrivedAt: row.arrivedAt,
    registeredLate: row.registeredLate,
  };
}
