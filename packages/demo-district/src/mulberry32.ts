/**
 * A small seeded PRNG: 32 bits of state, fast, and the same sequence on every machine. The generator
 * must never touch Math.random, or "same seed, same district" breaks.
 *
 * @example const next = mulberry32(1); next() // 0.6270739405881613, always
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Hashes text to a 32-bit seed (FNV-1a). Used to give each Voronoi edge its own noise stream, derived
 * from the edge's coordinates, so that the two cells sharing it compute exactly the same points.
 *
 * @example hashSeed('1|0,0;10,5') // 3841245895
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
