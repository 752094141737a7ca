import type { Transaction } from '@lienthong/db';
import { documentRegistered } from '@lienthong/documents/events';
import type { EventPayload } from '@lienthong/kernel';
import { queueItems } from '../db/schema.js';
import type { RoutingDeps } from '../context.js';

/**
 * `document.registered` → the document waits in its unit's queue for direction. Runs in the consumer's transaction,
 * together with the inbox row that makes a redelivery a no-op; the unique document id is a second guard.
 */
export function documentRegisteredHandler(deps: Pick<RoutingDeps, 'clock' | 'ids'>) {
  return {
    definition: documentRegistered,
    async handle(tx: Transaction, payload: EventPayload<typeof documentRegistered>): Promise<void> {
      const now = deps.clock.now();
      await tx
        .insert(queueItems)
        .values({
          id: deps.ids(),
          documentId: payload.documentId,
          orgId: payload.orgId,
          issuer: payload.issuer,
          numberSymbol: payload.numberSymbol,
          documentDate: payload.documentDate,
          subject: payload.subject,
          receivedAt: new Date(payload.receivedAt),
          status: 'awaiting_direction',
          queuedAt: now,
          createdAt: now,
        })
        .onConflictDoNothing({ target: queueItems.documentId });
    },
  };
}
