import { describe, expect, it } from 'vitest';
import { addRecipient, emptyDraft, externalRecipient, toCreateInput, type DraftValues } from './draft-form.js';

const TINH = { type: 'internal' as const, orgId: 'th-ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Thanh Hóa' };

function draft(overrides: Partial<DraftValues> = {}): DraftValues {
  return {
    ...emptyDraft('state'),
    subject: '  V/v báo cáo   kết quả chuyển đổi số quý III  ',
    unitCode: 'vp',
    recipients: [TINH],
    ...overrides,
  };
}

describe('emptyDraft', () => {
  it('starts a State unit on a công văn of the People’s Committee (UBND), ordinary and not classified', () => {
    expect(emptyDraft('state')).toMatchObject({
      kindCode: 'cong-van',
      issuerCode: 'UBND',
      urgency: 'thuong',
      secrecy: 'thuong',
      recipients: [],
      inReplyToId: null,
    });
  });

  it('leaves a Party unit to choose its kind and issuer code', () => {
    expect(emptyDraft('party')).toMatchObject({ kindCode: '', issuerCode: '' });
  });
});

describe('toCreateInput', () => {
  it('maps a State công văn with the drafting unit code, a tidied subject and the recipients', () => {
    expect(toCreateInput(draft(), 'state')).toEqual({
      ok: true,
      input: {
        kindCode: 'cong-van',
        issuerCode: 'UBND',
        unitCode: 'VP',
        legalNormative: false,
        subject: 'V/v báo cáo kết quả chuyển đổi số quý III',
        urgency: 'thuong',
        secrecy: 'thuong',
        recipients: [TINH],
      },
    });
  });

  it('requires the unit code of a State công văn', () => {
    expect(toCreateInput(draft({ unitCode: '  ' }), 'state')).toEqual({
      ok: false,
      errors: { unitCode: 'outgoing.validation.unitCodeRequired' },
    });
  });

  it('sends no unit code for other kinds, nor for a Party công văn, even when one was typed', () => {
    const decision = toCreateInput(draft({ kindCode: 'quyet-dinh' }), 'state');
    expect(decision.ok && 'unitCode' in decision.input).toBe(false);
    const party = toCreateInput(draft({ issuerCode: 'hu' }), 'party');
    expect(party).toMatchObject({ ok: true, input: { kindCode: 'cong-van', issuerCode: 'HU' } });
    expect(party.ok && 'unitCode' in party.input).toBe(false);
  });

  it('marks a legal normative document only for the State kinds that may be one', () => {
    expect(toCreateInput(draft({ kindCode: 'quyet-dinh', legalNormative: true }), 'state')).toMatchObject({
      ok: true,
      input: { legalNormative: true },
    });
    expect(toCreateInput(draft({ kindCode: 'ke-hoach', legalNormative: true }), 'state')).toMatchObject({
      ok: true,
      input: { legalNormative: false },
    });
    expect(toCreateInput(draft({ kindCode: 'quyet-dinh', legalNormative: true }), 'party')).toMatchObject({
      ok: true,
      input: { legalNormative: false },
    });
  });

  it('sends outside recipients with their organ id only when one was given', () => {
    const recipients = [
      TINH,
      { type: 'external' as const, name: 'Công ty Điện lực Thanh Hóa' },
      { type: 'external' as const, name: 'Bộ Nội vụ', organId: '000.00.00.G12' },
    ];
    expect(toCreateInput(draft({ recipients }), 'state')).toMatchObject({ ok: true, input: { recipients } });
  });

  it('refuses an outside recipient on a classified document, as intake would', () => {
    const recipients = [TINH, { type: 'external' as const, name: 'Công ty ABC' }];
    expect(toCreateInput(draft({ recipients, secrecy: 'mat' }), 'state')).toEqual({
      ok: false,
      errors: { recipients: 'outgoing.validation.confidentialExternal' },
    });
    expect(toCreateInput(draft({ recipients: [TINH], secrecy: 'mat' }), 'state')).toMatchObject({
      ok: true,
      input: { secrecy: 'mat', recipients: [TINH] },
    });
  });

  it('lists every missing required field at once', () => {
    expect(toCreateInput(draft({ kindCode: '', issuerCode: ' ', subject: '\n ' }), 'state')).toEqual({
      ok: false,
      errors: {
        kindCode: 'outgoing.validation.kindRequired',
        issuerCode: 'outgoing.validation.issuerRequired',
        subject: 'outgoing.validation.subjectRequired',
      },
    });
  });

  it('carries the incoming document answered and the uploaded first file', () => {
    const replyTo = '0199a3b2-7c1e-7d2a-9f00-1234567890ab';
    const uploadId = '0199a3b2-7c1e-7d2a-9f00-ba0987654321';
    expect(toCreateInput(draft({ inReplyToId: replyTo }), 'state', uploadId)).toMatchObject({
      ok: true,
      input: { inReplyToId: replyTo, uploadId },
    });
    const plain = toCreateInput(draft(), 'state');
    expect(plain.ok && ('inReplyToId' in plain.input || 'uploadId' in plain.input)).toBe(false);
  });
});

describe('recipients', () => {
  it('adds a unit once, and an outside body once whatever the case of its name', () => {
    const once = addRecipient([TINH], { ...TINH, name: 'another name' });
    expect(once).toEqual([TINH]);
    const external = externalRecipient('  Công ty   ABC ', '');
    expect(external).toEqual({ type: 'external', name: 'Công ty ABC' });
    if (!external) throw new Error('expected a recipient');
    expect(addRecipient([external], { type: 'external', name: 'CÔNG TY ABC' })).toHaveLength(1);
    expect(addRecipient([TINH], external)).toEqual([TINH, external]);
  });

  it('builds no outside recipient without a name, and keeps a given organ id', () => {
    expect(externalRecipient('  ', '000.00.00.H56')).toBeNull();
    expect(externalRecipient('Sở Nội vụ', ' 000.00.00.H56 ')).toEqual({
      type: 'external',
      name: 'Sở Nội vụ',
      organId: '000.00.00.H56',
    });
  });
});
