import { defineEvent } from '@lienthong/kernel';
import { z } from 'zod';

/**
 * An incoming document was registered (vào sổ văn bản đến) by a unit. Routing puts it in that unit's queue awaiting
 * direction. The payload carries the metadata a leader needs to decide, so consumers do not call intake back.
 */
export const documentRegistered = defineEvent({
  name: 'vn.lienthong.document.registered',
  version: 1,
  topic: 'documents',
  description: 'An incoming document was registered by a unit',
  payload: z.object({
    documentId: z.uuid(),
    orgId: z.string().min(1),
    issuer: z.string().min(1),
    numberSymbol: z.string().min(1),
    documentDate: z.iso.date(),
    subject: z.string().min(1),
    receivedAt: z.iso.datetime(),
    registeredBy: z.string().min(1),
  }),
  example: {
    documentId: '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9d',
    orgId: 'th-ubnd-xa-hoang-hoa',
    issuer: 'UBND tỉnh Thanh Hóa',
    numberSymbol: '12/QĐ-UBND',
    documentDate: '2025-09-10',
    subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số',
    receivedAt: '2025-09-15T02:00:00.000Z',
    registeredBy: 'vanthu.hoanghoa',
  },
  aggregateId: (payload) => payload.documentId,
});

/**
 * An outgoing document was issued (ban hành): numbered from the unit's outgoing register and sent to its recipients.
 * Internal recipients' intake registers it as incoming; the edXML gateway sends it to outside ones. A confidential
 * document is never issued with external electronic recipients, so the payload never carries one.
 */
export const documentIssued = defineEvent({
  name: 'vn.lienthong.document.issued',
  version: 1,
  topic: 'documents',
  description: 'An outgoing document was numbered and issued by a unit',
  payload: z.object({
    documentId: z.uuid(),
    orgId: z.string().min(1),
    numberSymbol: z.string().min(1),
    issuedDate: z.iso.date(),
    kindCode: z.string().min(1),
    subject: z.string().min(1),
    urgency: z.string().min(1),
    recipients: z.array(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('internal'), orgId: z.string().min(1), name: z.string().min(1) }),
        z.object({ type: z.literal('external'), name: z.string().min(1), organId: z.string().optional() }),
      ]),
    ),
    files: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: z.string().min(1) })),
    replacesId: z.uuid().nullable(),
    issuedBy: z.string().min(1),
  }),
  example: {
    documentId: '01990f2a-8b7c-7d10-9a3e-5f4c2b1a0e9e',
    orgId: 'th-ubnd-xa-hoang-hoa',
    numberSymbol: '15/UBND-VP',
    issuedDate: '2025-09-16',
    kindCode: 'cong-van',
    subject: 'V/v báo cáo kết quả chuyển đổi số quý III',
    urgency: 'thuong',
    recipients: [{ type: 'internal', orgId: 'th-ubnd-tinh', name: 'UBND tỉnh Thanh Hóa' }],
    files: [{ sha256: 'a'.repeat(64), fileName: 'bao-cao.pdf' }],
    replacesId: null,
    issuedBy: 'vanthu.hoanghoa',
  },
  aggregateId: (payload) => payload.documentId,
});

/** Every event this domain owns, for the workspace check that examples parse and consumers cover their versions. */
export const DOCUMENT_EVENTS = [documentRegistered, documentIssued] as const;
