import type { PortalRole, PortalUser } from '../../auth/user.js';
import type { ConsultationRound, OutgoingDocument, OutgoingStatus, Participant } from './outgoing-model.js';

/** The moves and edits the detail page can offer, in the order its panel shows them. */
export const OUTGOING_ACTIONS = [
  'addVersion',
  'openConsultation',
  'submit',
  'approve',
  'sendBack',
  'sign',
  'issue',
  'exportEdxml',
  'recall',
  'replace',
] as const;
export type OutgoingAction = (typeof OUTGOING_ACTIONS)[number];

/** Who may do what (mirrors intake's procedures; the service checks again: these only tidy the page). */
export const DRAFTING_ROLES = ['chuyen-vien', 'lanh-dao', 'van-thu'] as const satisfies readonly PortalRole[];
const LEADER = ['lanh-dao'] as const satisfies readonly PortalRole[];
const CLERK = ['van-thu'] as const satisfies readonly PortalRole[];
const RECALLERS = ['van-thu', 'lanh-dao'] as const satisfies readonly PortalRole[];

type Rule = {
  statuses: readonly OutgoingStatus[];
  /** Only the person who drafted the document (the draft is theirs until it is submitted). */
  drafterOnly?: boolean;
  roles?: readonly PortalRole[];
};

/**
 * Each action's states and people, from intake's procedures and the lifecycle table (libs/documents
 * OUTGOING_TRANSITIONS): a round is opened only on a draft; send back works on a submitted or an approved draft.
 */
const RULES: Readonly<Record<OutgoingAction, Rule>> = {
  addVersion: { statuses: ['draft', 'in-consultation'], drafterOnly: true },
  openConsultation: { statuses: ['draft'], drafterOnly: true },
  submit: { statuses: ['draft', 'in-consultation'], drafterOnly: true, roles: DRAFTING_ROLES },
  approve: { statuses: ['submitted'], roles: LEADER },
  sendBack: { statuses: ['submitted', 'approved'], roles: LEADER },
  sign: { statuses: ['approved'], roles: LEADER },
  issue: { statuses: ['signed'], roles: CLERK },
  exportEdxml: { statuses: ['issued'], roles: CLERK },
  recall: { statuses: ['issued'], roles: RECALLERS },
  replace: { statuses: ['issued'], roles: RECALLERS },
};

/**
 * The actions `user` is offered on `document`. Nothing is offered on another unit's document: people asked for
 * comments from outside the unit may read it and comment, nothing more.
 */
export function availableActions(
  document: Pick<OutgoingDocument, 'status' | 'draftedBy' | 'orgId'>,
  user: Pick<PortalUser, 'username' | 'roles' | 'orgId'>,
): OutgoingAction[] {
  if (user.orgId === null || user.orgId !== document.orgId) return [];
  const isDrafter = user.username !== null && user.username === document.draftedBy;
  return OUTGOING_ACTIONS.filter((action) => {
    const rule = RULES[action];
    if (!rule.statuses.includes(document.status)) return false;
    if (rule.drafterOnly && !isDrafter) return false;
    return !rule.roles || rule.roles.some((role) => user.roles.includes(role));
  });
}

/** Whether the user is asked in a round: by username, or as a member of a unit that is. */
export function isParticipant(
  participants: readonly Participant[],
  user: Pick<PortalUser, 'username' | 'orgId'>,
): boolean {
  return participants.some((participant) =>
    participant.type === 'user'
      ? user.username !== null && participant.username === user.username
      : user.orgId !== null && participant.orgId === user.orgId,
  );
}

/** What the user may do with one round: comment (a participant, while it is open and before its deadline), close it. */
export function roundPermissions(
  round: Pick<ConsultationRound, 'status' | 'deadline' | 'participants'>,
  document: Pick<OutgoingDocument, 'draftedBy' | 'orgId'>,
  user: Pick<PortalUser, 'username' | 'orgId'>,
  now: Date,
): { canComment: boolean; canClose: boolean; deadlinePassed: boolean } {
  const open = round.status === 'open';
  const deadlinePassed = now.getTime() > round.deadline.getTime();
  const isDrafter = user.username !== null && user.username === document.draftedBy && user.orgId === document.orgId;
  return {
    canComment: open && !deadlinePassed && isParticipant(round.participants, user),
    canClose: open && isDrafter,
    deadlinePassed,
  };
}
