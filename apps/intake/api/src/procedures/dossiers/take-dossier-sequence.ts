import type { Transaction } from '@lienthong/db';
import { and, eq } from 'drizzle-orm';
import { dossierCounters } from '../../db/schema.js';

/**
 * The next sequence of `orgId`'s dossiers on `day` (Vietnam), inside the caller's transaction: creates the day's
 * counter on first use, locks it (`SELECT … FOR UPDATE`) and stores the new value. Concurrent receipts of one unit
 * queue on that lock, so sequences are gapless and unique; a transaction that rolls back gives its number back.
 */
export async function takeDossierSequence(tx: Transaction, orgId: string, day: string): Promise<number> {
  await tx.insert(dossierCounters).values({ orgId, day, lastSequence: 0 }).onConflictDoNothing();
  const where = and(eq(dossierCounters.orgId, orgId), eq(dossierCounters.day, day));
  const [counter] = await tx.select().from(dossierCounters).where(where).for('update');
  if (!counter) throw new Error(`The dossier counter of ${orgId} on ${day} was neither found nor created`);
  const sequence = counter.lastSequence + 1;
  await tx.update(dossierCounters).set({ lastSequence: sequence }).where(where);
  return sequence;
}
