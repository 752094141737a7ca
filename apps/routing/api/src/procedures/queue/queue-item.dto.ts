import { z } from 'zod';
import { QUEUE_STATUSES, type QueueItemRow } from '../../db/queue-item.table.js';

/** What clients see of a queued document; never the raw row. */
export const QueueItemDto = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  orgId: z.string(),
  issuer: z.string(),
  numberSymbol: z.string(),
  documentDate: z.string(),
  subject: z.string(),
  receivedAt: z.date(),
  queuedAt: z.date(),
  status: z.enum(QUEUE_STATUSES),
});
export type QueueItemDto = z.infer<typeof QueueItemDto>;

export function toQueueItemDto(row: QueueItemRow): QueueItemDto {
  return {
    id: row.id,
    documentId: row.documentId,
    orgId: row.orgId,
    issuer: row.issuer,
    numberSymbol: row.numberSymbol,
    documentDate: row.documentDate,
    subject: row.subject,
    receivedAt: row.receivedAt,
    queuedAt: row.queuedAt,
    status: row.status,
  };
}
