/** The byte order mark Excel needs to read a CSV file as UTF-8 (without it, Vietnamese letters are garbled). */
export const UTF8_BOM = '\uFEFF';

/** Quotes a field when RFC 4180 requires it (a comma, a double quote, CR or LF), doubling inner double quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as RFC 4180 CSV: fields quoted only when needed, records separated and ended by CRLF.
 * Invariant: pure; every row is written with exactly the fields it has (the caller keeps widths equal).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Defuses spreadsheet formulas in text that came from outside (OWASP "CSV injection"): a cell that starts with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe, so Excel shows it as text instead of evaluating it.
 */
export function asSpreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
