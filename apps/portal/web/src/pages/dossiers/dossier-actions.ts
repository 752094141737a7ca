import type { PortalRole, PortalUser } from '../../auth/user.js';
import { hasAnyRole } from '../../auth/user.js';
import { isFinal, type DossierSummary } from './dossier-model.js';

/** Who receives dossiers at the one-stop desk (intake's `dossiers.receive`). */
export const RECEIVE_ROLES = ['van-thu'] as const satisfies readonly PortalRole[];
/** Who reads the dossiers routing tracks and asks for or takes in additional papers (routing's DOSSIER_ROLES). */
export const TRACK_ROLES = ['van-thu', 'chuyen-vien', 'lanh-dao'] as const satisfies readonly PortalRole[];
/** Who decides: approves, refuses, signs the apology letter. */
export const DECIDE_ROLES = ['lanh-dao'] as const satisfies readonly PortalRole[];
/** Who hands the result back (trả kết quả): the desk. */
export const RETURN_ROLES = ['van-thu'] as const satisfies readonly PortalRole[];
/** Who reads the on-time report (routing's REPORT_ROLES.onTime). */
export const REPORT_ROLES = ['lanh-dao', 'van-thu'] as const satisfies readonly PortalRole[];
/** Who enters the working-day schedule (intake's `calendar.setSchedule`). */
export const CALENDAR_ROLES = ['quan-tri'] as const satisfies readonly PortalRole[];

/** What the dossier page may offer; each is one routing procedure. */
export const DOSSIER_ACTIONS = [
  'complete-step',
  'request-supplement',
  'resume',
  'approve',
  'refuse',
  'return',
  'apology',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** States a dossier may be refused from (libs/workflows DOSSIER_TRANSITIONS: refusal ends a dossier not yet approved). */
const REFUSABLE = [
  'received',
  'in-progress',
  'awaiting-supplement',
] as const satisfies readonly DossierSummary['status'][];

type ActionsDossier = Pick<DossierSummary, 'status' | 'nextAction' | 'currentStep' | 'orgId'>;

/**
 * The actions `user` may take on `dossier` now, mirroring routing's checks so the page offers only what will be
 * accepted: the current step by its role and unit (the step's unit may be another unit's), and, on the unit's own
 * dossiers, papers by the desk, specialists and leaders, decisions and apology letters by the leader, the result's
 * return by the desk. Only a courtesy: routing refuses anything else itself.
 */
export function availableActions(dossier: ActionsDossier, user: PortalUser): DossierAction[] {
  const own = user.orgId !== null && dossier.orgId === user.orgId;
  const actions: DossierAction[] = [];
  const step = dossier.currentStep;
  if (dossier.nextAction === 'complete-step' && step) {
    const roleOk = step.role === null || user.roles.includes(step.role as PortalRole);
    const unitOk = step.unit === null ? own : step.unit === user.orgId;
    if (roleOk && unitOk) actions.push('complete-step');
  }
  if (!own) return actions;
  if (dossier.status === 'in-progress' && hasAnyRole(user, TRACK_ROLES)) actions.push('request-supplement');
  if (dossier.status === 'awaiting-supplement' && hasAnyRole(user, TRACK_ROLES)) actions.push('resume');
  if (dossier.nextAction === 'approve' && hasAnyRole(user, DECIDE_ROLES)) actions.push('approve');
  if ((REFUSABLE as readonly string[]).includes(dossier.status) && hasAnyRole(user, DECIDE_ROLES))
    actions.push('refuse');
  if (dossier.nextAction === 'return' && hasAnyRole(user, RETURN_ROLES)) actions.push('return');
  if (!isFinal(dossier.status) && hasAnyRole(user, DECIDE_ROLES)) actions.push('apology');
  return actions;
}
