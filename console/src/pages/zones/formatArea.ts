/** An area for staff: square kilometres (2 decimals) from 0.01 km² up, else whole square metres. */
export function formatArea(squareMeters: number): string {
  return squareMeters >= 10_000 ? `${(squareMeters / 1e6).toFixed(2)} 平方公里` : `${Math.round(squareMeters)} 平方米`;
}
