import * as FlatbushModule from 'flatbush';

// flatbush ships ES modules only; under CommonJS interop the class may arrive as the namespace's default.
type FlatbushClass = typeof import('flatbush').default;
const Flatbush: FlatbushClass = (FlatbushModule as unknown as { default?: FlatbushClass }).default ?? (FlatbushModule as unknown as FlatbushClass);

export type Box = readonly [number, number, number, number];

/**
 * Every pair (i of `a`, j of `b`) whose bounding boxes touch, from an R-tree (flatbush) over `b`:
 * the only pairs whose ground can overlap, so the only ones worth intersecting. With `b` omitted,
 * pairs within `a`, each once (i < j).
 *
 * @example findTouchingPairs([[0, 0, 1, 1], [1, 0, 2, 1], [5, 5, 6, 6]]) // [[0, 1]]
 */
export function findTouchingPairs(a: readonly Box[], b?: readonly Box[]): [number, number][] {
  const other = b ?? a;
  if (a.length === 0 || other.length === 0) return [];
  const tree = new Flatbush(other.length);
  for (const box of other) tree.add(box[0], box[1], box[2], box[3]);
  tree.finish();
  const pairs: [number, number][] = [];
  a.forEach((box, i) => {
    for (const j of tree.search(box[0], box[1], box[2], box[3])) if (b || j > i) pairs.push([i, j]);
  });
  return pairs;
}
