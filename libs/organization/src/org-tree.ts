import { err, ok, type Result } from '@lienthong/kernel';
import type { z } from 'zod';
import { orgError, type OrgError } from './errors.js';
import { parseOrgCode } from './org-code.js';
import { IsoDate, isValidOn, KIND_SIDE, ORG_LEVELS, OrgUnit, Succession } from './org-unit.js';

/** A unit valid on the date asked, with its children valid on that date, in input order. */
export type OrgTreeNode = { readonly unit: OrgUnit; readonly children: readonly OrgTreeNode[] };

/**
 * Validated organisation units and successions, with queries at a date. Every `date` is an ISO `YYYY-MM-DD`
 * string (DATE_MALFORMED otherwise); nothing here reads the clock.
 */
export type OrgTree = {
  /** Every unit, in input order, with its code in canonical upper case. */
  readonly units: readonly OrgUnit[];
  readonly successions: readonly Succession[];
  /** The unit with this id whatever its validity, or `null`. */
  findUnit(id: string): OrgUnit | null;
  /** The roots valid on `date` (one per side and top unit) with their valid descendants. */
  treeAsOf(date: string): Result<OrgTreeNode[], OrgError>;
  /** The unit, if it is valid on `date`. Fails with UNIT_NOT_FOUND or UNIT_NOT_VALID_ON. */
  unitAsOf(id: string, date: string): Result<OrgUnit, OrgError>;
  /** The chain of parents on `date`, nearest first; `[]` for a root. The unit must be valid on `date`. */
  ancestors(id: string, date: string): Result<OrgUnit[], OrgError>;
  /** Every unit beneath this one on `date`, depth first, children in input order. */
  descendants(id: string, date: string): Result<OrgUnit[], OrgError>;
  /**
   * The units that carry this one on at `date`, following successions transitively: a unit still valid on
   * `date` is its own answer; a unit that ended without successor yields `[]`. UNIT_NOT_VALID_ON when `date`
   * is before the unit began.
   */
  successorsAt(id: string, date: string): Result<OrgUnit[], OrgError>;
  /**
   * The single unit holding this unit's records on `date`: itself while valid, else the end of the chain of
   * `recordsTransferred` successions. RECORDS_HOLDER_NOT_FOUND when the chain stops at a unit that ended.
   */
  recordsHolderAt(id: string, date: string): Result<OrgUnit, OrgError>;
  /**
   * The unit an identifier designates on `date`: the unit carrying it then, or, for an old code, the records
   * holder of the last unit that carried it (vn-egov §10.3: resolve old codes, do not reject them).
   * Fails with the CODE_* errors of `parseOrgCode` or CODE_NOT_FOUND.
   */
  resolveCode(code: string, date: string): Result<OrgUnit, OrgError>;
  /**
   * Whether `unitId` is `ancestorId` or lies beneath it on `date` (for scoping queries). `false` when either is
   * not valid on `date`; UNIT_NOT_FOUND when either id is unknown.
   */
  isWithin(unitId: string, ancestorId: string, date: string): Result<boolean, OrgError>;
};

/**
 * Validates units and successions and returns the tree. Rules, checked in this order (first failure wins):
 * each unit's shape (UNIT_INVALID), non-empty interval (INTERVAL_EMPTY), kind on its side (KIND_SIDE_MISMATCH),
 * unique id (DUPLICATE_UNIT_ID), well-formed code (CODE_MALFORMED); no code shared by units valid at the same
 * time (DUPLICATE_CODE); the parent exists, is on the same side, not at a lower level and valid over the
 * child's whole interval (PARENT_NOT_FOUND, PARENT_SIDE_MISMATCH, PARENT_LEVEL_BELOW, PARENT_NOT_VALID); no
 * cycle (CYCLE); each succession's shape (SUCCESSION_INVALID), units (SUCCESSION_UNIT_UNKNOWN), uniqueness
 * (DUPLICATE_SUCCESSION), side (SUCCESSION_SIDE_MISMATCH), the predecessor ends on `effectiveOn`
 * (SUCCESSION_PREDECESSOR_NOT_ENDED) and the successor is valid that day (SUCCESSION_SUCCESSOR_NOT_VALID);
 * exactly one successor of each predecessor takes the records (RECORDS_HOLDER_MISSING / _AMBIGUOUS).
 */
export function createOrgTree(
  units: readonly z.input<typeof OrgUnit>[],
  successions: readonly z.input<typeof Succession>[] = [],
): Result<OrgTree, OrgError> {
  const byId = checkUnits(units);
  if (!byId.ok) return byId;
  const codes = checkCodes(byId.value);
  if (codes) return err(codes);
  const parents = checkParents(byId.value);
  if (parents) return err(parents);
  const checked = checkSuccessions(byId.value, successions);
  if (!checked.ok) return checked;
  return ok(buildTree(byId.value, checked.value));
}

function summarise(error: z.ZodError): { summary: string; issues: { path: string; message: string }[] } {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { summary: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues };
}

function checkUnits(inputs: readonly z.input<typeof OrgUnit>[]): Result<Map<string, OrgUnit>, OrgError> {
  const byId = new Map<string, OrgUnit>();
  for (const [index, input] of inputs.entries()) {
    const parsed = OrgUnit.safeParse(input);
    if (!parsed.success) {
      const unitId = typeof input.id === 'string' && input.id !== '' ? input.id : `#${index + 1}`;
      return err(orgError('UNIT_INVALID', { unitId, ...summarise(parsed.error) }));
    }
    const unit = parsed.data;
    const unitId = unit.id;
    if (unit.validTo !== null && unit.validTo <= unit.validFrom) {
      return err(orgError('INTERVAL_EMPTY', { unitId, validFrom: unit.validFrom, validTo: unit.validTo }));
    }
    const side = KIND_SIDE[unit.kind];
    if (side !== null && side !== unit.side) {
      return err(orgError('KIND_SIDE_MISMATCH', { unitId, kind: unit.kind, side: unit.side }));
    }
    if (byId.has(unitId)) return err(orgError('DUPLICATE_UNIT_ID', { unitId }));
    let code: string | null = null;
    if (unit.code !== null) {
      const parsedCode = parseOrgCode(unit.code);
      if (!parsedCode.ok) {
        const { code: cause, messageVi: reasonVi, messageEn: reasonEn } = parsedCode.error;
        return err(orgError('CODE_MALFORMED', { unitId, code: unit.code, cause, reasonVi, reasonEn }));
      }
      code = parsedCode.value.code;
    }
    byId.set(unitId, Object.freeze({ ...unit, code }));
  }
  return ok(byId);
}

/** `[a.validFrom, a.validTo)` and `[b.validFrom, b.validTo)` share at least one day. */
function overlaps(a: OrgUnit, b: OrgUnit): boolean {
  return (b.validTo === null || a.validFrom < b.validTo) && (a.validTo === null || b.validFrom < a.validTo);
}

function checkCodes(byId: ReadonlyMap<string, OrgUnit>): OrgError | null {
  const seen = new Map<string, OrgUnit[]>();
  for (const unit of byId.values()) {
    if (unit.code === null) continue;
    const holders = seen.get(unit.code) ?? [];
    const clash = holders.find((other) => overlaps(unit, other));
    if (clash) return orgError('DUPLICATE_CODE', { code: unit.code, unitId: clash.id, otherUnitId: unit.id });
    seen.set(unit.code, [...holders, unit]);
  }
  return null;
}

function checkParents(byId: ReadonlyMap<string, OrgUnit>): OrgError | null {
  for (const unit of byId.values()) {
    if (unit.parentId === null) continue;
    const parentId = unit.parentId;
    const unitId = unit.id;
    const parent = byId.get(parentId);
    if (!parent) return orgError('PARENT_NOT_FOUND', { unitId, parentId });
    if (parent.side !== unit.side) {
      return orgError('PARENT_SIDE_MISMATCH', { unitId, parentId, side: unit.side, parentSide: parent.side });
    }
    if (ORG_LEVELS.indexOf(parent.level) > ORG_LEVELS.indexOf(unit.level)) {
      return orgError('PARENT_LEVEL_BELOW', { unitId, parentId, level: unit.level, parentLevel: parent.level });
    }
    const startsInside = parent.validFrom <= unit.validFrom;
    const endsInside = parent.validTo === null || (unit.validTo !== null && unit.validTo <= parent.validTo);
    if (!startsInside || !endsInside) {
      return orgError('PARENT_NOT_VALID', {
        unitId,
        parentId,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        parentValidFrom: parent.validFrom,
        parentValidTo: parent.validTo,
      });
    }
  }
  // Every parent exists now, so walking up either reaches a root or comes back to a unit on the path.
  const acyclic = new Set<string>();
  for (const start of byId.values()) {
    const path: string[] = [];
    let current: OrgUnit | undefined = start;
    while (current !== undefined && !acyclic.has(current.id)) {
      const loopAt = path.indexOf(current.id);
      if (loopAt >= 0) return orgError('CYCLE', { path: [...path.slice(loopAt), current.id].join(' → ') });
      path.push(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    for (const id of path) acyclic.add(id);
  }
  return null;
}

function checkSuccessions(
  byId: ReadonlyMap<string, OrgUnit>,
  inputs: readonly z.input<typeof Succession>[],
): Result<Succession[], OrgError> {
  const from = new Map<string, Succession[]>();
  const all: Succession[] = [];
  for (const [index, input] of inputs.entries()) {
    const parsed = Succession.safeParse(input);
    if (!parsed.success) return err(orgError('SUCCESSION_INVALID', { index: index + 1, ...summarise(parsed.error) }));
    const succession = Object.freeze(parsed.data);
    const { predecessorId, successorId, effectiveOn } = succession;
    const predecessor = byId.get(predecessorId);
    if (!predecessor) return err(orgError('SUCCESSION_UNIT_UNKNOWN', { role: 'predecessorId', unitId: predecessorId }));
    const successor = byId.get(successorId);
    if (!successor) return err(orgError('SUCCESSION_UNIT_UNKNOWN', { role: 'successorId', unitId: successorId }));
    const siblings = from.get(predecessorId) ?? [];
    if (siblings.some((other) => other.successorId === successorId)) {
      return err(orgError('DUPLICATE_SUCCESSION', { predecessorId, successorId }));
    }
    if (predecessor.side !== successor.side) {
      return err(orgError('SUCCESSION_SIDE_MISMATCH', { predecessorId, successorId }));
    }
    if (predecessor.validTo !== effectiveOn) {
      const validTo = predecessor.validTo ?? '—';
      return err(orgError('SUCCESSION_PREDECESSOR_NOT_ENDED', { predecessorId, effectiveOn, validTo }));
    }
    if (!isValidOn(successor, effectiveOn)) {
      return err(orgError('SUCCESSION_SUCCESSOR_NOT_VALID', { successorId, effectiveOn }));
    }
    from.set(predecessorId, [...siblings, succession]);
    all.push(succession);
  }
  for (const [predecessorId, list] of from) {
    const holders = list.filter((succession) => succession.recordsTransferred).map((s) => s.successorId);
    if (holders.length === 0) return err(orgError('RECORDS_HOLDER_MISSING', { predecessorId }));
    if (holders.length > 1) {
      return err(orgError('RECORDS_HOLDER_AMBIGUOUS', { predecessorId, successorIds: holders.join(', ') }));
    }
  }
  return ok(all);
}

function buildTree(byId: ReadonlyMap<string, OrgUnit>, successions: readonly Succession[]): OrgTree {
  const units = [...byId.values()];
  const childrenOf = groupBy(units, (unit) => unit.parentId);
  const byCode = groupBy(units, (unit) => unit.code);
  const from = groupBy(successions, (succession) => succession.predecessorId);
  // createOrgTree checked that every parent and successor exists, so these lookups always find their unit.
  const get = (id: string) => byId.get(id) as OrgUnit;
  const childrenOn = (id: string, date: string) => (childrenOf.get(id) ?? []).filter((u) => isValidOn(u, date));
  const successionsOf = (id: string) => from.get(id) ?? [];

  const checkDate = (date: string): OrgError | null =>
    IsoDate.safeParse(date).success ? null : orgError('DATE_MALFORMED', { date });

  /** The unit, known and with a well-formed date; `notBefore` also refuses a date before it began. */
  const known = (id: string, date: string, notBefore = false): Result<OrgUnit, OrgError> => {
    const dateError = checkDate(date);
    if (dateError) return err(dateError);
    const unit = byId.get(id);
    if (!unit) return err(orgError('UNIT_NOT_FOUND', { unitId: id }));
    if (notBefore && date < unit.validFrom) return err(notValidOn(unit, date));
    return ok(unit);
  };
  const notValidOn = (unit: OrgUnit, date: string) =>
    orgError('UNIT_NOT_VALID_ON', { unitId: unit.id, date, validFrom: unit.validFrom, validTo: unit.validTo });

  const unitAsOf = (id: string, date: string): Result<OrgUnit, OrgError> => {
    const unit = known(id, date);
    if (!unit.ok) return unit;
    return isValidOn(unit.value, date) ? unit : err(notValidOn(unit.value, date));
  };

  const recordsHolderAt = (id: string, date: string): Result<OrgUnit, OrgError> => {
    const unit = known(id, date, true);
    if (!unit.ok) return unit;
    let current = unit.value;
    // Each successor is valid from its predecessor's end, so the walk moves forward in time and stops.
    while (!isValidOn(current, date)) {
      const holder = successionsOf(current.id).find((succession) => succession.recordsTransferred);
      if (!holder) return err(orgError('RECORDS_HOLDER_NOT_FOUND', { unitId: id, date, lastUnitId: current.id }));
      current = get(holder.successorId);
    }
    return ok(current);
  };

  return {
    units,
    successions,
    findUnit: (id) => byId.get(id) ?? null,

    treeAsOf: (date) => {
      const dateError = checkDate(date);
      if (dateError) return err(dateError);
      const node = (unit: OrgUnit): OrgTreeNode => ({ unit, children: childrenOn(unit.id, date).map(node) });
      return ok(units.filter((u) => u.parentId === null && isValidOn(u, date)).map(node));
    },

    unitAsOf,

    ancestors: (id, date) => {
      const unit = unitAsOf(id, date);
      if (!unit.ok) return unit;
      const chain: OrgUnit[] = [];
      for (let current = unit.value; current.parentId !== null; ) {
        current = get(current.parentId);
        chain.push(current);
      }
      return ok(chain);
    },

    descendants: (id, date) => {
      const unit = unitAsOf(id, date);
      if (!unit.ok) return unit;
      const found: OrgUnit[] = [];
      const visit = (parentId: string): void => {
        for (const child of childrenOn(parentId, date)) {
          found.push(child);
          visit(child.id);
        }
      };
      visit(id);
      return ok(found);
    },

    successorsAt: (id, date) => {
      const unit = known(id, date, true);
      if (!unit.ok) return unit;
      const found = new Set<OrgUnit>();
      const visit = (current: OrgUnit): void => {
        if (isValidOn(current, date)) {
          found.add(current);
          return;
        }
        for (const succession of successionsOf(current.id)) visit(get(succession.successorId));
      };
      visit(unit.value);
      return ok([...found]);
    },

    recordsHolderAt,

    resolveCode: (text, date) => {
      const code = parseOrgCode(text);
      if (!code.ok) return code;
      const dateError = checkDate(date);
      if (dateError) return err(dateError);
      const carriers = byCode.get(code.value.code) ?? [];
      const current = carriers.find((unit) => isValidOn(unit, date));
      if (current) return ok(current);
      // Units sharing a code never overlap, so those that began by `date` have all ended by then; the one that
      // began last is the one an old document meant.
      const last = carriers
        .filter((unit) => unit.validFrom <= date)
        .reduce<OrgUnit | null>(
          (latest, unit) => (latest === null || unit.validFrom > latest.validFrom ? unit : latest),
          null,
        );
      if (!last) return err(orgError('CODE_NOT_FOUND', { code: code.value.code, date }));
      return recordsHolderAt(last.id, date);
    },

    isWithin: (unitId, ancestorId, date) => {
      const unit = known(unitId, date);
      if (!unit.ok) return unit;
      const ancestor = known(ancestorId, date);
      if (!ancestor.ok) return ancestor;
      if (!isValidOn(unit.value, date) || !isValidOn(ancestor.value, date)) return ok(false);
      for (let current: OrgUnit | null = unit.value; current !== null; ) {
        if (current.id === ancestorId) return ok(true);
        current = current.parentId === null ? null : get(current.parentId);
      }
      return ok(false);
    },
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
