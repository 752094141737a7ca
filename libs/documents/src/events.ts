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

/** Every event this domain owns, for the workspace check that examples parse and consumers cover their versions. */
export const DOCUMENT_EVENTS = [documentRegistered] as const;
