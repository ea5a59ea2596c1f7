import { hashSeed, mulberry32 } from './mulberry32';

/** Seeded helpers over one mulberry32 stream. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** True with the given probability. */
  chance(probability: number): boolean;
}

/**
 * Creates seeded random helpers. `purpose` gives each part of the generator its own stream, so
 * that, say, more schools do not change the enrolment numbers of the first ones by accident.
 *
 * @example createRandom(1, 'schools').int(1, 6) // 2, on every run
 */
export function createRandom(seed: number, purpose = ''): Random {
  const next = mulberry32(hashSeed(`${seed}|${purpose}`));
  const random: Random = {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() needs at least one item');
      return items[Math.floor(next() * items.length)]!;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    chance: (probability) => next() < probability,
  };
  return random;
}
