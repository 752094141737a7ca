/** How close a reading is to the true text, in characters. */
export type CharacterComparison = {
  /** Characters of the expected text (after normalising). */
  total: number;
  /** Edits (insertions, deletions, substitutions) that turn the reading into the expected text. */
  distance: number;
  /** `max(0, total − distance)`: the characters counted as right. */
  right: number;
  /** `right / total` (1 when both are empty). */
  accuracy: number;
};

/** NFC, every run of white space (line breaks included) as one space, trimmed: layout is not what is measured. */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Levenshtein distance over code points, in O(n·m) time and O(m) memory. */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  let current = new Array<number>(right.length + 1).fill(0);
  for (let i = 1; i <= left.length; i += 1) {
    current[0] = i;
    const char = left[i - 1];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (char === right[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length] as number;
}

/**
 * Compares an OCR reading with the expected text, both normalised by `normaliseForComparison`. A wrong diacritic
 * ("Úy" for "Ủy") is one wrong character, since NFC keeps Vietnamese letters precomposed.
 */
export function compareCharacters(expected: string, actual: string): CharacterComparison {
  const want = normaliseForComparison(expected);
  const got = normaliseForComparison(actual);
  const total = Array.from(want).length;
  const distance = editDistance(want, got);
  const right = Math.max(0, total - distance);
  return { total, distance, right, accuracy: total === 0 ? (got === '' ? 1 : 0) : right / total };
}

/** Character accuracy: 1 − Levenshtein distance / length of the expected text, at least 0 (NFC, white space folded). */
export function characterAccuracy(expected: string, actual: string): number {
  return compareCharacters(expected, actual).accuracy;
}
