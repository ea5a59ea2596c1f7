/**
 * 1 − (Levenshtein distance ÷ the longer length), over code points: how much of two short names
 * survives one typo. Complements `bigramSimilarity`, which a typo in a three-character street name
 * halves (建设露 ~ 建设路: bigrams 0.5, edits 0.67). Names here are a few characters long, so the
 * quadratic table costs nothing; there is no dependency for it in this workspace.
 *
 * @example editSimilarity('建设露', '建设路') // 0.667: one substitution in three characters
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[y.length]! / Math.max(x.length, y.length);
}
