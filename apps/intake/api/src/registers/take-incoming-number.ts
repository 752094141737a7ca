import type { Transaction } from '@lienthong/db';
import { nextNumber, scopeOf, type Register } from '@lienthong/documents';
import { err, ok, type DomainError, type IdGenerator, type Result } from '@lienthong/kernel';
import { and, eq } from 'drizzle-orm';
import type { OrgUnitRow } from '../db/org-unit.table.js';
import { partyTerms, registerCounters, registers } from '../db/schema.js';

/** The series every unit's everyday incoming documents are numbered in (secret documents get their own later). */
export const ORDINARY_SERIES = 'ordinary';

export type IncomingNumber = { registerId: string; scope: string; number: number };
export type RegisterNumber = IncomingNumber;

/** The register's name as the unit sees it: `Sổ đăng ký văn bản đi (mật)`. */
function registerName(direction: 'incoming' | 'outgoing', series: string): string {
  const base = direction === 'incoming' ? 'Sổ đăng ký văn bản đến' : 'Sổ đăng ký văn bản đi';
  if (series === ORDINARY_SERIES) return base;
  if (series === 'secret') return `${base} (mật)`;
  if (series === 'copy') return `${base} (bản sao)`;
  return `${base} (${series})`;
}

/** The next số đến of `unit`'s ordinary incoming register: `takeNumber` for direction `incoming`. */
export function takeIncomingNumber(
  tx: Transaction,
  unit: OrgUnitRow,
  context: { ids: IdGenerator; now: Date },
): Promise<Result<IncomingNumber, DomainError>> {
  return takeNumber(tx, unit, { ...context, direction: 'incoming', series: ORDINARY_SERIES });
}

/**
 * Gives the next number of `unit`'s register for `direction` and `series`, inside the caller's transaction: creates
 * the register on first use, locks its counter row for the scope (`SELECT … FOR UPDATE`), asks `nextNumber` and
 * stores the new counter. Concurrent registrations in one register queue on that lock, so numbers are gapless and
 * unique; a transaction that rolls back gives its number back.
 */
export async function takeNumber(
  tx: Transaction,
  unit: OrgUnitRow,
  context: { ids: IdGenerator; now: Date; direction: 'incoming' | 'outgoing'; series: string },
): Promise<Result<RegisterNumber, DomainError>> {
  const { ids, now, direction, series } = context;
  await tx
    .insert(registers)
    .values({
      id: ids(),
      orgId: unit.id,
      direction,
      series,
      side: unit.side === 'party' ? 'party' : 'state',
      name: registerName(direction, series),
      createdAt: now,
    })
    .onConflictDoNothing({ target: [registers.orgId, registers.direction, registers.series] });
  const [row] = await tx
    .select()
    .from(registers)
    .where(and(eq(registers.orgId, unit.id), eq(registers.direction, direction), eq(registers.series, series)));
  if (!row) throw new Error(`The ${direction} register ${series} of ${unit.id} was neither found nor created`);
  const register: Register = row;

  // Party registers are numbered per committee term (party_terms); without a term covering today scopeOf refuses
  // with PARTY_TERM_NOT_FOUND, and the administrator enters the term.
  const terms =
    register.side === 'party'
      ? (await tx.select().from(partyTerms).where(eq(partyTerms.orgId, unit.id))).map((term) => ({
          key: term.key,
          startsOn: term.startsOn,
          ...(term.endsOn ? { endsOn: term.endsOn } : {}),
        }))
      : [];
  const scope = scopeOf(register, now, terms);
  if (!scope.ok) return err(scope.error);

  await tx
    .insert(registerCounters)
    .values({ registerId: register.id, scope: scope.value, lastNumber: 0, lastIssuedOn: '1900-01-01' })
    .onConflictDoNothing();
  const [counter] = await tx
    .select()
    .from(registerCounters)
    .where(and(eq(registerCounters.registerId, register.id), eq(registerCounters.scope, scope.value)))
    .for('update');
  if (!counter) throw new Error(`The counter of register ${register.id} was neither found nor created`);

  const next = nextNumber(counter.lastNumber === 0 ? null : counter, register, now, terms);
  if (!next.ok) return err(next.error);
  await tx
    .update(registerCounters)
    .set({ lastNumber: next.value.newCounterState.lastNumber, lastIssuedOn: next.value.newCounterState.lastIssuedOn })
    .where(and(eq(registerCounters.registerId, register.id), eq(registerCounters.scope, scope.value)));
  return ok({ registerId: register.id, scope: next.value.scope, number: next.value.number });
}
