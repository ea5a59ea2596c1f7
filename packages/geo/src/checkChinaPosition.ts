/**
 * A generous box around the People's Republic of China, South China Sea islands included. A position
 * outside it is not a Chinese address; one whose swapped form falls inside was typed lat-first.
 */
export const CHINA_BOUNDS = { minLng: 73.4, maxLng: 135.1, minLat: 3.3, maxLat: 53.6 } as const;

export function isInChina(lng: number, lat: number): boolean {
  return lng >= CHINA_BOUNDS.minLng && lng <= CHINA_BOUNDS.maxLng && lat >= CHINA_BOUNDS.minLat && lat <= CHINA_BOUNDS.maxLat;
}

/**
 * Returns null for a plausible Chinese [lng, lat], otherwise the reason in words a clerk can act on.
 *
 * @example checkChinaPosition(35.55, 116.8) // 'longitude and latitude look swapped (lat 116.8 …)'
 */
export function checkChinaPosition(lng: number, lat: number): string | null {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return 'coordinates must be finite numbers';
  if (isInChina(lng, lat)) return null;
  if (isInChina(lat, lng)) {
    return `longitude and latitude look swapped ([${lng}, ${lat}] is outside China, [${lat}, ${lng}] is inside); GeoJSON order is [lng, lat]`;
  }
  return `[${lng}, ${lat}] is outside China`;
}
