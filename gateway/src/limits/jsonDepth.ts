/**
 * Nesting depth of a JSON value, measured without recursion so a hostile 20-level-per-kilobyte
 * document cannot overflow the stack. Stops counting once `stopAt` is exceeded.
 *
 * @example jsonDepth({ a: [1, { b: 2 }] }) // 3
 */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}
