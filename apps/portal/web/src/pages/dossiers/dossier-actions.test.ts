import { describe, expect, it } from 'vitest';
import type { PortalUser } from '../../auth/user.js';
import { availableActions } from './dossier-actions.js';
import type { DossierSummary } from './dossier-model.js';

const ORG = 'th-ubnd-xa-hoang-hoa';

function user(roles: PortalUser['roles'], orgId: string | null = ORG): PortalUser {
  return { id: 'u', displayName: 'Người dùng', username: 'u', roles, orgId };
}

type Dossier = Pick<DossierSummary, 'status' | 'nextAction' | 'currentStep' | 'orgId'>;

const step = (role: string | null, unit: string | null = null): DossierSummary['currentStep'] => ({
  id: 'tham-dinh',
  name: 'Thẩm định hồ sơ',
  role,
  unit,
  dueAt: new Date('2025-09-17T10:00:00Z'),
});
const inProgress = (current: DossierSummary['currentStep']): Dossier => ({
  status: 'in-progress',
  nextAction: current ? 'complete-step' : 'approve',
  currentStep: current,
  orgId: ORG,
});

describe('availableActions', () => {
  it('offers the current step to its role, and papers to the unit’s staff', () => {
    expect(availableActions(inProgress(step('chuyen-vien')), user(['chuyen-vien']))).toEqual([
      'complete-step',
      'request-supplement',
    ]);
    expect(availableActions(inProgress(step('chuyen-vien')), user(['van-thu']))).toEqual(['request-supplement']);
    expect(availableActions(inProgress(step(null)), user(['van-thu']))).toEqual([
      'complete-step',
      'request-supplement',
    ]);
  });

  it('gives a leader approval once every step is done, refusal and the apology letter', () => {
    expect(availableActions(inProgress(null), user(['lanh-dao']))).toEqual([
      'request-supplement',
      'approve',
      'refuse',
      'apology',
    ]);
    expect(availableActions(inProgress(null), user(['chuyen-vien']))).toEqual(['request-supplement']);
  });

  it('gives the desk the return of an approved dossier and the papers of one awaiting them', () => {
    expect(
      availableActions({ status: 'approved', nextAction: 'return', currentStep: null, orgId: ORG }, user(['van-thu'])),
    ).toEqual(['return']);
    expect(
      availableActions(
        { status: 'awaiting-supplement', nextAction: 'resume', currentStep: null, orgId: ORG },
        user(['van-thu']),
      ),
    ).toEqual(['resume']);
    expect(
      availableActions(
        { status: 'awaiting-supplement', nextAction: 'resume', currentStep: null, orgId: ORG },
        user(['lanh-dao']),
      ),
    ).toEqual(['resume', 'refuse', 'apology']);
  });

  it('offers nothing on a finished dossier', () => {
    for (const status of ['returned', 'refused', 'withdrawn'] as const) {
      expect(
        availableActions({ status, nextAction: null, currentStep: null, orgId: ORG }, user(['lanh-dao', 'van-thu'])),
      ).toEqual([]);
    }
  });

  it('lets another unit complete only a step assigned to it', () => {
    const other = 'th-ubnd-huyen-hoang-hoa';
    const assigned = { ...inProgress(step('chuyen-vien', other)) };
    expect(availableActions(assigned, user(['chuyen-vien', 'lanh-dao'], other))).toEqual(['complete-step']);
    expect(availableActions(assigned, user(['chuyen-vien']))).toEqual(['request-supplement']);
    expect(availableActions(inProgress(step('chuyen-vien')), user(['chuyen-vien'], null))).toEqual([]);
  });
});
