import { describe, expect, it } from 'vitest';
import { parseContent } from './pdf-content.js';

const ops = (text: string) => [...parseContent(new TextEncoder().encode(text))];
const bytes = (...values: number[]) => Uint8Array.from(values);

describe('parseContent', () => {
  it('reads operators with numbers, names, literal and hex strings', () => {
    expect(ops('BT /F1 12 Tf 1 0 0 1 72.5 -.5 Tm (a\\(b\\)\\101\\n) Tj <48 6> Tj ET')).toEqual([
      { op: 'BT', operands: [] },
      { op: 'Tf', operands: [{ name: 'F1' }, 12] },
      { op: 'Tm', operands: [1, 0, 0, 1, 72.5, -0.5] },
      { op: 'Tj', operands: [bytes(0x61, 0x28, 0x62, 0x29, 0x41, 0x0a)] },
      { op: 'Tj', operands: [bytes(0x48, 0x60)] },
      { op: 'ET', operands: [] },
    ]);
  });

  it('keeps nested parentheses and line continuations in literal strings', () => {
    expect(ops('(a(b)c\\\nd) Tj')).toEqual([{ op: 'Tj', operands: [new TextEncoder().encode('a(b)cd')] }]);
  });

  it('reads TJ arrays, skips comments, and keeps dictionaries as one opaque operand', () => {
    expect(ops('% comment\n/P <</MCID 0>> BDC [(A) -250 (B)] TJ EMC')).toEqual([
      { op: 'BDC', operands: [{ name: 'P' }, null] },
      { op: 'TJ', operands: [[bytes(0x41), -250, bytes(0x42)]] },
      { op: 'EMC', operands: [] },
    ]);
  });

  it('reports an inline image as EI and skips its binary data, even data that looks like operators', () => {
    const content = 'q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00Tj) ET\xff EI Q (x) Tj';
    expect(ops(content).map((operation) => operation.op)).toEqual(['q', 'EI', 'Q', 'Tj']);
  });

  it('does not throw on garbage', () => {
    expect(() => ops(') ] >> } { [ << (unterminated')).not.toThrow();
  });
});
