/** A run of text kept, removed or added. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Longer pairs are shown as a whole (removed, then added): the table has a.length × b.length cells. */
const MAX_CELLS = 4_000_000;

/**
 * Character-level difference of two texts (Chinese has no spaces to split words on), by longest
 * common subsequence, with neighbouring characters of one kind merged into runs.
 * @example textDiff('报名人数不足', '报名人数超过计划') // [{same:'报名人数'},{removed:'不足'},{added:'超过计划'}]
 */
export function textDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const a = Array.from(before);
  const b = Array.from(after);
  if (a.length * b.length > MAX_CELLS) {
    return merge([...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])]);
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      // On a tie, removed text first: a change reads as "old → new".
      parts.push({ kind: 'removed', text: a[i]! });
      i++;
    } else {
      parts.push({ kind: 'added', text: b[j]! });
      j++;
    }
  }
  return merge(parts);
}

function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
