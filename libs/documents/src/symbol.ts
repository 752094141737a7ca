import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import {
  COPY_KINDS,
  PARTY_DOCUMENT_KINDS,
  STATE_DOCUMENT_KINDS,
  findKindByAbbreviation,
  isCopyKind,
  type DocumentSystem,
  type PartyCopyKind,
  type PartyDocumentKind,
  type PartyKindCode,
  type StateCopyKind,
  type StateTypedKindCode,
} from './kinds.js';
import { symbolError, type SymbolErrorCode } from './symbol-errors.js';

/**
 * A State number and symbol (Decree 30/2020 Phụ lục I §II.3), one variant per shape:
 * - `typed`: kind then issuer, `12/QĐ-UBND`; legal normative documents add the year, `30/2020/NĐ-CP`;
 * - `cong-van`: công văn has no kind code, its symbol is the issuing body then the drafting unit, `45/UBND-VP`;
 * - `issuer-only`: laws and resolutions of the National Assembly, year then issuer and term, `45/2019/QH14`;
 * - `copy`: a copy's own number in the copy series, `05/SY` or `05/SY-UBND`.
 * `issuer` and `unit` may hold hyphens (joint documents: `01/2015/TTLT-BTP-BNV`).
 */
export type StateSymbol =
  | {
      readonly system: 'state';
      readonly form: 'typed';
      readonly number: number;
      readonly year?: number;
      readonly kind: StateTypedKindCode;
      readonly issuer: string;
    }
  | { readonly system: 'state'; readonly form: 'cong-van'; readonly number: number; readonly issuer: string; readonly unit: string }
  | { readonly system: 'state'; readonly form: 'issuer-only'; readonly number: number; readonly year: number; readonly issuer: string }
  | {
      readonly system: 'state';
      readonly form: 'copy';
      readonly number: number;
      readonly kind: StateCopyKind['code'];
      readonly issuer?: string;
    };

/** A Party number and symbol (HD 36-HD/VPTW): number, kind and issuer, `82-KL/TW`, `123-CV/HU`, `24-BS/UBKTTU`. */
export type PartySymbol =
  | { readonly system: 'party'; readonly form: 'typed'; readonly number: number; readonly kind: PartyKindCode; readonly issuer: string }
  | {
      readonly system: 'party';
      readonly form: 'copy';
      readonly number: number;
      readonly kind: PartyCopyKind['code'];
      readonly issuer: string;
    };

export type DocumentSymbol = StateSymbol | PartySymbol;

/** What `parseSymbol` returns: the symbol, the canonical abbreviation of its kind when it has one, and the input. */
export type ParsedSymbol = DocumentSymbol & { readonly kindAbbreviation?: string; readonly raw: string };

export type SymbolError = DomainError<SymbolErrorCode>;

export type ParseSymbolOptions = {
  /** The latest year accepted in a symbol; pass the current year in Vietnam to refuse future years. Default 2100. */
  readonly maxYear?: number;
};

export type FormatSymbolOptions = {
  /** Prefix "Số: " (State, with a colon) or "Số " (Party, without). Default false: the bare symbol, as registers store it. */
  readonly withPrefix?: boolean;
};

/** Years in symbols start with the Republic; an earlier one is a typo. */
const MIN_SYMBOL_YEAR = 1945;
const DEFAULT_MAX_SYMBOL_YEAR = 2100;
/** Far above any body's yearly (or Party term) count, so a pasted phone or ID number is refused. */
const MAX_SYMBOL_NUMBER = 999_999;

// Built from the kind lists, so every code of each key type is present.
const ABBREVIATIONS = {
  state: Object.fromEntries(
    [...STATE_DOCUMENT_KINDS, ...COPY_KINDS.filter((copy) => copy.system === 'state')].map((kind) => [kind.code, kind.abbreviation]),
  ) as Record<StateTypedKindCode | StateCopyKind['code'], string>,
  party: Object.fromEntries(
    [...PARTY_DOCUMENT_KINDS, ...COPY_KINDS.filter((copy) => copy.system === 'party')].map((kind) => [kind.code, kind.abbreviation]),
  ) as Record<PartyKindCode | PartyCopyKind['code'], string>,
};

const padNumber = (value: number): string => String(value).padStart(2, '0');

/** Body abbreviations are upper case, except the ones written in mixed case by rule: the Prime Minister's `TTg`. */
const MIXED_CASE_BODIES = new Map([['TTG', 'TTg']]);

/** Upper-cases each hyphen-separated group of issuer or unit abbreviations, keeping the mixed-case exceptions. */
const canonicalBodies = (value: string): string =>
  value
    .split('-')
    .map((group) => {
      const upper = group.toUpperCase();
      return MIXED_CASE_BODIES.get(upper) ?? upper;
    })
    .join('-');

/**
 * The canonical number and symbol: numbers below 10 get a leading zero, abbreviations are upper case (kinds keep
 * their mixed case: `QyĐ`, `CTr`, `QĐi`; so does the Prime Minister, `TTg`), no spaces. State: `12/QĐ-UBND`, `45/UBND-VP`, `30/2020/NĐ-CP`, `05/SY`;
 * Party: `82-KL/TW`. With `withPrefix`: `Số: 12/QĐ-UBND`, `Số 82-KL/TW`.
 */
export function formatSymbol(value: DocumentSymbol, options: FormatSymbolOptions = {}): string {
  const body = formatBody(value);
  if (!options.withPrefix) return body;
  return value.system === 'state' ? `Số: ${body}` : `Số ${body}`;
}

function formatBody(value: DocumentSymbol): string {
  const number = padNumber(value.number);
  if (value.system === 'party') return `${number}-${ABBREVIATIONS.party[value.kind]}/${canonicalBodies(value.issuer)}`;
  switch (value.form) {
    case 'typed': {
      const year = value.year === undefined ? '' : `${value.year}/`;
      return `${number}/${year}${ABBREVIATIONS.state[value.kind]}-${canonicalBodies(value.issuer)}`;
    }
    case 'cong-van':
      return `${number}/${canonicalBodies(value.issuer)}-${canonicalBodies(value.unit)}`;
    case 'issuer-only':
      return `${number}/${value.year}/${canonicalBodies(value.issuer)}`;
    case 'copy': {
      const issuer = value.issuer === undefined ? '' : `-${canonicalBodies(value.issuer)}`;
      return `${number}/${ABBREVIATIONS.state[value.kind]}${issuer}`;
    }
  }
}

/** "Số", "số:", "so", "SỐ.", "Số, ký hiệu:" before the number. */
const PREFIX = /^s[oóòỏõọôốồổỗộơớờởỡợ](?:\s*[,/]?\s*k[yýỳỷỹỵ]\s*hi[eéèẻẽẹêếềểễệ]u)?\s*[:.]?/iu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SLASHES = /[\\\u2044\u2215\uFF0F]/g;
const INVISIBLE = /[\s\u200B-\u200D\u2060]+/gu;
const INVALID_CHARACTER = /[^\p{L}\p{N}&/-]/u;

/** What clerks type, reduced to the bare symbol: NFC, no prefix, no spaces, plain hyphens and slashes. */
function clean(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/Ð/g, 'Đ')
    .replace(/ð/g, 'đ')
    .trim()
    .replace(PREFIX, '')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(SLASHES, '/')
    .replace(/[.,;:]+$/, '');
}

type Context = { readonly text: string; readonly number: number; readonly maxYear: number };
type Outcome = Result<DocumentSymbol, SymbolError>;

/**
 * Reads a number and symbol as clerks type it (spaces, missing or lower-case "Số", D for Đ, en/em dashes, NFD).
 * The first separator after the number picks the system: `/` State, `-` Party. In a State symbol the first group is
 * looked up among the State abbreviations: a kind (`12/QĐ-UBND`), or else the issuing body of a công văn
 * (`45/UBND-VP`). Nghị định, Thông tư and Thông tư liên tịch need the year; a State kind accepts it.
 * Failure codes: see `symbolError` (`SYMBOL_EMPTY` … `SYMBOL_MALFORMED`), all of kind `invalid`.
 */
export function parseSymbol(input: string, options: ParseSymbolOptions = {}): Result<ParsedSymbol, SymbolError> {
  const text = clean(input);
  if (text === '') return err(symbolError('SYMBOL_EMPTY'));
  const invalid = INVALID_CHARACTER.exec(text);
  if (invalid) return err(symbolError('SYMBOL_CHARACTER_INVALID', { input: text, character: invalid[0] }));

  const negative = /^-\d+/.exec(text);
  if (negative) return err(symbolError('SYMBOL_NUMBER_INVALID', { number: negative[0], maxNumber: MAX_SYMBOL_NUMBER }));
  const cut = text.search(/[/-]/);
  const numberText = cut === -1 ? text : text.slice(0, cut);
  if (!/^\d/.test(numberText)) return err(symbolError('SYMBOL_NUMBER_MISSING', { input: text }));
  const number = Number(numberText);
  if (!/^\d+$/.test(numberText) || number < 1 || number > MAX_SYMBOL_NUMBER) {
    return err(symbolError('SYMBOL_NUMBER_INVALID', { number: numberText, maxNumber: MAX_SYMBOL_NUMBER }));
  }
  const rest = cut === -1 ? '' : text.slice(cut + 1);
  if (rest === '') return err(symbolError('SYMBOL_ABBREVIATIONS_MISSING', { input: text }));

  const context: Context = { text, number, maxYear: options.maxYear ?? DEFAULT_MAX_SYMBOL_YEAR };
  const parsed = text[cut] === '/' ? parseState(rest, context) : parseParty(rest, context);
  if (!parsed.ok) return parsed;
  const symbol = parsed.value;
  const kindAbbreviation = !('kind' in symbol)
    ? undefined
    : symbol.system === 'state'
      ? ABBREVIATIONS.state[symbol.kind]
      : ABBREVIATIONS.party[symbol.kind];
  return ok({ ...symbol, ...(kindAbbreviation === undefined ? {} : { kindAbbreviation }), raw: input });
}

/**
 * The hyphen-separated groups after a kind or issuer, upper-cased and joined: `NONE` when there are none and
 * `MALFORMED` when one is empty between others. (The lower-case sentinels cannot collide with canonical groups.)
 */
function joinGroups(groups: readonly string[]): string | 'none' | 'malformed' {
  if (groups.every((group) => group === '')) return 'none';
  if (groups.some((group) => group === '')) return 'malformed';
  return canonicalBodies(groups.join('-'));
}

function parseState(rest: string, context: Context): Outcome {
  const { text, number } = context;
  const parts = rest.split('/');
  if (parts.length > 2) return err(symbolError('SYMBOL_MALFORMED', { input: text }));
  let year: number | undefined;
  let body = rest;
  if (parts.length === 2) {
    const [first, second] = parts as [string, string];
    if (first === '' || second === '') {
      return err(symbolError(/^\d+$/.test(first) ? 'SYMBOL_ABBREVIATIONS_MISSING' : 'SYMBOL_MALFORMED', { input: text }));
    }
    if (!/^\d+$/.test(first)) {
      // `12/QĐ/UBND`, `82/KL/TW`: a slash where a hyphen belongs, or a Party symbol written with slashes only.
      return mixed(text, partyOnlyKind(first) === null ? stateStyle(number, first, second) : partyStyle(number, first, second));
    }
    year = Number(first);
    if (first.length !== 4 || year < MIN_SYMBOL_YEAR || year > context.maxYear) {
      return err(symbolError('SYMBOL_YEAR_OUT_OF_RANGE', { year: first, minYear: MIN_SYMBOL_YEAR, maxYear: context.maxYear }));
    }
    body = second;
  }

  // `split` returns at least one element.
  const [head, ...tail] = body.split('-') as [string, ...string[]];
  if (head === '') return err(symbolError('SYMBOL_KIND_MISSING', { input: text }));
  const groups = joinGroups(tail);
  if (groups === 'malformed') return err(symbolError('SYMBOL_MALFORMED', { input: text }));

  const kind = findKindByAbbreviation('state', head);
  if (kind !== null && isCopyKind(kind)) {
    if (year !== undefined) {
      return err(symbolError('SYMBOL_YEAR_NOT_ALLOWED', { abbreviation: kind.abbreviation, example: `05/${kind.abbreviation}` }));
    }
    return ok({ system: 'state', form: 'copy', number, kind: kind.code, ...(groups === 'none' ? {} : { issuer: groups }) });
  }
  if (kind !== null) {
    if (groups === 'none') return err(symbolError('SYMBOL_ISSUER_MISSING', { input: text }));
    if (kind.legalNormative === 'always' && year === undefined) {
      const example = `${padNumber(number)}/YYYY/${kind.abbreviation}-${groups}`;
      return err(symbolError('SYMBOL_YEAR_REQUIRED', { kindName: kind.name, abbreviation: kind.abbreviation, example }));
    }
    return ok({ system: 'state', form: 'typed', number, ...(year === undefined ? {} : { year }), kind: kind.code, issuer: groups });
  }

  const partyKind = partyOnlyKind(head);
  if (partyKind === 'cong-van') return err(symbolError('SYMBOL_CONG_VAN_TYPE_CODE', { input: text }));
  if (partyKind !== null) return mixed(text, partyStyle(number, head, groups === 'none' ? '…' : groups));
  if (year !== undefined) {
    // With a year the first group must be a kind (`30/2020/NĐ-CP`), unless it is the whole symbol (`45/2019/QH14`).
    if (groups === 'none') return ok({ system: 'state', form: 'issuer-only', number, year, issuer: canonicalBodies(head) });
    return unknownKind('state', head);
  }
  if (groups === 'none') return err(symbolError('SYMBOL_UNIT_MISSING', { input: text }));
  return ok({ system: 'state', form: 'cong-van', number, issuer: canonicalBodies(head), unit: groups });
}

function parseParty(rest: string, context: Context): Outcome {
  const { text, number } = context;
  const slash = rest.indexOf('/');
  if (slash === -1) {
    const [head, ...tail] = rest.split('-') as [string, ...string[]];
    if (head === '') return err(symbolError('SYMBOL_KIND_MISSING', { input: text }));
    const groups = joinGroups(tail);
    if (groups === 'malformed') return err(symbolError('SYMBOL_MALFORMED', { input: text }));
    if (groups === 'none') {
      return withPartyKind(head, '…', context, () => err(symbolError('SYMBOL_ISSUER_MISSING', { input: text })));
    }
    // `12-QĐ-UBND`, `45-UBND-VP`: hyphens only. Keep the Party reading when the first group is a Party kind.
    const isPartyKind = findKindByAbbreviation('party', head) !== null;
    return mixed(text, isPartyKind ? partyStyle(number, head, groups) : stateStyle(number, head, groups));
  }

  const kindText = rest.slice(0, slash);
  const issuerText = rest.slice(slash + 1);
  if (kindText.includes('-') || issuerText.includes('/')) return err(symbolError('SYMBOL_MALFORMED', { input: text }));
  if (kindText === '') return err(symbolError('SYMBOL_KIND_MISSING', { input: text }));
  const issuer = joinGroups(issuerText.split('-'));
  if (issuer === 'malformed') return err(symbolError('SYMBOL_MALFORMED', { input: text }));
  return withPartyKind(kindText, issuer === 'none' ? '…' : issuer, context, (kind) => {
    if (issuer === 'none') return err(symbolError('SYMBOL_ISSUER_MISSING', { input: text }));
    return ok(
      isCopyKind(kind)
        ? { system: 'party', form: 'copy', number, kind: kind.code, issuer }
        : { system: 'party', form: 'typed', number, kind: kind.code, issuer },
    );
  });
}

/** Resolves a Party kind, then continues; a State-only abbreviation (`QyĐ`, `SY`) means the State style was meant. */
function withPartyKind(
  abbreviation: string,
  issuer: string,
  context: Context,
  next: (kind: PartyDocumentKind | PartyCopyKind) => Outcome,
): Outcome {
  const kind = findKindByAbbreviation('party', abbreviation);
  if (kind !== null) return next(kind);
  if (findKindByAbbreviation('state', abbreviation) !== null) {
    return mixed(context.text, stateStyle(context.number, abbreviation, issuer));
  }
  return unknownKind('party', abbreviation);
}

/** The code of a Party kind abbreviation that is not also a State one (`KL`, `QĐi`, `CV`, `BS`), else null. */
function partyOnlyKind(abbreviation: string): PartyKindCode | PartyCopyKind['code'] | null {
  if (findKindByAbbreviation('state', abbreviation) !== null) return null;
  return findKindByAbbreviation('party', abbreviation)?.code ?? null;
}

const stateStyle = (number: number, kind: string, issuer: string): string => `${padNumber(number)}/${kind}-${issuer}`;
const partyStyle = (number: number, kind: string, issuer: string): string => `${padNumber(number)}-${kind}/${issuer}`;

function mixed(input: string, suggestion: string): Outcome {
  return err(symbolError('SYMBOL_SEPARATORS_MIXED', { input, suggestion }));
}

function unknownKind(system: DocumentSystem, abbreviation: string): Outcome {
  const suggestion = suggestKind(system, abbreviation);
  return err(
    suggestion === null
      ? symbolError('SYMBOL_KIND_UNKNOWN', { abbreviation, system })
      : symbolError('SYMBOL_KIND_UNKNOWN_SUGGESTION', {
          abbreviation,
          system,
          suggestion: suggestion.abbreviation,
          suggestionName: suggestion.name,
        }),
  );
}

const foldKey = (value: string): string => value.toUpperCase().replace(/Đ/g, 'D');

/** The one kind of `system` within one edit of `abbreviation` (D for Đ ignored), or null when none or several are. */
function suggestKind(system: DocumentSystem, abbreviation: string): { abbreviation: string; name: string } | null {
  const documents: readonly { abbreviation: string | null; name: string }[] =
    system === 'state' ? STATE_DOCUMENT_KINDS : PARTY_DOCUMENT_KINDS;
  const [only, ...others] = [...documents, ...COPY_KINDS.filter((copy) => copy.system === system)].filter(
    (kind): kind is { abbreviation: string; name: string } =>
      kind.abbreviation !== null && isWithinOneEdit(foldKey(kind.abbreviation), foldKey(abbreviation)),
  );
  return only !== undefined && others.length === 0 ? only : null;
}

/** True when one substitution, insertion or deletion (or none) turns `a` into `b`. */
function isWithinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common += 1;
  const restA = a.slice(common + 1);
  const restB = b.slice(common + 1);
  return restA === restB || a.slice(common) === restB || restA === b.slice(common);
}
