import { describe, expect, it } from 'vitest';
import { OutgoingDraftInput, checkOutgoingKind, outgoingSeriesOf, outgoingSymbol } from './outgoing.js';
import { parseSymbol } from './symbol.js';
import { PARTY_DOCUMENT_KINDS, STATE_DOCUMENT_KINDS } from './kinds.js';

describe('outgoingSymbol', () => {
  it('writes the State forms in canonical shape', () => {
    expect(
      outgoingSymbol({ system: 'state', kindCode: 'cong-van', issuerCode: 'UBND', unitCode: 'VP' }, 15, 2026),
    ).toEqual({
      ok: true,
      value: '15/UBND-VP',
    });
    expect(outgoingSymbol({ system: 'state', kindCode: 'quyet-dinh', issuerCode: 'UBND' }, 7, 2026)).toEqual({
      ok: true,
      value: '07/QĐ-UBND',
    });
    expect(
      outgoingSymbol({ system: 'state', kindCode: 'quyet-dinh', issuerCode: 'UBND', legalNormative: true }, 3, 2026),
    ).toEqual({ ok: true, value: '03/2026/QĐ-UBND' });
    expect(outgoingSymbol({ system: 'state', kindCode: 'sao-y', issuerCode: 'UBND' }, 5, 2026)).toEqual({
      ok: true,
      value: '05/SY-UBND',
    });
  });

  it('writes Party symbols with a hyphen after the number', () => {
    expect(outgoingSymbol({ system: 'party', kindCode: 'ket-luan', issuerCode: 'HU' }, 82, 2026)).toEqual({
      ok: true,
      value: '82-KL/HU',
    });
    expect(outgoingSymbol({ system: 'party', kindCode: 'ban-sao', issuerCode: 'HU' }, 4, 2026)).toEqual({
      ok: true,
      value: '04-BS/HU',
    });
  });

  it('gives back, through parseSymbol, the kind it was asked for (every numbered kind of both systems)', () => {
    const state = STATE_DOCUMENT_KINDS.filter((kind) => kind.legalNormative !== 'always' && kind.code !== 'thu-cong');
    for (const kind of state) {
      const written = outgoingSymbol(
        { system: 'state', kindCode: kind.code, issuerCode: 'UBND', unitCode: 'VP' },
        12,
        2026,
      );
      if (!written.ok) throw new Error(written.error.message);
      const parsed = parseSymbol(written.value);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.value.system).toBe('state');
      expect('kind' in parsed.value ? parsed.value.kind : parsed.value.form).toBe(kind.code);
    }
    for (const kind of PARTY_DOCUMENT_KINDS) {
      const written = outgoingSymbol({ system: 'party', kindCode: kind.code, issuerCode: 'HU' }, 12, 2026);
      if (!written.ok) throw new Error(written.error.message);
      const parsed = parseSymbol(written.value);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.value).toMatchObject({ system: 'party', kind: kind.code, number: 12, issuer: 'HU' });
    }
  });

  it('refuses kinds that cannot be numbered here, with a precise code', () => {
    const code = (result: ReturnType<typeof checkOutgoingKind>) => (result.ok ? 'ok' : result.error.code);
    expect(code(checkOutgoingKind({ system: 'state', kindCode: 'cong-van', issuerCode: 'UBND' }))).toBe(
      'OUTGOING_UNIT_CODE_REQUIRED',
    );
    expect(code(checkOutgoingKind({ system: 'state', kindCode: 'thu-cong', issuerCode: 'UBND' }))).toBe(
      'OUTGOING_KIND_NOT_NUMBERED',
    );
    expect(code(checkOutgoingKind({ system: 'state', kindCode: 'nghi-dinh', issuerCode: 'UBND' }))).toBe(
      'OUTGOING_KIND_NOT_LOCAL',
    );
    expect(code(checkOutgoingKind({ system: 'state', kindCode: 'ket-luan', issuerCode: 'UBND' }))).toBe(
      'OUTGOING_KIND_UNKNOWN',
    );
    expect(code(checkOutgoingKind({ system: 'party', kindCode: 'cong-dien', issuerCode: 'HU' }))).toBe(
      'OUTGOING_KIND_UNKNOWN',
    );
  });
});

describe('outgoingSeriesOf', () => {
  const base = { system: 'state', kindCode: 'quyet-dinh', issuerCode: 'UBND' } as const;
  it('keeps confidential documents, copies and legal normative kinds in their own series', () => {
    expect(outgoingSeriesOf({ ...base, secrecy: 'thuong' })).toEqual({ ok: true, value: 'ordinary' });
    expect(outgoingSeriesOf({ ...base, secrecy: 'mat' })).toEqual({ ok: true, value: 'secret' });
    expect(outgoingSeriesOf({ ...base, kindCode: 'sao-y', secrecy: 'thuong' })).toEqual({ ok: true, value: 'copy' });
    expect(outgoingSeriesOf({ ...base, legalNormative: true, secrecy: 'thuong' })).toEqual({
      ok: true,
      value: 'legal-quyet-dinh',
    });
  });
});

describe('OutgoingDraftInput', () => {
  it('cleans body codes and refuses ones with spaces or symbols, in Vietnamese', () => {
    const parsed = OutgoingDraftInput.parse({
      kindCode: 'cong-van',
      issuerCode: ' ubnd ',
      unitCode: 'vp',
      subject: '  V/v   báo cáo ',
    });
    expect(parsed).toMatchObject({
      issuerCode: 'UBND',
      unitCode: 'VP',
      subject: 'V/v báo cáo',
      urgency: 'thuong',
      recipients: [],
    });
    const refused = OutgoingDraftInput.safeParse({ kindCode: 'cong-van', issuerCode: 'UB ND', subject: 'x' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('chỉ gồm chữ in hoa và số');
  });
});
