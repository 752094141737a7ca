import { describe, expect, it } from 'vitest';
import { asSpreadsheetText, csvField, toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes plain fields unquoted and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['Số đến', 'Tác giả'],
        ['1', 'UBND tỉnh Thanh Hóa'],
      ]),
    ).toBe('Số đến,Tác giả\r\n1,UBND tỉnh Thanh Hóa\r\n');
  });

  it('quotes fields with a comma, a double quote or a line break, doubling inner quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('về "Ngày hội"')).toBe('"về ""Ngày hội"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
    expect(toCsv([['', 'x,y']])).toBe(',"x,y"\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});

describe('asSpreadsheetText', () => {
  it('prefixes an apostrophe to text a spreadsheet would read as a formula', () => {
    expect(asSpreadsheetText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(asSpreadsheetText('+1')).toBe("'+1");
    expect(asSpreadsheetText('-1')).toBe("'-1");
    expect(asSpreadsheetText('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('leaves ordinary text alone', () => {
    expect(asSpreadsheetText('Quyết định 12/QĐ-UBND = số 12')).toBe('Quyết định 12/QĐ-UBND = số 12');
    expect(asSpreadsheetText('')).toBe('');
  });
});
