// The portal ships no domain library; this test (and only it) reads @lienthong/documents to keep the copies here true.
import * as documents from '@lienthong/documents';
import { describe, expect, it } from 'vitest';
import { vi } from '../../i18n/vi.js';
import { HISTORY_ACTIONS } from './outgoing-history-model.js';
import {
  COPY_KINDS,
  OUTGOING_STATUSES,
  PARTY_KINDS,
  SECRECY_LEVELS,
  STATE_KINDS,
  URGENCY_LEVELS,
  draftKindsFor,
  kindName,
  mayBeLegalNormative,
  needsUnitCode,
  systemOfUnit,
  type OrgUnit,
} from './outgoing-model.js';

const withoutLegal = ({ code, name, abbreviation }: { code: string; name: string; abbreviation: string | null }) => ({
  code,
  name,
  abbreviation,
});

describe('the portal’s copy of the documents domain', () => {
  it('has the lifecycle’s states, urgencies and classifications in their order', () => {
    expect(OUTGOING_STATUSES).toEqual(documents.OUTGOING_STATES);
    expect(URGENCY_LEVELS).toEqual(documents.URGENCY_LEVELS);
    expect(SECRECY_LEVELS).toEqual(documents.SECRECY_LEVELS);
  });

  it('says statuses, urgencies and classifications in Vietnamese exactly as the domain does', () => {
    for (const status of OUTGOING_STATUSES)
      expect(vi[`outgoing.status.${status}`]).toBe(documents.OUTGOING_STATE_LABELS[status]);
    for (const level of URGENCY_LEVELS) expect(vi[`outgoing.urgency.${level}`]).toBe(documents.URGENCY_LABELS[level]);
    for (const level of SECRECY_LEVELS) expect(vi[`outgoing.secrecy.${level}`]).toBe(documents.SECRECY_LABELS[level]);
  });

  it('has every State, Party and copy kind with its name and abbreviation', () => {
    expect(STATE_KINDS).toEqual(documents.STATE_DOCUMENT_KINDS);
    expect(PARTY_KINDS.map(withoutLegal)).toEqual(documents.PARTY_DOCUMENT_KINDS.map(withoutLegal));
    expect([...COPY_KINDS.state, ...COPY_KINDS.party].map(withoutLegal)).toEqual(
      documents.COPY_KINDS.map(withoutLegal),
    );
  });

  it('names every lifecycle command in the history', () => {
    for (const rule of documents.OUTGOING_TRANSITIONS) expect(HISTORY_ACTIONS).toContain(rule.command);
  });
});

describe('draftKindsFor', () => {
  it('offers a State unit exactly the kinds intake accepts for a draft', () => {
    const offered = draftKindsFor('state').map((kind) => kind.code);
    const accepted = [...documents.STATE_DOCUMENT_KINDS, ...documents.COPY_KINDS]
      .map((kind) => kind.code)
      .filter(
        (code) =>
          documents.checkOutgoingKind({ system: 'state', kindCode: code, issuerCode: 'UBND', unitCode: 'VP' }).ok,
      );
    expect(offered).toEqual(accepted);
    expect(offered).not.toContain('thu-cong');
    expect(offered).not.toContain('nghi-dinh');
    expect(offered.slice(-3)).toEqual(['sao-y', 'trich-sao', 'sao-luc']);
  });

  it('offers a Party unit its own kinds and its copy', () => {
    const offered = draftKindsFor('party').map((kind) => kind.code);
    expect(offered).toEqual([...documents.PARTY_DOCUMENT_KINDS.map((kind) => kind.code), 'ban-sao']);
    for (const code of offered)
      expect(documents.checkOutgoingKind({ system: 'party', kindCode: code, issuerCode: 'HU' }).ok).toBe(true);
  });
});

describe('kind rules', () => {
  it('asks for the drafting unit code exactly when intake requires it', () => {
    expect(needsUnitCode('state', 'cong-van')).toBe(true);
    expect(needsUnitCode('party', 'cong-van')).toBe(false);
    expect(needsUnitCode('state', 'quyet-dinh')).toBe(false);
    const refused = documents.checkOutgoingKind({ system: 'state', kindCode: 'cong-van', issuerCode: 'UBND' });
    expect(refused.ok ? null : refused.error.code).toBe('OUTGOING_UNIT_CODE_REQUIRED');
  });

  it('offers "legal normative" for the State kinds that may be one', () => {
    expect(mayBeLegalNormative('state', 'quyet-dinh')).toBe(true);
    expect(mayBeLegalNormative('state', 'nghi-quyet')).toBe(true);
    expect(mayBeLegalNormative('state', 'cong-van')).toBe(false);
    expect(mayBeLegalNormative('party', 'quyet-dinh')).toBe(false);
  });

  it('names a kind in its system, and shows an unknown code as is', () => {
    expect(kindName('state', 'quy-dinh')).toBe('Quy định');
    expect(kindName('party', 'ket-luan')).toBe('Kết luận');
    expect(kindName('state', 'sao-y')).toBe('Bản sao y');
    expect(kindName('state', 'khong-co')).toBe('khong-co');
  });
});

describe('systemOfUnit', () => {
  const unit = (id: string, side: string): OrgUnit => ({
    id,
    code: null,
    name: id,
    side,
    level: 'commune',
    kind: 'ubnd',
    parentId: null,
    validFrom: '2025-07-01',
    validTo: null,
  });

  it('is Party for a unit on the Party side, State otherwise and while the directory is unknown', () => {
    const units = [unit('th-ubnd-tinh', 'state'), unit('th-tinh-uy', 'party')];
    expect(systemOfUnit(units, 'th-tinh-uy')).toBe('party');
    expect(systemOfUnit(units, 'th-ubnd-tinh')).toBe('state');
    expect(systemOfUnit(undefined, 'th-tinh-uy')).toBe('state');
    expect(systemOfUnit(units, null)).toBe('state');
  });
});
