import { describe, expect, it } from 'vitest';
import { nextNumber, scopeOf, type NumberCounter, type PartyTerm, type Register } from './register.js';

const stateRegister: Register = {
  id: 'reg-ubnd-di',
  orgId: 'th-ubnd-xa-hoang-hoa',
  direction: 'outgoing',
  series: 'ordinary',
  side: 'state',
  name: 'Sổ văn bản đi UBND xã Hoằng Hóa',
};

const partyRegister: Register = {
  id: 'reg-dang-uy-nq',
  orgId: 'th-dang-uy-xa-hoang-hoa',
  direction: 'outgoing',
  series: 'NQ',
  side: 'party',
  name: 'Sổ nghị quyết Đảng ủy xã Hoằng Hóa',
};

const terms: PartyTerm[] = [
  { key: '2015-2020', startsOn: '2015-07-10', endsOn: '2020-07-12' },
  // The first meeting of the new committee opened on the congress's last day, before the old term ended.
  { key: '2020-2025', startsOn: '2020-07-12', endsOn: '2025-09-20' },
  { key: '2025-2030', startsOn: '2025-09-21' },
];

function issue(counter: NumberCounter | null, register: Register, at: string) {
  const result = nextNumber(counter, register, new Date(at), terms);
  if (!result.ok) throw new Error(`expected a number, got ${result.error.code}`);
  return result.value;
}

describe('scopeOf', () => {
  it('is the calendar year in Vietnam for a State register', () => {
    expect(scopeOf(stateRegister, new Date('2025-12-31T16:59:59Z'))).toEqual({ ok: true, value: '2025' });
    // 17:00 UTC on 31 December is already New Year's Day in Hà Nội.
    expect(scopeOf(stateRegister, new Date('2025-12-31T17:00:00Z'))).toEqual({ ok: true, value: '2026' });
  });

  it('is the committee term in force for a Party register', () => {
    expect(scopeOf(partyRegister, new Date('2023-05-01T03:00:00Z'), terms)).toEqual({ ok: true, value: '2020-2025' });
    expect(scopeOf(partyRegister, new Date('2026-01-01T03:00:00Z'), terms)).toEqual({ ok: true, value: '2025-2030' });
  });

  it('gives the new term on a day two terms overlap', () => {
    expect(scopeOf(partyRegister, new Date('2020-07-12T03:00:00Z'), terms)).toEqual({ ok: true, value: '2020-2025' });
  });

  it('refuses a Party date no declared term covers', () => {
    const result = scopeOf(partyRegister, new Date('2010-01-01T03:00:00Z'), terms);
    expect(result.ok ? null : result.error.code).toBe('PARTY_TERM_NOT_FOUND');
    expect(result.ok ? '' : result.error.messageVi).toContain('2010-01-01');
  });

  it('refuses a Party register when no term is given', () => {
    expect(scopeOf(partyRegister, new Date('2023-05-01T03:00:00Z')).ok).toBe(false);
  });
});

describe('nextNumber', () => {
  it('hands out 1..50 without a gap', () => {
    let counter: NumberCounter | null = null;
    const numbers: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const issued = issue(counter, stateRegister, `2025-03-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T02:00:00Z`);
      numbers.push(issued.number);
      counter = issued.newCounterState;
    }
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(counter).toEqual({ registerId: stateRegister.id, scope: '2025', lastNumber: 50, lastIssuedOn: '2025-03-25' });
  });

  it('restarts at 1 on New Year in Vietnam', () => {
    const last = issue({ registerId: stateRegister.id, scope: '2025', lastNumber: 411, lastIssuedOn: '2025-12-31' }, stateRegister, '2025-12-31T16:00:00Z');
    expect(last.number).toBe(412);
    const first = issue(last.newCounterState, stateRegister, '2025-12-31T17:30:00Z');
    expect(first).toEqual({
      number: 1,
      scope: '2026',
      newCounterState: { registerId: stateRegister.id, scope: '2026', lastNumber: 1, lastIssuedOn: '2026-01-01' },
    });
  });

  it('keeps counting across New Year within one Party term and restarts with the next term', () => {
    const december = issue({ registerId: partyRegister.id, scope: '2020-2025', lastNumber: 87, lastIssuedOn: '2024-12-30' }, partyRegister, '2024-12-31T02:00:00Z');
    const january = issue(december.newCounterState, partyRegister, '2025-01-02T02:00:00Z');
    expect([december.number, january.number, january.scope]).toEqual([88, 89, '2020-2025']);
    const newTerm = issue(january.newCounterState, partyRegister, '2025-09-21T02:00:00Z');
    expect([newTerm.number, newTerm.scope]).toEqual([1, '2025-2030']);
  });

  it('starts at 1 for a register that never issued', () => {
    expect(issue(null, partyRegister, '2025-10-01T02:00:00Z').number).toBe(1);
  });

  it('refuses a closed register from the instant it closes', () => {
    const closed = { ...stateRegister, closedAt: new Date('2025-06-30T17:00:00Z') };
    expect(nextNumber(null, closed, new Date('2025-06-30T16:59:59Z')).ok).toBe(true);
    const result = nextNumber(null, closed, new Date('2025-06-30T17:00:00Z'));
    expect(result.ok ? null : result.error.code).toBe('REGISTER_CLOSED');
    expect(result.ok ? null : result.error.kind).toBe('conflict');
    expect(result.ok ? '' : result.error.messageVi).toContain('Sổ văn bản đi UBND xã Hoằng Hóa');
  });

  it('refuses to number a day before the last number issued', () => {
    const counter = { registerId: stateRegister.id, scope: '2026', lastNumber: 3, lastIssuedOn: '2026-01-05' };
    const result = nextNumber(counter, stateRegister, new Date('2025-12-31T02:00:00Z'));
    expect(result.ok ? null : result.error.code).toBe('NUMBER_OUT_OF_ORDER');
    expect(result.ok ? null : result.error.details).toMatchObject({ lastNumber: 3, lastIssuedOn: '2026-01-05', date: '2025-12-31' });
  });

  it('passes on a missing Party term', () => {
    const result = nextNumber(null, partyRegister, new Date('2010-01-01T02:00:00Z'), terms);
    expect(result.ok ? null : result.error.code).toBe('PARTY_TERM_NOT_FOUND');
  });

  it('throws on a counter that belongs to another register, a bug in the caller', () => {
    const counter = { registerId: 'other', scope: '2025', lastNumber: 3, lastIssuedOn: '2025-01-05' };
    expect(() => nextNumber(counter, stateRegister, new Date('2025-02-01T02:00:00Z'))).toThrow(/register other/);
  });
});
