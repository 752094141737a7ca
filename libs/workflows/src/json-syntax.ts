/**
 * Where a JSON text first goes wrong, in words a clerk can act on. `JSON.parse` says "Unexpected token" and, depending on
 * the Node version, sometimes no position at all; this scanner follows RFC 8259 and reports line and column (1-based),
 * and also refuses what `JSON.parse` silently accepts but a procedure file should never hold: a key repeated in one
 * object (the last one would win) and nesting deeper than `MAX_DEPTH`.
 */
export type JsonSyntaxError = {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly reasonEn: string;
};

const MAX_DEPTH = 64;

class Failure {
  constructor(
    readonly offset: number,
    readonly reason: string,
    readonly reasonEn: string,
  ) {}
}

function describe(char: string | undefined): string {
  return char === undefined ? 'hết tệp' : `ký tự ${JSON.stringify(char)}`;
}

function describeEn(char: string | undefined): string {
  return char === undefined ? 'end of file' : `character ${JSON.stringify(char)}`;
}

/** Returns null when `text` is one valid JSON value with no repeated keys, else the first problem. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  const fail = (reason: string, reasonEn: string, at = i): never => {
    throw new Failure(at, reason, reasonEn);
  };
  const unexpected = (expected: string, expectedEn: string): never =>
    fail(`cần ${expected} nhưng gặp ${describe(text[i])}`, `expected ${expectedEn} but found ${describeEn(text[i])}`);

  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };

  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else unexpected('một giá trị JSON', 'a JSON value');
  };

  const string = (): string => {
    const start = i;
    i += 1; // opening quote
    let value = '';
    for (;;) {
      const char = text[i];
      if (char === undefined) fail('chuỗi chưa được đóng bằng dấu "', 'unterminated string', start);
      if (char === '"') {
        i += 1;
        return value;
      }
      if (char === '\\') {
        const escape = text[i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail('mã \\u phải có 4 chữ số hex', '\\u needs 4 hex digits');
          value += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          value += escape;
          i += 2;
        } else {
          fail(`ký tự thoát \\${escape ?? ''} không hợp lệ`, `invalid escape \\${escape ?? ''}`);
        }
        continue;
      }
      if ((char as string).charCodeAt(0) < 0x20) {
        fail(
          'chuỗi không được chứa ký tự điều khiển (xuống dòng, tab): hãy viết \\n, \\t',
          'control character in string',
        );
      }
      value += char;
      i += 1;
    }
  };

  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) unexpected('một giá trị JSON', 'a JSON value');
    i += (match as RegExpExecArray)[0].length;
  };

  const value = (depth: number) => {
    if (depth > MAX_DEPTH) fail(`lồng nhau quá ${MAX_DEPTH} cấp`, `nested deeper than ${MAX_DEPTH} levels`);
    skipSpace();
    const char = text[i];
    if (char === '{') object(depth);
    else if (char === '[') array(depth);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else unexpected('một giá trị JSON', 'a JSON value');
  };

  const object = (depth: number) => {
    i += 1;
    skipSpace();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      skipSpace();
      if (text[i] !== '"') unexpected('tên trường trong dấu ngoặc kép', 'a property name in double quotes');
      const keyAt = i;
      const key = string();
      if (keys.has(key)) fail(`trường "${key}" bị lặp lại trong cùng một đối tượng`, `duplicate key "${key}"`, keyAt);
      keys.add(key);
      skipSpace();
      if (text[i] !== ':') unexpected('dấu hai chấm', 'a colon');
      i += 1;
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i += 1;
        skipSpace();
        if (text[i] === '}') fail('thừa dấu phẩy trước }', 'trailing comma before }');
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return;
      }
      unexpected('dấu phẩy hoặc }', 'a comma or }');
    }
  };

  const array = (depth: number) => {
    i += 1;
    skipSpace();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i += 1;
        skipSpace();
        if (text[i] === ']') fail('thừa dấu phẩy trước ]', 'trailing comma before ]');
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return;
      }
      unexpected('dấu phẩy hoặc ]', 'a comma or ]');
    }
  };

  try {
    // A byte-order mark is what Windows editors write first; JSON forbids it, so say so plainly.
    if (text.charCodeAt(0) === 0xfeff)
      fail('tệp bắt đầu bằng BOM; hãy lưu dạng UTF-8 không BOM', 'file starts with a BOM');
    skipSpace();
    if (i === text.length) fail('tệp rỗng', 'empty file');
    value(1);
    skipSpace();
    if (i < text.length)
      fail(`thừa nội dung sau giá trị JSON (${describe(text[i])})`, 'unexpected content after the JSON value');
    return null;
  } catch (caught) {
    if (!(caught instanceof Failure)) throw caught;
    const before = text.slice(0, caught.offset);
    const line = before.split('\n').length;
    const column = caught.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { offset: caught.offset, line, column, reason: caught.reason, reasonEn: caught.reasonEn };
  }
}
