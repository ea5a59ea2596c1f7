/**
 * Character bigrams of a string (single characters for a one-character string), with counts.
 *
 * @example bigrams('幸福里') // Map { '幸福' => 1, '福里' => 1 }
 */
export function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 1; i < chars.length; i++) {
    const gram = chars[i - 1]! + chars[i]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * Sørensen–Dice coefficient of two strings' character bigrams: 1 for equal strings, 0 for strings
 * sharing no bigram. Suits short Chinese names, where a word is often two characters.
 *
 * @example bigramSimilarity('幸福小区', '幸福家园') // 0.33: 幸福 is shared, 福小/小区 and 福家/家园 are not
 */
export function bigramSimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of ga) {
    shared += Math.min(count, gb.get(gram) ?? 0);
    total += count;
  }
  for (const count of gb.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
