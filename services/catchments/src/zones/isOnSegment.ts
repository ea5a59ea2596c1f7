/**
 * Exactly whether point p lies on the segment a–b (ends included), in the coordinates as given: no
 * tolerance, no rounding. The orientation of (a, b, p) is first computed in doubles with Shewchuk's
 * error bound, which settles every point that is not on the segment's line; only when that cannot
 * tell (p on the line or within rounding of it) is the determinant computed exactly in BigInt.
 *
 * @example isOnSegment(116.78, 35.54, 116.8, 35.54, 116.7834, 35.54) // true: on a horizontal edge
 */
export function isOnSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  if (px < Math.min(ax, bx) || px > Math.max(ax, bx) || py < Math.min(ay, by) || py > Math.max(ay, by)) return false;
  return orientation(ax, ay, bx, by, px, py) === 0;
}

/** 2⁻⁵³, and Shewchuk's bound on the rounding error of the double determinant below. */
const EPSILON = 2 ** -53;
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;

/** Sign of the determinant |a−p, b−p|: > 0 when a, b, p turn counter-clockwise, 0 when collinear. */
function orientation(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  const left = (ax - px) * (by - py);
  const right = (ay - py) * (bx - px);
  const det = left - right;
  // Opposite signs (or a zero factor, which only equal coordinates give) cannot cancel: det is right.
  if (left === 0 || right === 0 || left > 0 !== right > 0) return Math.sign(det);
  if (Math.abs(det) >= ERROR_BOUND * Math.abs(left + right)) return Math.sign(det);
  return exactOrientation([ax, ay, bx, by, px, py]);
}

/** The same determinant over exact integers: every double is an integer times a power of two. */
function exactOrientation(values: number[]): number {
  const split = values.map(toMantissaExponent);
  const lowest = Math.min(...split.map(([mantissa, exponent]) => (mantissa === 0n ? Infinity : exponent)));
  const [ax, ay, bx, by, px, py] = split.map(([mantissa, exponent]) => (mantissa === 0n ? 0n : mantissa << BigInt(exponent - lowest)));
  const det = (ax! - px!) * (by! - py!) - (ay! - py!) * (bx! - px!);
  return det === 0n ? 0 : det > 0n ? 1 : -1;
}

const view = new DataView(new ArrayBuffer(8));

/** A finite double as [m, e] with value = m · 2^e exactly. */
function toMantissaExponent(value: number): [bigint, number] {
  if (value === 0) return [0n, 0];
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (biased !== 0) mantissa |= 1n << 52n;
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return [value < 0 ? -mantissa : mantissa, exponent];
}
