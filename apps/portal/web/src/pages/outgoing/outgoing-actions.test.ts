import { describe, expect, it } from 'vitest';
import type { PortalRole } from '../../auth/user.js';
import { availableActions, isParticipant, roundPermissions } from './outgoing-actions.js';
import type { OutgoingStatus } from './outgoing-model.js';

const ORG = 'th-ubnd-xa-hoang-hoa';
const user = (username: string, roles: PortalRole[], orgId: string | null = ORG) => ({ username, roles, orgId });
const drafter = user('chuyenvien.hoanghoa', ['chuyen-vien']);
const colleague = user('chuyenvien.khac', ['chuyen-vien']);
const leader = user('lanhdao.hoanghoa', ['lanh-dao']);
const clerk = user('vanthu.hoanghoa', ['van-thu']);
const archivist = user('luutru.hoanghoa', ['luu-tru']);
const document = (status: OutgoingStatus, draftedBy = drafter.username) => ({ status, draftedBy, orgId: ORG });

describe('availableActions', () => {
  it('lets the drafter add versions, ask for comments and submit a draft, and nobody else', () => {
    expect(availableActions(document('draft'), drafter)).toEqual(['addVersion', 'openConsultation', 'submit']);
    expect(availableActions(document('draft'), colleague)).toEqual([]);
    expect(availableActions(document('draft'), leader)).toEqual([]);
  });

  it('offers no second round while one is open, but versions and submission still', () => {
    expect(availableActions(document('in-consultation'), drafter)).toEqual(['addVersion', 'submit']);
  });

  it('lets a leader who drafted the document submit it, then approve it like any leader', () => {
    const leaderDraft = document('draft', leader.username);
    expect(availableActions(leaderDraft, leader)).toEqual(['addVersion', 'openConsultation', 'submit']);
    expect(availableActions(document('submitted', leader.username), leader)).toEqual(['approve', 'sendBack']);
  });

  it('gives a submitted draft to the leaders: approve or send back; the drafter may no longer change it', () => {
    expect(availableActions(document('submitted'), leader)).toEqual(['approve', 'sendBack']);
    expect(availableActions(document('submitted'), drafter)).toEqual([]);
    expect(availableActions(document('submitted'), clerk)).toEqual([]);
  });

  it('lets a leader sign or still send back an approved draft', () => {
    expect(availableActions(document('approved'), leader)).toEqual(['sendBack', 'sign']);
    expect(availableActions(document('approved'), clerk)).toEqual([]);
  });

  it('leaves numbering and issuing a signed document to the clerk', () => {
    expect(availableActions(document('signed'), clerk)).toEqual(['issue']);
    expect(availableActions(document('signed'), leader)).toEqual([]);
    expect(availableActions(document('signed'), drafter)).toEqual([]);
  });

  it('lets the clerk export, recall or replace an issued document, and a leader recall or replace it', () => {
    expect(availableActions(document('issued'), clerk)).toEqual(['exportEdxml', 'recall', 'replace']);
    expect(availableActions(document('issued'), leader)).toEqual(['recall', 'replace']);
    expect(availableActions(document('issued'), archivist)).toEqual([]);
  });

  it('offers nothing on a recalled or replaced document', () => {
    for (const status of ['recalled', 'replaced', 'numbered'] as const) {
      for (const person of [drafter, leader, clerk]) expect(availableActions(document(status), person)).toEqual([]);
    }
  });

  it('offers nothing to someone of another unit (asked for comments) or without a unit', () => {
    const outsider = user(drafter.username, ['lanh-dao', 'van-thu'], 'th-ubnd-tinh');
    expect(availableActions(document('draft'), outsider)).toEqual([]);
    expect(availableActions(document('signed'), user('vanthu', ['van-thu'], null))).toEqual([]);
  });
});

describe('roundPermissions', () => {
  const deadline = new Date('2025-09-17T10:00:00Z');
  const before = new Date('2025-09-16T00:00:00Z');
  const after = new Date('2025-09-17T10:00:01Z');
  const reviewer = user('chuyenvien.tinh', ['chuyen-vien'], 'th-ubnd-tinh');
  const round = (status: 'open' | 'closed') => ({
    status,
    deadline,
    participants: [{ type: 'user' as const, username: reviewer.username }],
  });
  const doc = { draftedBy: drafter.username, orgId: ORG };

  it('lets a participant comment on an open round before its deadline, and the drafter close it', () => {
    expect(roundPermissions(round('open'), doc, reviewer, before)).toEqual({
      canComment: true,
      canClose: false,
      deadlinePassed: false,
    });
    expect(roundPermissions(round('open'), doc, drafter, before)).toEqual({
      canComment: false,
      canClose: true,
      deadlinePassed: false,
    });
  });

  it('takes no comment after the deadline, but the drafter may still close the round', () => {
    expect(roundPermissions(round('open'), doc, reviewer, after)).toMatchObject({
      canComment: false,
      deadlinePassed: true,
    });
    expect(roundPermissions(round('open'), doc, drafter, after).canClose).toBe(true);
  });

  it('allows nothing on a closed round', () => {
    expect(roundPermissions(round('closed'), doc, reviewer, before)).toMatchObject({ canComment: false });
    expect(roundPermissions(round('closed'), doc, drafter, before)).toMatchObject({ canClose: false });
  });
});

describe('isParticipant', () => {
  it('finds a person by username or through their unit', () => {
    const participants = [
      { type: 'user' as const, username: 'lanhdao.vp' },
      { type: 'unit' as const, orgId: 'th-ubnd-tinh' },
    ];
    expect(isParticipant(participants, { username: 'lanhdao.vp', orgId: ORG })).toBe(true);
    expect(isParticipant(participants, { username: 'ai.do', orgId: 'th-ubnd-tinh' })).toBe(true);
    expect(isParticipant(participants, { username: 'ai.do', orgId: ORG })).toBe(false);
    expect(isParticipant(participants, { username: null, orgId: null })).toBe(false);
  });
});
