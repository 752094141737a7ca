import { asSpreadsheetText, toCsv, UTF8_BOM } from './csv.js';
import { headersOf, vietnamDate, vietnamDateTime, type RegisterBook, type RegisterColumn } from './register-book.js';

/** One register cell as CSV text: dates as dd/MM/yyyy, moments as dd/MM/yyyy HH:mm in Vietnam time. */
function csvText<Entry>(column: RegisterColumn<Entry>, entry: Entry): string {
  switch (column.type) {
    case 'instant': {
      const instant = column.value(entry);
      return instant ? vietnamDateTime(instant) : '';
    }
    case 'date': {
      const date = column.value(entry);
      return date ? vietnamDate(date) : '';
    }
    case 'number': {
      const number = column.value(entry);
      return number === null ? '' : String(number);
    }
    case 'text':
      return column.value(entry) ?? '';
  }
}

/**
 * A register book as a CSV file Excel opens correctly: a UTF-8 BOM, the book's headings, one line per entry in the
 * given order, RFC 4180 quoting, and text that a spreadsheet would run as a formula defused.
 */
export function writeRegisterCsv<Entry>(book: RegisterBook<Entry>, entries: readonly Entry[]): string {
  const lines = entries.map((entry) => book.columns.map((column) => asSpreadsheetText(csvText(column, entry))));
  return UTF8_BOM + toCsv([headersOf(book), ...lines]);
}
