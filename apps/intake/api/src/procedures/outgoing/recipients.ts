import type { Database, Transaction } from '@lienthong/db';
import { SECRECY_LABELS, vietnamDateOf, type OutgoingRecipientInput, type SecrecyLevel } from '@lienthong/documents';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { findActiveUnit } from '../../organization/org-directory.js';
import { outgoingError } from './outgoing-errors.js';

/**
 * Checks recipients: an internal one must be an active unit today (its name is taken from the directory), and a
 * confidential document may have no outside recipient, since it never travels electronically (architecture §6).
 */
export async function checkRecipients(
  db: Database | Transaction,
  recipients: readonly OutgoingRecipientInput[],
  secrecy: SecrecyLevel,
  now: Date,
): Promise<Result<OutgoingRecipientInput[], DomainError>> {
  const checked: OutgoingRecipientInput[] = [];
  for (const recipient of recipients) {
    if (recipient.type === 'external') {
      if (secrecy !== 'thuong') {
        return err(
          outgoingError('OUTGOING_CONFIDENTIAL_EXTERNAL', {
            secrecyLabel: SECRECY_LABELS[secrecy],
            recipient: recipient.name,
          }),
        );
      }
      checked.push(recipient);
      continue;
    }
    const unit = await findActiveUnit(db as Database, recipient.orgId, vietnamDateOf(now));
    if (!unit.ok) return err(outgoingError('OUTGOING_RECIPIENT_UNKNOWN', { orgId: recipient.orgId }));
    checked.push({ type: 'internal', orgId: unit.value.id, name: unit.value.name });
  }
  return ok(checked);
}
