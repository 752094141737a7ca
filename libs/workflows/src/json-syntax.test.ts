import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.js';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[]',
    '0',
    '-12.5e+3',
    '"Hộ tịch \\u0110\\n"',
    'true',
    'null',
    ' { "a" : [ 1 , { "b" : false } ] , "c" : "x" } \n',
  ])('accepts %s', (text) => {
    expect(findJsonSyntaxError(text)).toBeNull();
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });

  it.each([
    ['{"a":}', 1, 6, 'cần một giá trị JSON nhưng gặp ký tự "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'cần dấu phẩy hoặc } nhưng gặp ký tự "\\""'],
    ['{"a": 1,}', 1, 9, 'thừa dấu phẩy trước }'],
    ['[1, 2,]', 1, 7, 'thừa dấu phẩy trước ]'],
    ['[1 2]', 1, 4, 'cần dấu phẩy hoặc ] nhưng gặp ký tự "2"'],
    ["{'a': 1}", 1, 2, 'cần tên trường trong dấu ngoặc kép nhưng gặp ký tự "\'"'],
    ['{"a" 1}', 1, 6, 'cần dấu hai chấm nhưng gặp ký tự "1"'],
    ['{"a": "x', 1, 7, 'chuỗi chưa được đóng bằng dấu "'],
    ['{"a": "x\ty"}', 1, 9, 'chuỗi không được chứa ký tự điều khiển (xuống dòng, tab): hãy viết \\n, \\t'],
    ['"\\x"', 1, 2, 'ký tự thoát \\x không hợp lệ'],
    ['"\\u12"', 1, 2, 'mã \\u phải có 4 chữ số hex'],
    ['{"a": 1, "a": 2}', 1, 10, 'trường "a" bị lặp lại trong cùng một đối tượng'],
    ['{} {}', 1, 4, 'thừa nội dung sau giá trị JSON (ký tự "{")'],
    ['', 1, 1, 'tệp rỗng'],
    ['   \n ', 2, 2, 'tệp rỗng'],
    ['\uFEFF{}', 1, 1, 'tệp bắt đầu bằng BOM; hãy lưu dạng UTF-8 không BOM'],
    ['[01]', 1, 3, 'cần dấu phẩy hoặc ] nhưng gặp ký tự "1"'],
    ['[tru]', 1, 2, 'cần một giá trị JSON nhưng gặp ký tự "t"'],
    ['[', 1, 2, 'cần một giá trị JSON nhưng gặp hết tệp'],
    ['{"a": NaN}', 1, 7, 'cần một giá trị JSON nhưng gặp ký tự "N"'],
  ])('finds the problem in %j at line %i, column %i', (text, line, column, reason) => {
    const error = findJsonSyntaxError(text);
    expect(error).toMatchObject({ line, column, reason });
    expect(error?.reasonEn).toBeTruthy();
  });

  it('refuses nesting deeper than 64 levels instead of overflowing the stack', () => {
    expect(findJsonSyntaxError('['.repeat(64) + ']'.repeat(64))).toBeNull();
    expect(findJsonSyntaxError('['.repeat(65) + ']'.repeat(65))?.reason).toBe('lồng nhau quá 64 cấp');
    expect(findJsonSyntaxError('['.repeat(100_000))?.reason).toBe('lồng nhau quá 64 cấp');
  });

  it('counts columns after Vietnamese text on the same line', () => {
    expect(findJsonSyntaxError('{"tên": "Hộ tịch" x}')).toMatchObject({ line: 1, column: 19 });
  });
});
