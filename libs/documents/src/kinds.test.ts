import { describe, expect, it } from 'vitest';
import {
  COPY_KINDS,
  PARTY_DOCUMENT_KINDS,
  STATE_DOCUMENT_KINDS,
  findKindByAbbreviation,
  isCopyKind,
  type DocumentSystem,
} from './kinds.js';

function abbreviationsOf(system: DocumentSystem): string[] {
  const kinds: readonly { abbreviation: string | null }[] = [
    ...(system === 'state' ? STATE_DOCUMENT_KINDS : PARTY_DOCUMENT_KINDS),
    ...COPY_KINDS.filter((copy) => copy.system === system),
  ];
  return kinds.flatMap((kind) => (kind.abbreviation === null ? [] : [kind.abbreviation]));
}

describe('STATE_DOCUMENT_KINDS', () => {
  const administrative = STATE_DOCUMENT_KINDS.filter((kind) => kind.legalNormative !== 'always');

  it('lists the 29 types of Decree 30 Điều 7, 27 of them abbreviated', () => {
    expect(administrative).toHaveLength(29);
    expect(administrative.filter((kind) => kind.abbreviation !== null)).toHaveLength(27);
  });

  it('gives công văn and thư công no abbreviation, and TC to Thông cáo', () => {
    const byCode = Object.fromEntries(STATE_DOCUMENT_KINDS.map((kind) => [kind.code, kind]));
    expect(byCode['cong-van']?.abbreviation).toBeNull();
    expect(byCode['thu-cong']?.abbreviation).toBeNull();
    expect(byCode['thong-cao']?.abbreviation).toBe('TC');
    expect(byCode['quy-dinh']?.abbreviation).toBe('QyĐ');
    expect(byCode['quyet-dinh']?.abbreviation).toBe('QĐ');
  });

  it('keeps the abbreviations of Decree 30, not those of Thông tư 01/2011', () => {
    const abbreviations = abbreviationsOf('state');
    expect(abbreviations).toEqual(expect.arrayContaining(['BGN', 'BTT', 'GUQ', 'GNP']));
    expect(abbreviations).not.toContain('GN');
    expect(abbreviations).not.toContain('TTh');
    expect(abbreviations).not.toContain('UQ');
    expect(abbreviations).not.toContain('NP');
    expect(abbreviations).not.toContain('CV');
  });

  it('marks which kinds are legal normative documents', () => {
    const status = Object.fromEntries(STATE_DOCUMENT_KINDS.map((kind) => [kind.abbreviation ?? kind.code, kind.legalNormative]));
    expect(status).toMatchObject({ NĐ: 'always', TT: 'always', TTLT: 'always', NQ: 'sometimes', QĐ: 'sometimes', CT: 'never' });
  });
});

describe('PARTY_DOCUMENT_KINDS', () => {
  it('abbreviates Party kinds as HD 36 does, with CV for công văn and QĐi for quy định', () => {
    const byCode = Object.fromEntries(PARTY_DOCUMENT_KINDS.map((kind) => [kind.code, kind.abbreviation]));
    expect(byCode).toMatchObject({ 'ket-luan': 'KL', 'quy-dinh': 'QĐi', 'thong-tri': 'TT', 'cong-van': 'CV', 'quyet-dinh': 'QĐ' });
    expect(Object.values(byCode)).toEqual(
      expect.arrayContaining(['NQ', 'QĐ', 'CT', 'KL', 'QC', 'QĐi', 'TT', 'HD', 'TB', 'BC', 'KH', 'CTr', 'TTr', 'CV', 'BB']),
    );
  });
});

describe('COPY_KINDS', () => {
  it('holds the three State copy forms and the Party copy', () => {
    expect(COPY_KINDS.map((copy) => `${copy.system}:${copy.abbreviation}`)).toEqual(['state:SY', 'state:TrS', 'state:SL', 'party:BS']);
  });
});

describe.each(['state', 'party'] as const)('the %s lists', (system) => {
  it('have unique codes and abbreviations unique ignoring case', () => {
    const kinds = system === 'state' ? STATE_DOCUMENT_KINDS : PARTY_DOCUMENT_KINDS;
    expect(new Set(kinds.map((kind) => kind.code)).size).toBe(kinds.length);
    const abbreviations = abbreviationsOf(system).map((abbreviation) => abbreviation.toUpperCase());
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });
});

describe('findKindByAbbreviation', () => {
  it.each(['state', 'party'] as const)('finds every %s abbreviation in any case', (system) => {
    for (const abbreviation of abbreviationsOf(system)) {
      for (const typed of [abbreviation, abbreviation.toUpperCase(), abbreviation.toLowerCase(), ` ${abbreviation} `]) {
        expect(findKindByAbbreviation(system, typed)?.abbreviation).toBe(abbreviation);
      }
    }
  });

  it.each(['state', 'party'] as const)('finds every %s abbreviation typed with D for Đ unless another kind owns that spelling', (system) => {
    const owned = new Set(abbreviationsOf(system).map((abbreviation) => abbreviation.toUpperCase()));
    for (const abbreviation of abbreviationsOf(system).filter((value) => value.includes('Đ'))) {
      const typed = abbreviation.replace(/Đ/g, 'D');
      const expected = owned.has(typed.toUpperCase()) ? typed : abbreviation;
      expect(findKindByAbbreviation(system, typed)?.abbreviation).toBe(expected);
      expect(findKindByAbbreviation(system, typed.toLowerCase())?.abbreviation).toBe(expected);
    }
  });

  it('tells Hướng dẫn from Hợp đồng and Dự án from Đề án by the exact spelling', () => {
    expect(findKindByAbbreviation('state', 'HD')?.code).toBe('huong-dan');
    expect(findKindByAbbreviation('state', 'hđ')?.code).toBe('hop-dong');
    expect(findKindByAbbreviation('state', 'DA')?.code).toBe('du-an');
    expect(findKindByAbbreviation('state', 'ĐA')?.code).toBe('de-an');
    expect(findKindByAbbreviation('state', 'qd')?.code).toBe('quyet-dinh');
    expect(findKindByAbbreviation('state', 'QYD')?.code).toBe('quy-dinh');
  });

  it('reads the eth (Ð) that some keyboards give for Đ', () => {
    expect(findKindByAbbreviation('state', 'QÐ')?.code).toBe('quyet-dinh');
    expect(findKindByAbbreviation('party', 'qði')?.code).toBe('quy-dinh');
  });

  it('reads QĐ as Quyết định in both systems and QĐi as the Party Quy định', () => {
    expect(findKindByAbbreviation('party', 'QĐ')?.code).toBe('quyet-dinh');
    expect(findKindByAbbreviation('party', 'QDi')?.code).toBe('quy-dinh');
    expect(findKindByAbbreviation('state', 'QĐi')).toBeNull();
  });

  it('reads TT as Thông tư for the State and Thông tri for the Party', () => {
    expect(findKindByAbbreviation('state', 'TT')?.name).toBe('Thông tư');
    expect(findKindByAbbreviation('party', 'TT')?.name).toBe('Thông tri');
  });

  it('finds copies only in their own system', () => {
    expect(findKindByAbbreviation('state', 'trs')?.code).toBe('trich-sao');
    expect(findKindByAbbreviation('party', 'SY')).toBeNull();
    expect(findKindByAbbreviation('state', 'BS')).toBeNull();
    expect(findKindByAbbreviation('party', 'bs')?.code).toBe('ban-sao');
  });

  it('returns null for an unknown, empty or other-system abbreviation', () => {
    expect(findKindByAbbreviation('state', 'XYZ')).toBeNull();
    expect(findKindByAbbreviation('state', '')).toBeNull();
    expect(findKindByAbbreviation('state', 'KL')).toBeNull();
    expect(findKindByAbbreviation('state', 'CV')).toBeNull();
    expect(findKindByAbbreviation('party', 'QyĐ')).toBeNull();
  });
});

describe('isCopyKind', () => {
  it('is true for copy kinds only', () => {
    expect(COPY_KINDS.every(isCopyKind)).toBe(true);
    expect(STATE_DOCUMENT_KINDS.some(isCopyKind)).toBe(false);
    expect(PARTY_DOCUMENT_KINDS.some(isCopyKind)).toBe(false);
  });
});
