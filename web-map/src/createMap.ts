import L from 'leaflet';
import type { PublicConfig } from './PublicConfig';
import { escapeHtml } from './escapeHtml';

/**
 * The Leaflet map, with a base layer only when tiles are configured: without one the outline and the
 * schools stand on the plain background from style.css.
 */
export function createMap(element: HTMLElement, config: PublicConfig): L.Map {
  const map = L.map(element, { attributionControl: false });
  // Leaflet's default prefix links to leafletjs.com; the page links to no outside host.
  L.control.attribution({ prefix: 'Leaflet' }).addTo(map);
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, {
      maxZoom: 19,
      // Leaflet renders attribution as HTML; the configured text is shown as text.
      attribution: config.tileAttribution ? escapeHtml(config.tileAttribution) : undefined,
    }).addTo(map);
  }
  return map;
}
