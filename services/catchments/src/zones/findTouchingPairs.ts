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

/**
 * Indices ordered along a Z-order (Morton) curve of the boxes' centres, so that consecutive items
 * are mostly neighbours: the order a tree union wants.
 */
export function spatialOrder(boxes: readonly Box[]): number[] {
  if (boxes.length === 0) return [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x0, y0, x1, y1] of boxes) {
    minX = Math.min(minX, x0); minY = Math.min(minY, y0); maxX = Math.max(maxX, x1); maxY = Math.max(maxY, y1);
  }
  const cell = (v: number, lo: number, hi: number) => (hi > lo ? Math.min(65535, Math.floor(((v - lo) / (hi - lo)) * 65536)) : 0);
  const codes = boxes.map(([x0, y0, x1, y1]) => morton(cell((x0 + x1) / 2, minX, maxX), cell((y0 + y1) / 2, minY, maxY)));
  return boxes.map((_, i) => i).sort((i, j) => codes[i]! - codes[j]!);
}

function morton(x: number, y: number): number {
  let code = 0;
  for (let bit = 15; bit >= 0; bit--) code = code * 4 + ((x >> bit) & 1) * 2 + ((y >> bit) & 1);
  return code;
}
