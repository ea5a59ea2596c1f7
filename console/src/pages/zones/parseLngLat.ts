/** "116.8,35.6" (or with ，, space, either order) as a WGS-84 point, or null when the text is not coordinates. */
export function parseLngLat(text: string): { lng: number; lat: number } | null {
  const parts = text.trim().split(/[\s,，]+/).map(Number);
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) return null;
  const [a, b] = parts as [number, number];
  // China lies at longitudes 73–136 and latitudes 3–54: the larger number is the longitude.
  return a > b ? { lng: a, lat: b } : { lng: b, lat: a };
}
