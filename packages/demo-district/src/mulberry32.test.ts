import { hashSeed, mulberry32 } from './mulberry32';

describe('mulberry32', () => {
  it('when two generators share a seed, then they give the same sequence', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(new Set(first).size).toBe(5);
  });

  it('when seeds differ, then the sequences differ', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('when drawn many times, then every value is in [0, 1) and the mean is near ½', () => {
    const next = mulberry32(7);
    const values = Array.from({ length: 10000 }, next);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('when two texts differ by one character, then their hashes differ', () => {
    expect(hashSeed('1|0,0;10,5')).not.toBe(hashSeed('1|0,0;10,6'));
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
  });
});
