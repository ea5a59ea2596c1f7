import L from 'leaflet';
import type { PublicConfig } from './PublicConfig';
import { CspTileLayer } from './CspTileLayer';
import { escapeHtml } from './escapeHtml';

/** Whole country: the view before a district is fitted, and for a district with nothing to show. */
export const CHINA_CENTRE: [number, number] = [35, 105];

/**
 * The Leaflet map, with a base layer only when tiles are configured: without one the outline and the
 * schools stand on the plain background from style.css.
 */
export function createMap(element: HTMLElement, config: PublicConfig): L.Map {
  // A view must exist before vector layers are added (Leaflet's renderer needs pixel bounds);
  // start on the whole country and let the caller fit the district.
  const map = L.map(element, { attributionControl: false }).setView(CHINA_CENTRE, 4);
  // Leaflet's default prefix links to leafletjs.com; the page links to no outside host.
  L.control.attribution({ prefix: 'Leaflet' }).addTo(map);
  if (config.tileUrl) {
    new CspTileLayer(config.tileUrl, {
      maxZoom: 19,
      // Leaflet renders attribution as HTML; the configured text is shown as text.
      attribution: config.tileAttribution ? escapeHtml(config.tileAttribution) : undefined,
    }).addTo(map);
  }
  // Banners and the status line come and go above the map; Leaflet only notices window resizes.
  new ResizeObserver(() => map.invalidateSize()).observe(element);
  return map;
}
