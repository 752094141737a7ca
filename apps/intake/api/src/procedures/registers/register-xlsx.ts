import ExcelJS from 'exceljs';
import type { Alignment, Borders, CellValue, Font, Style } from 'exceljs';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { headersOf, vietnamWallClock, type RegisterBook, type RegisterColumn } from './register-book.js';

/** What the register workbook shows: whose register, which year, its entries in the book's order (số đến, số đi). */
export type RegisterWorkbookInput<Entry> = {
  unitName: string;
  year: number;
  entries: readonly Entry[];
  /** The workbook's creation time, from the service's clock. */
  createdAt: Date;
};

const THIN = { style: 'thin' } as const;
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// Vietnamese administrative papers are set in Times New Roman (Decree 30/2020 Phụ lục I).
const FONT: Partial<Font> = { name: 'Times New Roman', size: 12 };

/** Excel number formats by column type. Text columns are `@` (Text), so a cell edited in Excel stays text. */
const NUMBER_FORMATS: Record<RegisterColumn<unknown>['type'], string> = {
  instant: 'dd/mm/yyyy hh:mm',
  date: 'dd/mm/yyyy',
  number: '0',
  text: '@',
};

const HEADING_STYLE: Partial<Style> = {
  font: { ...FONT, bold: true },
  border: BORDERS,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

const TITLE_STYLE: Partial<Style> = {
  font: { ...FONT, size: 14, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
};

function cellStyle<Entry>(column: RegisterColumn<Entry>): Partial<Style> {
  const alignment: Partial<Alignment> =
    column.type === 'text'
      ? { horizontal: 'left', vertical: 'top', wrapText: true }
      : { horizontal: 'center', vertical: 'top' };
  return { font: FONT, border: BORDERS, alignment, numFmt: NUMBER_FORMATS[column.type] };
}

/**
 * Word's manual line and page breaks (vertical tab, form feed), which text pasted from Word carries and XML 1.0
 * forbids: as line breaks. exceljs drops the other forbidden control characters itself.
 */
const WORD_BREAKS = /[\v\f]/g;

/**
 * One register cell as an Excel value: moments and dates as real dates (a moment at its wall clock in Vietnam, since
 * an Excel date has no time zone), numbers (the số đến) as numbers, text as a string cell, which Excel never
 * evaluates, even when it starts with `=`; an unknown value as an empty cell.
 */
function xlsxValue<Entry>(column: RegisterColumn<Entry>, entry: Entry): CellValue {
  switch (column.type) {
    case 'instant': {
      const instant = column.value(entry);
      return instant ? vietnamWallClock(instant) : null;
    }
    case 'date': {
      const date = column.value(entry);
      return date ? new Date(`${date}T00:00:00Z`) : null;
    }
    case 'number':
      return column.value(entry);
    case 'text':
      return column.value(entry)?.replace(WORD_BREAKS, '\n') ?? null;
  }
}

/** The worksheet's name: `Sổ văn bản đến 2025` (at most 31 characters, as Excel requires). */
export const registerSheetName = <Entry>(book: RegisterBook<Entry>, year: number) => `${book.shortName} ${year}`;

/** The title above the headings: the unit, the book and the year (`… — Sổ đăng ký văn bản đi năm 2025`). */
export const registerTitle = <Entry>(book: RegisterBook<Entry>, unitName: string, year: number) =>
  `${unitName} — ${book.title} năm ${year}`;

/**
 * A register book as an XLSX workbook: one sheet, a title row naming the unit, the book and the year, the book's
 * Phụ lục IV headings (bold, bordered, wrapped, frozen, with filters), then one row per entry, printed A4
 * landscape, one page wide. Written with exceljs's streaming writer, so memory stays near the size of the entries
 * themselves.
 */
export async function writeRegisterXlsx<Entry>(
  book: RegisterBook<Entry>,
  input: RegisterWorkbookInput<Entry>,
): Promise<Buffer> {
  const columns = book.columns;
  const sink = new PassThrough();
  // Inline strings: most cells (symbols, subjects) are unique, so a shared-string table would only hold them twice.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Liên Thông';
  workbook.lastModifiedBy = 'Liên Thông';
  workbook.created = input.createdAt;
  workbook.modified = input.createdAt;

  const write = async () => {
    const sheet = workbook.addWorksheet(registerSheetName(book, input.year), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3' }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      headerFooter: { oddFooter: '&CTrang &P/&N' },
    });
    sheet.columns = columns.map((column) => ({ width: column.width }));
    sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };

    const title = sheet.addRow([registerTitle(book, input.unitName, input.year)]);
    sheet.mergeCells(1, 1, 1, columns.length);
    title.getCell(1).style = TITLE_STYLE;
    title.height = 24;
    title.commit();

    const headings = sheet.addRow(headersOf(book));
    headings.eachCell((cell) => {
      cell.style = HEADING_STYLE;
    });
    headings.height = 33;
    headings.commit();

    const styles = columns.map((column) => cellStyle(column));
    for (const entry of input.entries) {
      const row = sheet.addRow(columns.map((column) => xlsxValue(column, entry)));
      styles.forEach((style, index) => {
        row.getCell(index + 1).style = style;
      });
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  };

  const [bytes] = await Promise.all([
    buffer(sink),
    write().catch((error: unknown) => {
      sink.destroy();
      throw error;
    }),
  ]);
  return bytes;
}
