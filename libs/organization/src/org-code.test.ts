import { describe, expect, it } from 'vitest';
import { formatOrgCode, parentCode, parseOrgCode, type OrgCode } from './org-code.js';

function parsed(text: string): OrgCode {
  const result = parseOrgCode(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error.messageEn}`);
  return result.value;
}

function failure(text: string) {
  const result = parseOrgCode(text);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.error;
}

describe('parseOrgCode', () => {
  it('reads a province code as level 1 only', () => {
    expect(parsed('000.00.00.H56')).toEqual({
      code: '000.00.00.H56',
      level1: 'H56',
      level2: null,
      level3: null,
      level4: null,
      depth: 1,
    });
  });

  it('reads a district-level body and a commune beneath it, right to left', () => {
    expect(parsed('000.00.14.H56')).toMatchObject({ level1: 'H56', level2: '14', level3: null, depth: 2 });
    expect(parsed('000.17.22.H56')).toMatchObject({
      level1: 'H56',
      level2: '22',
      level3: '17',
      level4: null,
      depth: 3,
    });
    expect(parsed('005.17.22.H56')).toMatchObject({ level4: '005', depth: 4 });
    expect(parsed('000.00.00.G22')).toMatchObject({ level1: 'G22', depth: 1 });
  });

  it('accepts lower case and surrounding spaces and normalises them', () => {
    expect(parsed('  000.17.22.h56 ').code).toBe('000.17.22.H56');
  });

  it('refuses a code that is not 13 characters long', () => {
    const error = failure('000.00.00.H5');
    expect(error.code).toBe('CODE_WRONG_LENGTH');
    expect(error.kind).toBe('invalid');
    expect(error.details).toMatchObject({ length: 12 });
    expect(error.messageVi).toBe('Mã định danh "000.00.00.H5" phải có đúng 13 ký tự dạng 000.00.00.H56, nhận được 12');
    expect(failure('000.00.00.H566').code).toBe('CODE_WRONG_LENGTH');
    expect(failure('').code).toBe('CODE_WRONG_LENGTH');
  });

  it('refuses groups that are not separated by dots at the right places', () => {
    expect(failure('000-00-00-H56').code).toBe('CODE_WRONG_SEPARATORS');
    expect(failure('0000.0.00.H56').code).toBe('CODE_WRONG_SEPARATORS');
    expect(failure('000.00.00H56.').code).toBe('CODE_WRONG_SEPARATORS');
  });

  it('names the group that breaks its pattern, level 1 first', () => {
    expect(failure('000.00.00.056').details).toMatchObject({
      group: 'D',
      level: 1,
      value: '056',
      expected: '[A-Z][0-9]{2}',
    });
    expect(failure('000.00.00.HH6').details).toMatchObject({ group: 'D', level: 1 });
    expect(failure('000.00.1A.H56').details).toMatchObject({ group: 'C', level: 2, value: '1A' });
    expect(failure('000.X1.22.H56').details).toMatchObject({ group: 'B', level: 3, value: 'X1' });
    expect(failure('00A.17.22.H56').details).toMatchObject({ group: 'A', level: 4, value: '00A' });
    expect(failure('00A.17.22.056').details).toMatchObject({ group: 'D' });
    const error = failure('000.00.1A.H56');
    expect(error.code).toBe('CODE_GROUP_MALFORMED');
    expect(error.messageEn).toBe('Group C (level 2) "1A" of organisation code "000.00.1A.H56" does not match [0-9]{2}');
  });

  it('refuses a level set beneath a missing one', () => {
    expect(failure('000.17.00.H56')).toMatchObject({ code: 'CODE_LEVEL_GAP', details: { level: 3, missingLevel: 2 } });
    expect(failure('001.00.22.H56')).toMatchObject({ code: 'CODE_LEVEL_GAP', details: { level: 4, missingLevel: 3 } });
    expect(failure('001.00.00.H56')).toMatchObject({ code: 'CODE_LEVEL_GAP', details: { level: 4, missingLevel: 3 } });
  });
});

describe('formatOrgCode', () => {
  it('writes the levels back zero-filled, so parse and format round-trip', () => {
    for (const text of ['000.00.00.H56', '000.00.14.H56', '000.17.22.H56', '005.17.22.H56']) {
      expect(formatOrgCode(parsed(text))).toBe(text);
    }
    expect(formatOrgCode({ level1: 'H41', level2: '03', level3: null, level4: null })).toBe('000.00.03.H41');
  });
});

describe('parentCode', () => {
  it('clears the deepest level, one level at a time, up to the province', () => {
    const commune = parsed('005.17.22.H56');
    const chain: string[] = [];
    for (let code: OrgCode | null = commune; code !== null; code = parentCode(code)) chain.push(code.code);
    expect(chain).toEqual(['005.17.22.H56', '000.17.22.H56', '000.00.22.H56', '000.00.00.H56']);
    expect(parentCode(parsed('000.17.22.H56'))).toEqual(parsed('000.00.22.H56'));
    expect(parentCode(parsed('000.00.00.H56'))).toBeNull();
  });
});
