import { describe, expect, it } from 'vitest';
import { andThen, combine, err, mapResult, ok } from './result.js';

describe('Result', () => {
  it('maps a success and passes an error through', () => {
    expect(mapResult(ok(2), (n) => n * 3)).toEqual(ok(6));
    expect(mapResult(err('bad'), (n: number) => n * 3)).toEqual(err('bad'));
  });

  it('chains rules and stops at the first failure', () => {
    const half = (n: number) => (n % 2 === 0 ? ok(n / 2) : err(`odd:${n}`));
    expect(andThen(ok(8), half)).toEqual(ok(4));
    expect(andThen(ok(3), half)).toEqual(err('odd:3'));
    expect(andThen(err('earlier'), half)).toEqual(err('earlier'));
  });

  it('combines values or returns the first error', () => {
    expect(combine([ok(1), ok(2)])).toEqual(ok([1, 2]));
    expect(combine([ok(1), err('a'), err('b')])).toEqual(err('a'));
  });
});
