import { z } from 'zod';
import { QueueItemDto } from './queue-item.dto.js';

export const FindQueueInput = z
  .object({
    limit: z.number().int().min(1).max(100).default(20),
    /** The `nextCursor` of the previous page. */
    cursor: z.uuid({ error: 'Con trỏ trang không hợp lệ' }).optional(),
  })
  .default({ limit: 20 });
export type FindQueueInput = z.infer<typeof FindQueueInput>;

export const FindQueueOutput = z.object({ items: z.array(QueueItemDto), nextCursor: z.uuid().nullable() });
