/**
 * Rounds a coordinate to `digits` decimals: 6 (≈ 10 cm) for points, 7 (≈ 1 cm) for zone vertices.
 * Rounding keeps the JSON short and stable, and maps a vertex shared by two zones to one value.
 *
 * @example roundDegrees(116.123456789, 6) // 116.123457
 */
export function roundDegrees(value: number, digits: 6 | 7): number {
  const factor = digits === 6 ? 1e6 : 1e7;
  return Math.round(value * factor) / factor;
}
