import { describe, expect, it } from 'vitest';
import { dossierCode, parseDossierCode } from './dossier-code.js';

const vn = (local: string) => new Date(`${local}:00+07:00`);

describe('dossierCode', () => {
  it('writes <OrganId>-<yyMMdd>-<NNNN> with the day in Vietnam', () => {
    expect(dossierCode('000.00.14.H56', vn('2020-02-03T09:15'), 118)).toEqual({
      ok: true,
      value: '000.00.14.H56-200203-0118',
    });
    expect(dossierCode('000.17.22.H56', vn('2021-05-31T16:00'), 1)).toEqual({
      ok: true,
      value: '000.17.22.H56-210531-0001',
    });
    expect(dossierCode('000.00.14.H56', vn('2026-12-31T23:59'), 9999)).toEqual({
      ok: true,
      value: '000.00.14.H56-261231-9999',
    });
  });

  it('dates a receipt just after midnight in Vietnam by the Vietnamese day, not the UTC one', () => {
    // 00:30 on 14/02/2026 in Hà Nội is 17:30 UTC on the 13th.
    const result = dossierCode('000.00.14.H56', new Date('2026-02-13T17:30:00Z'), 7);
    expect(result).toEqual({ ok: true, value: '000.00.14.H56-260214-0007' });
  });

  it.each([0, -1, 10_000, 1.5, Number.NaN])('refuses sequence %s: DOSSIER_SEQUENCE_OUT_OF_RANGE', (sequence) => {
    const result = dossierCode('000.00.14.H56', vn('2026-03-05T09:00'), sequence);
    expect(result.ok || result.error.code).toBe('DOSSIER_SEQUENCE_OUT_OF_RANGE');
  });

  it.each(['000.00.14.h56', '00.00.14.H56', '000-00-14-H56', '', ' 000.00.14.H56'])(
    'refuses organisation id "%s": DOSSIER_ORGAN_ID_INVALID',
    (organId) => {
      const result = dossierCode(organId, vn('2026-03-05T09:00'), 1);
      expect(result.ok || result.error.code).toBe('DOSSIER_ORGAN_ID_INVALID');
    },
  );

  it('throws RangeError for a year that does not fit yy', () => {
    expect(() => dossierCode('000.00.14.H56', vn('1999-12-31T09:00'), 1)).toThrow(RangeError);
  });
});

describe('parseDossierCode', () => {
  it('reads back what dossierCode writes', () => {
    const code = dossierCode('000.00.14.H56', vn('2026-02-13T09:00'), 42);
    expect(code.ok).toBe(true);
    if (code.ok)
      expect(parseDossierCode(code.value)).toEqual({
        ok: true,
        value: { organId: '000.00.14.H56', date: '2026-02-13', sequence: 42 },
      });
    expect(parseDossierCode('  000.17.22.H56-210531-0001 ')).toEqual({
      ok: true,
      value: { organId: '000.17.22.H56', date: '2021-05-31', sequence: 1 },
    });
  });

  it.each([
    '000.00.14.H56-200230-0001', // 30 February
    '000.00.14.H56-201301-0001', // month 13
    '000.00.14.H56-200203-0000', // sequence 0
    '000.00.14.H56-200203-118',
    '000.00.14.H56-20200203-0118',
    '000.00.14.h56-200203-0118',
    '000.00.14.H56_200203_0118',
    'H56-200203-0118',
    '',
  ])('refuses "%s": DOSSIER_CODE_INVALID', (code) => {
    const result = parseDossierCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('DOSSIER_CODE_INVALID');
      expect(result.error.messageVi).toContain('000.00.14.H56-200203-0118');
    }
  });

  it('accepts 29 February of a leap year only', () => {
    expect(parseDossierCode('000.00.14.H56-280229-0001').ok).toBe(true);
    expect(parseDossierCode('000.00.14.H56-270229-0001').ok).toBe(false);
  });
});
