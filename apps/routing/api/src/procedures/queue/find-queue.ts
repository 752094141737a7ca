import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq, lt } from 'drizzle-orm';
import { queueItems } from '../../db/schema.js';
import { requireRoles } from '../../trpc.js';
import { FindQueueInput, FindQueueOutput } from './find-queue.schema.js';
import { toQueueItemDto } from './queue-item.dto.js';

/**
 * The documents of the caller's own unit awaiting direction, newest first. Leaders direct them and clerks follow
 * them; other roles are refused. A higher-level leader does not see a commune's queue: the commune's leader directs it.
 */
export const findQueue = requireRoles('lanh-dao', 'van-thu')
  .input(FindQueueInput)
  .output(FindQueueOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const rows = await ctx.db
      .select()
      .from(queueItems)
      .where(
        and(
          eq(queueItems.orgId, orgId),
          eq(queueItems.status, 'awaiting_direction'),
          input.cursor === undefined ? undefined : lt(queueItems.id, input.cursor),
        ),
      )
      .orderBy(desc(queueItems.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return { items: page.map(toQueueItemDto), nextCursor: rows.length > input.limit && last ? last.id : null };
  });
