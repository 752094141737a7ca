import { err, ok, type Result } from '@lienthong/kernel';
import { orgError, type OrgError } from './errors.js';

/**
 * A parsed organisation identifier (mã định danh) `A1A2A3.B1B2.C1C2.D1D2D3`, read right to left (vn-egov §3.5):
 * D is level 1 (`H56` = Thanh Hóa), C level 2, B level 3, A level 4. Unused levels are zero-filled in the text
 * and `null` here. Invariants: `code` is the canonical upper-case text; levels are filled from 1 to `depth`, none
 * below it.
 */
export type OrgCode = {
  readonly code: string;
  readonly level1: string;
  readonly level2: string | null;
  readonly level3: string | null;
  readonly level4: string | null;
  readonly depth: 1 | 2 | 3 | 4;
};

/** The level groups of an identifier from level 1 down, with their place in the text and their pattern. */
const GROUPS = [
  { group: 'D', level: 1, index: 3, pattern: /^[A-Z]\d{2}$/, expected: '[A-Z][0-9]{2}' },
  { group: 'C', level: 2, index: 2, pattern: /^\d{2}$/, expected: '[0-9]{2}' },
  { group: 'B', level: 3, index: 1, pattern: /^\d{2}$/, expected: '[0-9]{2}' },
  { group: 'A', level: 4, index: 0, pattern: /^\d{3}$/, expected: '[0-9]{3}' },
] as const;

/** Four groups of 3, 2, 2 and 3 characters separated by dots. */
const SHAPE = /^[^.]{3}\.[^.]{2}\.[^.]{2}\.[^.]{3}$/;

const CODE_LENGTH = 13;

/**
 * Parses a mã định danh. Surrounding spaces are ignored and lower case is accepted and normalised
 * (`000.00.00.h56` → `000.00.00.H56`).
 * Fails with CODE_WRONG_LENGTH, CODE_WRONG_SEPARATORS, CODE_GROUP_MALFORMED (level 1 is checked first), or
 * CODE_LEVEL_GAP when a level is set but one above it is zero (`000.17.00.H56`).
 */
export function parseOrgCode(text: string): Result<OrgCode, OrgError> {
  const code = text.trim().toUpperCase();
  if (code.length !== CODE_LENGTH) {
    return err(orgError('CODE_WRONG_LENGTH', { code: text, length: code.length }));
  }
  if (!SHAPE.test(code)) {
    return err(orgError('CODE_WRONG_SEPARATORS', { code: text }));
  }
  const parts = code.split('.') as [string, string, string, string];
  // Level 1 first: a wrong province or ministry group is the most telling mistake.
  for (const { group, level, index, pattern, expected } of GROUPS) {
    const value = parts[index];
    if (!pattern.test(value)) {
      return err(orgError('CODE_GROUP_MALFORMED', { code: text, group, level, value, expected }));
    }
  }
  const [a, b, c, d] = parts;
  const level2 = c === '00' ? null : c;
  const level3 = b === '00' ? null : b;
  const level4 = a === '000' ? null : a;
  if (level3 !== null && level2 === null) {
    return err(orgError('CODE_LEVEL_GAP', { code: text, level: 3, missingLevel: 2 }));
  }
  if (level4 !== null && level3 === null) {
    return err(orgError('CODE_LEVEL_GAP', { code: text, level: 4, missingLevel: 3 }));
  }
  const depth = level4 !== null ? 4 : level3 !== null ? 3 : level2 !== null ? 2 : 1;
  return ok({ code, level1: d, level2, level3, level4, depth });
}

/** Writes the levels of an identifier back as its 13-character text, zero-filling the unused ones. */
export function formatOrgCode(code: Pick<OrgCode, 'level1' | 'level2' | 'level3' | 'level4'>): string {
  return `${code.level4 ?? '000'}.${code.level3 ?? '00'}.${code.level2 ?? '00'}.${code.level1}`;
}

/**
 * The identifier one level up: `000.17.22.H56` → `000.00.22.H56` → `000.00.00.H56` → `null`.
 * Invariant: the result's depth is `code.depth - 1`.
 */
export function parentCode(code: OrgCode): OrgCode | null {
  if (code.depth === 1) return null;
  const depth = (code.depth - 1) as 1 | 2 | 3;
  const levels = {
    level1: code.level1,
    level2: depth >= 2 ? code.level2 : null,
    level3: depth >= 3 ? code.level3 : null,
    level4: null,
  };
  return { ...levels, code: formatOrgCode(levels), depth };
}
