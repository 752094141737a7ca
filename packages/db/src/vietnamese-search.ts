import { sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { index, type AnyPgColumn, type IndexBuilder } from 'drizzle-orm/pg-core';

// Typographic characters that PostgreSQL's unaccent.rules rewrites and that occur in Vietnamese official text
// (smart quotes, dashes, ellipsis, and Ð/ð typed for Đ/đ by old encoding converters). Everything else Vietnamese
// is handled by NFD + stripping combining marks, exactly as unaccent does.
const UNACCENT_EXTRAS: Readonly<Record<string, string>> = {
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  '‘': "'",
  '’': "'",
  '‛': "'",
  '‚': ',',
  '“': '"',
  '”': '"',
  '‟': '"',
  '„': ',,',
  '«': '<<',
  '»': '>>',
  '‹': '<',
  '›': '>',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '\u00ad': '-',
  '…': '...',
};
const EXTRAS_PATTERN = new RegExp(`[${Object.keys(UNACCENT_EXTRAS).join('')}]`, 'gu');
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Accent-insensitive form of Vietnamese text: NFD, combining marks removed, đ/Đ → d, lower case, runs of white space
 * collapsed to one space and trimmed.
 * Invariant: equals SQL `public.lt_unaccent(text)` on any text whose white space is already single spaces
 * (lt_unaccent does not touch white space).
 */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRAS_PATTERN, (ch) => UNACCENT_EXTRAS[ch] ?? ch)
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The distinct normalised words of a search query, in order; empty for a blank query. */
export function vnSearchTokens(query: string): string[] {
  const normalized = normalizeVietnamese(query);
  return normalized === '' ? [] : [...new Set(normalized.split(' '))];
}

/** Escapes LIKE's wildcards so a token matches literally (backslash is LIKE's default escape character). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * A WHERE condition: every word of `query` occurs in `column`, ignoring accents and case
 * (`public.lt_unaccent(column) LIKE '%word%'` for each word, words passed as parameters, % and _ literal).
 * Returns undefined for a blank query, so it can go straight into drizzle's `and(...)`/`where(...)`.
 * Needs `migrate()` to have installed `public.lt_unaccent`; index the column with `vnTrigramIndex`.
 */
export function vnSearchCondition(column: SQLWrapper | AnyColumn, query: string): SQL | undefined {
  const tokens = vnSearchTokens(query);
  if (tokens.length === 0) return undefined;
  const conditions = tokens.map((token) => sql`public.lt_unaccent(${column}) LIKE ${`%${escapeLike(token)}%`}`);
  return sql`(${sql.join(conditions, sql` AND `)})`;
}

/** The GIN index expression `public.lt_unaccent(column) public.gin_trgm_ops`, for `index(name).using('gin', …)`. */
export function vnTrigramIndexSql(column: AnyPgColumn): SQL {
  return sql`public.lt_unaccent(${column}) public.gin_trgm_ops`;
}

/**
 * A trigram GIN index that serves `vnSearchCondition` on `column`; use it in a table's extra config:
 * `(t) => [vnTrigramIndex('document_subject_search_idx', t.subject)]`. drizzle-kit generates
 * `CREATE INDEX … USING gin (public.lt_unaccent("subject") public.gin_trgm_ops)`.
 */
export function vnTrigramIndex(name: string, column: AnyPgColumn): IndexBuilder {
  return index(name).using('gin', vnTrigramIndexSql(column));
}
