import { err, ok, type Result } from '@lienthong/kernel';
import { registerError, type RegisterError } from './register-errors.js';
import { vietnamDateOf } from './vietnam-date.js';
import { DOCUMENT_SYSTEMS, type DocumentSystem } from './kinds.js';

export const REGISTER_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type RegisterDirection = (typeof REGISTER_DIRECTIONS)[number];

/** State bodies number per calendar year (Decree 30, Điều 15.1); Party bodies per committee term (HD 36-HD/VPTW §1.3.1). */
/** A register follows the document system of its organisation: State (calendar-year scope) or Party (term scope). */
export const REGISTER_SIDES = DOCUMENT_SYSTEMS;
export type RegisterSide = DocumentSystem;

/**
 * A register (sổ đăng ký) of one organisation: it hands out số đi or số đến in one series.
 * `series` names the number series the register keeps, e.g. `ordinary`, `secret` (mật documents have their own,
 * Điều 15.2), one per legal-normative type (Điều 15.1.a), `copy` (sao y, trích sao and sao lục share one, Phụ lục I),
 * or one per Party document type. A register with `closedAt` issues nothing from that instant on.
 */
export type Register = {
  readonly id: string;
  readonly orgId: string;
  readonly direction: RegisterDirection;
  readonly series: string;
  readonly side: RegisterSide;
  readonly name: string;
  readonly closedAt?: Date | null;
};

/**
 * A Party committee's term (nhiệm kỳ), e.g. `{ key: '2020-2025', startsOn: '2020-10-16' }`. Dates are Vietnam
 * calendar dates, both inclusive; the current term has no `endsOn`.
 */
export type PartyTerm = { readonly key: string; readonly startsOn: string; readonly endsOn?: string };

/** What a register last issued: the numbering scope, the last number and the Vietnam date it was issued on. */
export type NumberCounter = {
  readonly registerId: string;
  readonly scope: string;
  readonly lastNumber: number;
  readonly lastIssuedOn: string;
};

/**
 * The numbering scope of `register` at `date`: the calendar year in Vietnam (`'2025'`) for State registers, the key of
 * the Party committee term in force (`'2020-2025'`) for Party ones. A congress can overlap two terms (the new
 * committee's first meeting may open before the congress closes); the term that started last wins.
 * Fails with `PARTY_TERM_NOT_FOUND` when no term covers the date.
 */
export function scopeOf(register: Register, date: Date, terms: readonly PartyTerm[] = []): Result<string, RegisterError> {
  const day = vietnamDateOf(date);
  if (register.side === 'state') return ok(day.slice(0, 4));
  const covering = terms
    .filter((term) => term.startsOn <= day && (term.endsOn === undefined || day <= term.endsOn))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const term = covering[0];
  if (!term) return err(registerError('PARTY_TERM_NOT_FOUND', { date: day, registerName: register.name }));
  return ok(term.key);
}

/**
 * The next number of `register` at `date`, given the counter it last wrote (`null` if it never issued).
 * Invariants: numbers run 1, 2, 3… without gaps within a scope and restart at 1 in a new scope; a number is never
 * issued for a day before the last one (`NUMBER_OUT_OF_ORDER`, numbers follow issue order, Điều 15.1); a closed
 * register issues nothing (`REGISTER_CLOSED`); `PARTY_TERM_NOT_FOUND` as in `scopeOf`.
 *
 * Persistence contract: the service keeps the counter in the database (one row per register, or per register and
 * scope, always passing the one written last), locks it (`SELECT … FOR UPDATE`) in the transaction that stores the
 * numbered document, calls this function and writes `newCounterState` in that same transaction. A rollback then
 * returns the number, so nothing is reserved and nothing is skipped. Throws (a caller bug) if `counter` belongs to
 * another register.
 */
export function nextNumber(
  counter: NumberCounter | null,
  register: Register,
  date: Date,
  terms: readonly PartyTerm[] = [],
): Result<{ number: number; scope: string; newCounterState: NumberCounter }, RegisterError> {
  if (counter && counter.registerId !== register.id) {
    throw new Error(`Counter of register ${counter.registerId} passed for register ${register.id}`);
  }
  if (register.closedAt && date.getTime() >= register.closedAt.getTime()) {
    return err(registerError('REGISTER_CLOSED', { registerName: register.name }));
  }
  const day = vietnamDateOf(date);
  if (counter && day < counter.lastIssuedOn) {
    return err(
      registerError('NUMBER_OUT_OF_ORDER', {
        registerName: register.name,
        lastNumber: counter.lastNumber,
        lastIssuedOn: counter.lastIssuedOn,
        date: day,
      }),
    );
  }
  const scope = scopeOf(register, date, terms);
  if (!scope.ok) return scope;
  const number = counter && counter.scope === scope.value ? counter.lastNumber + 1 : 1;
  return ok({
    number,
    scope: scope.value,
    newCounterState: { registerId: register.id, scope: scope.value, lastNumber: number, lastIssuedOn: day },
  });
}
