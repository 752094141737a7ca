import { describe, expect, it } from 'vitest';
import { characterAccuracy, compareCharacters, editDistance, normaliseForComparison } from './accuracy.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('Hà Nội', 'Hà Nội')).toBe(0);
  });
});

describe('compareCharacters', () => {
  it('counts a wrong diacritic as one wrong character, whatever the Unicode form of the reading', () => {
    const decomposed = 'Úy ban'.normalize('NFD');
    expect(compareCharacters('Ủy ban', decomposed)).toEqual({ total: 6, distance: 1, right: 5, accuracy: 5 / 6 });
  });

  it('ignores layout: line breaks and runs of spaces are one space', () => {
    expect(characterAccuracy('CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM', '  CỘNG HÒA   XÃ HỘI CHỦ\n\nNGHĨA VIỆT NAM ')).toBe(
      1,
    );
  });

  it('never goes below 0, and an empty expectation is met only by an empty reading', () => {
    expect(characterAccuracy('ab', 'xxxxxxxx')).toBe(0);
    expect(characterAccuracy('', '  ')).toBe(1);
    expect(characterAccuracy('', 'x')).toBe(0);
  });

  it('normalises to NFC with folded white space', () => {
    expect(normaliseForComparison(' Quyết\tđịnh\r\n số '.normalize('NFD'))).toBe('Quyết định số');
  });
});
