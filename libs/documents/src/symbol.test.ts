import { describe, expect, it } from 'vitest';
import { COPY_KINDS, PARTY_DOCUMENT_KINDS, STATE_DOCUMENT_KINDS } from './kinds.js';
import { symbolError } from './symbol-errors.js';
import { formatSymbol, parseSymbol, type DocumentSymbol, type ParsedSymbol } from './symbol.js';

function parsed(input: string, options?: { maxYear?: number }): ParsedSymbol {
  const result = parseSymbol(input, options);
  if (!result.ok) throw new Error(`${input}: ${result.error.code} ${result.error.messageEn}`);
  return result.value;
}

function errorOf(input: string, options?: { maxYear?: number }) {
  const result = parseSymbol(input, options);
  if (result.ok) throw new Error(`${input} parsed as ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('formatSymbol', () => {
  it.each<[DocumentSymbol, string, string]>([
    [{ system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', issuer: 'UBND' }, '12/QĐ-UBND', 'Số: 12/QĐ-UBND'],
    [{ system: 'state', form: 'typed', number: 15, kind: 'quyet-dinh', issuer: 'BNV' }, '15/QĐ-BNV', 'Số: 15/QĐ-BNV'],
    [{ system: 'state', form: 'cong-van', number: 45, issuer: 'UBND', unit: 'VP' }, '45/UBND-VP', 'Số: 45/UBND-VP'],
    [{ system: 'state', form: 'cong-van', number: 5, issuer: 'BNV', unit: 'VP' }, '05/BNV-VP', 'Số: 05/BNV-VP'],
    [{ system: 'state', form: 'typed', number: 30, year: 2020, kind: 'nghi-dinh', issuer: 'CP' }, '30/2020/NĐ-CP', 'Số: 30/2020/NĐ-CP'],
    [{ system: 'state', form: 'issuer-only', number: 45, year: 2019, issuer: 'QH14' }, '45/2019/QH14', 'Số: 45/2019/QH14'],
    [{ system: 'state', form: 'copy', number: 5, kind: 'sao-y' }, '05/SY', 'Số: 05/SY'],
    [{ system: 'state', form: 'copy', number: 5, kind: 'sao-y', issuer: 'UBND' }, '05/SY-UBND', 'Số: 05/SY-UBND'],
    [{ system: 'party', form: 'typed', number: 82, kind: 'ket-luan', issuer: 'TW' }, '82-KL/TW', 'Số 82-KL/TW'],
    [{ system: 'party', form: 'typed', number: 123, kind: 'cong-van', issuer: 'HU' }, '123-CV/HU', 'Số 123-CV/HU'],
    [{ system: 'party', form: 'typed', number: 8, kind: 'quy-dinh', issuer: 'TW' }, '08-QĐi/TW', 'Số 08-QĐi/TW'],
    [{ system: 'party', form: 'copy', number: 24, kind: 'ban-sao', issuer: 'UBKTTU' }, '24-BS/UBKTTU', 'Số 24-BS/UBKTTU'],
  ])('formats %j as %s, or %s with the prefix', (value, bare, prefixed) => {
    expect(formatSymbol(value)).toBe(bare);
    expect(formatSymbol(value, { withPrefix: false })).toBe(bare);
    expect(formatSymbol(value, { withPrefix: true })).toBe(prefixed);
  });

  it('writes issuers and units in upper case, but TTg, and keeps the mixed case of kind abbreviations', () => {
    expect(formatSymbol({ system: 'state', form: 'typed', number: 3, kind: 'to-trinh', issuer: 'ubnd' })).toBe('03/TTr-UBND');
    expect(formatSymbol({ system: 'state', form: 'cong-van', number: 7, issuer: 'ubnd', unit: 'vx' })).toBe('07/UBND-VX');
    expect(formatSymbol({ system: 'state', form: 'issuer-only', number: 2, year: 2022, issuer: 'ubtvqh15' })).toBe('02/2022/UBTVQH15');
    expect(formatSymbol({ system: 'state', form: 'copy', number: 1, kind: 'trich-sao', issuer: 'ubnd' })).toBe('01/TrS-UBND');
    expect(formatSymbol({ system: 'party', form: 'typed', number: 15, kind: 'nghi-quyet', issuer: 'đu' })).toBe('15-NQ/ĐU');
    expect(formatSymbol({ system: 'state', form: 'typed', number: 20, year: 2020, kind: 'quyet-dinh', issuer: 'ttg' })).toBe('20/2020/QĐ-TTg');
    expect(formatSymbol({ system: 'state', form: 'typed', number: 1, year: 2015, kind: 'thong-tu-lien-tich', issuer: 'btp-bnv' })).toBe(
      '01/2015/TTLT-BTP-BNV',
    );
  });

  it('does not pad numbers of 10 and more', () => {
    expect(formatSymbol({ system: 'state', form: 'typed', number: 1234, kind: 'ke-hoach', issuer: 'UBND' })).toBe('1234/KH-UBND');
  });
});

describe('parseSymbol', () => {
  describe('reads what clerks type', () => {
    it.each<[string, DocumentSymbol & { kindAbbreviation?: string }]>([
      ['Số: 12/QĐ-UBND', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['12/QĐ-UBND', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['so 12/qd-ubnd', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['Số:12 / QĐ - UBND', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['12/QD-UBND', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['SỐ: 12/QĐ–UBND', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['Số 12/QĐ—UBND.', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['Số, ký hiệu: 012/QĐ-UBND', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['\u00a012\uff0fQĐ\u2011UBND\u200b', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['12\\QĐ-UBND', { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['Số: 12/QĐ-UBND'.normalize('NFD'), { system: 'state', form: 'typed', number: 12, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['Số: 15/QĐ-BNV', { system: 'state', form: 'typed', number: 15, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'BNV' }],
      ['07/qyđ-ubnd', { system: 'state', form: 'typed', number: 7, kind: 'quy-dinh', kindAbbreviation: 'QyĐ', issuer: 'UBND' }],
      ['3/ttr-ubnd', { system: 'state', form: 'typed', number: 3, kind: 'to-trinh', kindAbbreviation: 'TTr', issuer: 'UBND' }],
      ['04/HD-UBND', { system: 'state', form: 'typed', number: 4, kind: 'huong-dan', kindAbbreviation: 'HD', issuer: 'UBND' }],
      ['04/HĐ-UBND', { system: 'state', form: 'typed', number: 4, kind: 'hop-dong', kindAbbreviation: 'HĐ', issuer: 'UBND' }],
      ['Số: 45/UBND-VP', { system: 'state', form: 'cong-van', number: 45, issuer: 'UBND', unit: 'VP' }],
      ['12/ubnd-vx', { system: 'state', form: 'cong-van', number: 12, issuer: 'UBND', unit: 'VX' }],
      ['Số: 05/BNV-VP', { system: 'state', form: 'cong-van', number: 5, issuer: 'BNV', unit: 'VP' }],
      ['45/UBND-VP-TH', { system: 'state', form: 'cong-van', number: 45, issuer: 'UBND', unit: 'VP-TH' }],
      ['30/2020/NĐ-CP', { system: 'state', form: 'typed', number: 30, year: 2020, kind: 'nghi-dinh', kindAbbreviation: 'NĐ', issuer: 'CP' }],
      ['30/2020/nd-cp', { system: 'state', form: 'typed', number: 30, year: 2020, kind: 'nghi-dinh', kindAbbreviation: 'NĐ', issuer: 'CP' }],
      ['01/2011/TT-BNV', { system: 'state', form: 'typed', number: 1, year: 2011, kind: 'thong-tu', kindAbbreviation: 'TT', issuer: 'BNV' }],
      ['01/2015/TTLT-BTP-BNV', { system: 'state', form: 'typed', number: 1, year: 2015, kind: 'thong-tu-lien-tich', kindAbbreviation: 'TTLT', issuer: 'BTP-BNV' }],
      ['20/2020/QĐ-TTg', { system: 'state', form: 'typed', number: 20, year: 2020, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'TTg' }],
      ['20/2020/qd-ttg', { system: 'state', form: 'typed', number: 20, year: 2020, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'TTg' }],
      ['05/CT-TTG', { system: 'state', form: 'typed', number: 5, kind: 'chi-thi', kindAbbreviation: 'CT', issuer: 'TTg' }],
      ['1234/TTg-KTTH', { system: 'state', form: 'cong-van', number: 1234, issuer: 'TTg', unit: 'KTTH' }],
      ['12/2024/QĐ-UBND', { system: 'state', form: 'typed', number: 12, year: 2024, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'UBND' }],
      ['05/2024/NQ-HĐND', { system: 'state', form: 'typed', number: 5, year: 2024, kind: 'nghi-quyet', kindAbbreviation: 'NQ', issuer: 'HĐND' }],
      ['19/2012/CT-UBND', { system: 'state', form: 'typed', number: 19, year: 2012, kind: 'chi-thi', kindAbbreviation: 'CT', issuer: 'UBND' }],
      ['45/2019/QH14', { system: 'state', form: 'issuer-only', number: 45, year: 2019, issuer: 'QH14' }],
      ['Số: 05/SY', { system: 'state', form: 'copy', number: 5, kind: 'sao-y', kindAbbreviation: 'SY' }],
      ['05/sy-ubnd', { system: 'state', form: 'copy', number: 5, kind: 'sao-y', kindAbbreviation: 'SY', issuer: 'UBND' }],
      ['2/trs', { system: 'state', form: 'copy', number: 2, kind: 'trich-sao', kindAbbreviation: 'TrS' }],
      ['Số 82-KL/TW', { system: 'party', form: 'typed', number: 82, kind: 'ket-luan', kindAbbreviation: 'KL', issuer: 'TW' }],
      ['số 82 - kl / tw', { system: 'party', form: 'typed', number: 82, kind: 'ket-luan', kindAbbreviation: 'KL', issuer: 'TW' }],
      ['123-CV/HU', { system: 'party', form: 'typed', number: 123, kind: 'cong-van', kindAbbreviation: 'CV', issuer: 'HU' }],
      ['Số: 15-NQ/HU', { system: 'party', form: 'typed', number: 15, kind: 'nghi-quyet', kindAbbreviation: 'NQ', issuer: 'HU' }],
      ['Số 36-HD/VPTW', { system: 'party', form: 'typed', number: 36, kind: 'huong-dan', kindAbbreviation: 'HD', issuer: 'VPTW' }],
      ['08-QĐi/TW', { system: 'party', form: 'typed', number: 8, kind: 'quy-dinh', kindAbbreviation: 'QĐi', issuer: 'TW' }],
      ['08–qdi/tw', { system: 'party', form: 'typed', number: 8, kind: 'quy-dinh', kindAbbreviation: 'QĐi', issuer: 'TW' }],
      ['205-QĐ/TW', { system: 'party', form: 'typed', number: 205, kind: 'quyet-dinh', kindAbbreviation: 'QĐ', issuer: 'TW' }],
      ['416-CV/ĐU', { system: 'party', form: 'typed', number: 416, kind: 'cong-van', kindAbbreviation: 'CV', issuer: 'ĐU' }],
      ['234-cv/btgtu', { system: 'party', form: 'typed', number: 234, kind: 'cong-van', kindAbbreviation: 'CV', issuer: 'BTGTU' }],
      ['90-TB/TU', { system: 'party', form: 'typed', number: 90, kind: 'thong-bao', kindAbbreviation: 'TB', issuer: 'TU' }],
      ['05-TT/TW', { system: 'party', form: 'typed', number: 5, kind: 'thong-tri', kindAbbreviation: 'TT', issuer: 'TW' }],
      ['Số 24-BS/UBKTTU', { system: 'party', form: 'copy', number: 24, kind: 'ban-sao', kindAbbreviation: 'BS', issuer: 'UBKTTU' }],
    ])('reads %j', (input, expected) => {
      expect(parsed(input)).toEqual({ ...expected, raw: input });
    });

    it('keeps the input as typed in raw', () => {
      const result = parseSymbol('  so 12 / qd - ubnd ');
      expect(result.ok && result.value.raw).toBe('  so 12 / qd - ubnd ');
    });

    it('gives no kind abbreviation to a công văn or a law', () => {
      expect(parsed('45/UBND-VP')).not.toHaveProperty('kindAbbreviation');
      expect(parsed('45/2019/QH14')).not.toHaveProperty('kindAbbreviation');
    });
  });

  describe('refuses with a precise error', () => {
    it.each([
      ['', 'SYMBOL_EMPTY'],
      ['   ', 'SYMBOL_EMPTY'],
      ['Số:', 'SYMBOL_EMPTY'],
      ['12/QĐ-UBND (bản chính)', 'SYMBOL_CHARACTER_INVALID'],
      ['12/QĐ_UBND', 'SYMBOL_CHARACTER_INVALID'],
      ['QĐ-UBND', 'SYMBOL_NUMBER_MISSING'],
      ['/QĐ-UBND', 'SYMBOL_NUMBER_MISSING'],
      ['Số: UBND-VP', 'SYMBOL_NUMBER_MISSING'],
      ['0/QĐ-UBND', 'SYMBOL_NUMBER_INVALID'],
      ['00/QĐ-UBND', 'SYMBOL_NUMBER_INVALID'],
      ['-5/QĐ-UBND', 'SYMBOL_NUMBER_INVALID'],
      ['12a/QĐ-UBND', 'SYMBOL_NUMBER_INVALID'],
      ['1000000/QĐ-UBND', 'SYMBOL_NUMBER_INVALID'],
      ['12', 'SYMBOL_ABBREVIATIONS_MISSING'],
      ['12a', 'SYMBOL_NUMBER_INVALID'],
      ['Số: 12/', 'SYMBOL_ABBREVIATIONS_MISSING'],
      ['Số 82-', 'SYMBOL_ABBREVIATIONS_MISSING'],
      ['30/2020/', 'SYMBOL_ABBREVIATIONS_MISSING'],
      ['12/-UBND', 'SYMBOL_KIND_MISSING'],
      ['30/2020/-CP', 'SYMBOL_KIND_MISSING'],
      ['82-/TW', 'SYMBOL_KIND_MISSING'],
      ['82--TW', 'SYMBOL_KIND_MISSING'],
      ['12/QĐ', 'SYMBOL_ISSUER_MISSING'],
      ['12/QĐ-', 'SYMBOL_ISSUER_MISSING'],
      ['30/2020/NĐ', 'SYMBOL_ISSUER_MISSING'],
      ['82-KL', 'SYMBOL_ISSUER_MISSING'],
      ['82-KL/', 'SYMBOL_ISSUER_MISSING'],
      ['82-KL-', 'SYMBOL_ISSUER_MISSING'],
      ['45/UBND', 'SYMBOL_UNIT_MISSING'],
      ['45/UBND-', 'SYMBOL_UNIT_MISSING'],
      ['30/1900/NĐ-CP', 'SYMBOL_YEAR_OUT_OF_RANGE'],
      ['30/20/NĐ-CP', 'SYMBOL_YEAR_OUT_OF_RANGE'],
      ['30/02020/NĐ-CP', 'SYMBOL_YEAR_OUT_OF_RANGE'],
      ['30/2150/NĐ-CP', 'SYMBOL_YEAR_OUT_OF_RANGE'],
      ['30/NĐ-CP', 'SYMBOL_YEAR_REQUIRED'],
      ['01/TT-BNV', 'SYMBOL_YEAR_REQUIRED'],
      ['05/2024/SY', 'SYMBOL_YEAR_NOT_ALLOWED'],
      ['12/QĐ/UBND', 'SYMBOL_SEPARATORS_MIXED'],
      ['82/KL/TW', 'SYMBOL_SEPARATORS_MIXED'],
      ['82/KL-TW', 'SYMBOL_SEPARATORS_MIXED'],
      ['82/KL', 'SYMBOL_SEPARATORS_MIXED'],
      ['12-QĐ-UBND', 'SYMBOL_SEPARATORS_MIXED'],
      ['45-UBND-VP', 'SYMBOL_SEPARATORS_MIXED'],
      ['12-QyĐ/UBND', 'SYMBOL_SEPARATORS_MIXED'],
      ['12-SY', 'SYMBOL_SEPARATORS_MIXED'],
      ['45/CV-UBND', 'SYMBOL_CONG_VAN_TYPE_CODE'],
      ['30/2020/XYZ-CP', 'SYMBOL_KIND_UNKNOWN'],
      ['82-XYZ/TW', 'SYMBOL_KIND_UNKNOWN'],
      ['82-XYZ', 'SYMBOL_KIND_UNKNOWN'],
      ['82-TX/TW', 'SYMBOL_KIND_UNKNOWN'],
      ['30/2020/TLT-BNV', 'SYMBOL_KIND_UNKNOWN'],
      ['30/2020/NDD-CP', 'SYMBOL_KIND_UNKNOWN_SUGGESTION'],
      ['82-KLL/TW', 'SYMBOL_KIND_UNKNOWN_SUGGESTION'],
      ['30/2020/NĐ/CP', 'SYMBOL_MALFORMED'],
      ['12//QĐ-UBND', 'SYMBOL_MALFORMED'],
      ['12/QĐ/', 'SYMBOL_MALFORMED'],
      ['12/QĐ--UBND', 'SYMBOL_MALFORMED'],
      ['45/UBND--VP', 'SYMBOL_MALFORMED'],
      ['82-KL--X', 'SYMBOL_MALFORMED'],
      ['82-2020-KL/TW', 'SYMBOL_MALFORMED'],
      ['82-KL/TW/HU', 'SYMBOL_MALFORMED'],
      ['82-KL/BTC--TW', 'SYMBOL_MALFORMED'],
    ])('refuses %j with %s', (input, code) => {
      const error = errorOf(input);
      expect(error.code).toBe(code);
      expect(error.kind).toBe('invalid');
    });

    it('names the offending character', () => {
      expect(errorOf('12/QĐ_UBND').details).toEqual({ input: '12/QĐ_UBND', character: '_' });
    });

    it('names the number that is not a positive integer', () => {
      expect(errorOf('-5/QĐ-UBND').details).toMatchObject({ number: '-5' });
      expect(errorOf('12a/QĐ-UBND').messageVi).toBe('Số văn bản "12a" phải là số nguyên dương, từ 1 đến 999999');
    });

    it('refuses a year after maxYear, so a caller can refuse future years', () => {
      expect(parsed('12/2025/QĐ-UBND', { maxYear: 2025 })).toMatchObject({ year: 2025 });
      const error = errorOf('12/2026/QĐ-UBND', { maxYear: 2025 });
      expect(error.code).toBe('SYMBOL_YEAR_OUT_OF_RANGE');
      expect(error.messageVi).toBe('Năm ban hành "2026" trong số, ký hiệu phải gồm 4 chữ số, từ 1945 đến 2025');
    });

    it('shows where the year goes in a legal normative document', () => {
      expect(errorOf('30/NĐ-CP').messageVi).toBe(
        'Nghị định (NĐ) là văn bản quy phạm pháp luật nên số, ký hiệu phải có năm ban hành, ví dụ 30/YYYY/NĐ-CP',
      );
    });

    it('shows how a copy symbol is written', () => {
      expect(errorOf('05/2024/TrS').details).toMatchObject({ abbreviation: 'TrS', example: '05/TrS' });
    });

    it.each([
      ['12/QĐ/UBND', '12/QĐ-UBND'],
      ['82/KL/TW', '82-KL/TW'],
      ['82/KL-TW', '82-KL/TW'],
      ['8/QĐi-TW', '08-QĐi/TW'],
      ['82/KL', '82-KL/…'],
      ['12-QĐ-UBND', '12-QĐ/UBND'],
      ['45-UBND-VP', '45/UBND-VP'],
      ['12-QyĐ/UBND', '12/QyĐ-UBND'],
      ['12-SY', '12/SY-…'],
      ['24/2020/BS-UBKTTU', '24-BS/UBKTTU'],
    ])('suggests the right style for %j: %s', (input, suggestion) => {
      const error = errorOf(input);
      expect(error.code).toBe('SYMBOL_SEPARATORS_MIXED');
      expect(error.details).toMatchObject({ suggestion });
    });

    it('says that a State công văn has no CV code', () => {
      expect(errorOf('Số: 45/CV-UBND').messageVi).toContain('không ghi "CV"');
    });

    it.each([
      ['30/2020/NDD-CP', 'NĐ', 'Nghị định'],
      ['30/2020/TTLTT-BNV', 'TTLT', 'Thông tư liên tịch'],
      ['82-KLL/TW', 'KL', 'Kết luận'],
      ['82-NX/TW', 'NQ', 'Nghị quyết'],
      ['82-NXQ/TW', 'NQ', 'Nghị quyết'],
      ['82-BSS/TW', 'BS', 'Bản sao'],
    ])('suggests the one close kind for %j: %s', (input, suggestion, suggestionName) => {
      const error = errorOf(input);
      expect(error.code).toBe('SYMBOL_KIND_UNKNOWN_SUGGESTION');
      expect(error.details).toMatchObject({ suggestion, suggestionName });
    });

    it('suggests nothing when several kinds are as close', () => {
      // TX is one letter from both TT (Thông tri) and TB (Thông báo).
      expect(errorOf('82-TX/TW').details).toEqual({ abbreviation: 'TX', system: 'party' });
    });

    it('reads a first group that is no State kind as the issuer of a công văn, so a misspelt kind is not caught', () => {
      expect(parsed('12/QDD-UBND')).toEqual({ system: 'state', form: 'cong-van', number: 12, issuer: 'QDD', unit: 'UBND', raw: '12/QDD-UBND' });
    });
  });
});

describe('formatSymbol and parseSymbol', () => {
  const stateTyped = STATE_DOCUMENT_KINDS.flatMap((kind) => (kind.abbreviation === null ? [] : [kind]));

  const samples: DocumentSymbol[] = [
    ...stateTyped.flatMap((kind): DocumentSymbol[] => [
      ...(kind.legalNormative === 'always' ? [] : [{ system: 'state', form: 'typed', number: 7, kind: kind.code, issuer: 'UBND' } as const]),
      ...(kind.legalNormative === 'never' ? [] : [{ system: 'state', form: 'typed', number: 30, year: 2020, kind: kind.code, issuer: 'CP' } as const]),
    ]),
    { system: 'state', form: 'cong-van', number: 45, issuer: 'UBND', unit: 'VP' },
    { system: 'state', form: 'cong-van', number: 1234, issuer: 'TTg', unit: 'KTTH' },
    { system: 'state', form: 'issuer-only', number: 45, year: 2019, issuer: 'QH14' },
    ...COPY_KINDS.flatMap((copy): DocumentSymbol[] =>
      copy.system === 'state'
        ? [
            { system: 'state', form: 'copy', number: 5, kind: copy.code },
            { system: 'state', form: 'copy', number: 5, kind: copy.code, issuer: 'UBND' },
          ]
        : [{ system: 'party', form: 'copy', number: 24, kind: copy.code, issuer: 'UBKTTU' }],
    ),
    ...PARTY_DOCUMENT_KINDS.map((kind): DocumentSymbol => ({ system: 'party', form: 'typed', number: 82, kind: kind.code, issuer: 'TW' })),
  ];

  it('covers every kind of both systems and every copy', () => {
    const kinds = new Set(samples.map((sample) => ('kind' in sample ? `${sample.system}:${sample.kind}` : sample.form)));
    expect(kinds.size).toBe(stateTyped.length + PARTY_DOCUMENT_KINDS.length + COPY_KINDS.length + 2);
  });

  it.each(samples.map((sample) => [formatSymbol(sample), sample] as const))('formats and parses %s back to itself', (_, sample) => {
    for (const withPrefix of [false, true]) {
      const text = formatSymbol(sample, { withPrefix });
      const result = parseSymbol(text);
      expect(result).toEqual({ ok: true, value: expect.objectContaining({ ...sample, raw: text }) });
      if (result.ok) expect(formatSymbol(result.value, { withPrefix })).toBe(text);
    }
  });
});

describe('symbolError', () => {
  it('gives every code the kind invalid and both messages', () => {
    for (const code of symbolError.codes) {
      const error = symbolError(code, {});
      expect(error.kind).toBe('invalid');
      expect(error.messageVi).not.toBe('');
      expect(error.messageEn).not.toBe('');
      expect(code).toMatch(/^(SYMBOL|KIND)_[A-Z_]+$/);
    }
  });
});
