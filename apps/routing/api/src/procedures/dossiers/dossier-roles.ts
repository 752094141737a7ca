import type { Role } from '@lienthong/auth';

/**
 * Who may do what to a dossier, besides the steps (whose role and unit come from the procedure and are checked by
 * `dossierTransition`: STEP_ROLE_REQUIRED, STEP_UNIT_REQUIRED). Choices (docs/dossiers.md, Routing):
 * - the unit's staff who work on dossiers read them and ask for or take in additional papers: the desk (van-thu),
 *   the specialist appraising it (chuyen-vien), the leader;
 * - the leader decides: approves, refuses, and signs the apology letter (the unit that causes the delay drafts it and
 *   its leader signs it);
 * - the one-stop desk returns the result (trả kết quả).
 */
export const DOSSIER_ROLES = {
  read: ['van-thu', 'chuyen-vien', 'lanh-dao'],
  papers: ['van-thu', 'chuyen-vien', 'lanh-dao'],
  decide: ['lanh-dao'],
  returnResult: ['van-thu'],
} as const satisfies Record<string, readonly [Role, ...Role[]]>;
