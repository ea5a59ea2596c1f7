import L from 'leaflet';
import type { District } from './DistrictMap';

/** Draws the district outline and returns its bounds, or null when the district has none yet. */
export function renderBoundary(map: L.Map, district: District): L.LatLngBounds | null {
  if (!district.boundary) return null;
  const outline = L.geoJSON(district.boundary, {
    style: { color: '#343a40', weight: 2, fillColor: '#868e96', fillOpacity: 0.06 },
    interactive: false,
  }).addTo(map);
  const bounds = outline.getBounds();
  return bounds.isValid() ? bounds : null;
}
