import type { Principal } from '@lienthong/auth';
import type { ConsultationParticipant } from '../../db/consultation-round.table.js';

/** Whether the caller is asked in a round: by name, or as a member of a unit that is. */
export function isParticipant(participants: readonly ConsultationParticipant[], principal: Principal): boolean {
  return participants.some((participant) =>
    participant.type === 'user' ? participant.username === principal.username : participant.orgId === principal.orgId,
  );
}
