/** China's extent, loosely: longitudes 73–136 °E and latitudes 3–54 °N do not overlap, so order can be told. */
const isLng = (n: number) => n >= 73 && n <= 136;
const isLat = (n: number) => n >= 3 && n <= 54;

/**
 * Reads typed coordinates ("116.80, 35.60", "116.80 35.60", or the other way round, as copied from a
 * map app), WGS-84; null when the text is not a pair of numbers in China.
 *
 * @example parseLngLat('35.6，116.8') // { lng: 116.8, lat: 35.6 }
 */
export function parseLngLat(text: string): { lng: number; lat: number } | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,，\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  if (isLng(a) && isLat(b)) return { lng: a, lat: b };
  if (isLat(a) && isLng(b)) return { lng: b, lat: a };
  return null;
}
