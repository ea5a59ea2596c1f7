import L from 'leaflet';

/** Pixels of the map hidden under the answer panel: on phones the panel is a bottom sheet over the map. */
function coveredBySheet(map: L.Map): number {
  const mapBox = map.getContainer().getBoundingClientRect();
  const side = document.querySelector<HTMLElement>('.side');
  const sheet = side?.getBoundingClientRect();
  if (!side || !sheet || sheet.left >= mapBox.right || sheet.right <= mapBox.left) return 0;
  // A sheet changing size (a CSS transition) is measured at the height it is going to.
  const top = side.dataset.sheet && side.style.height ? window.innerHeight - parseFloat(side.style.height) : sheet.top;
  return Math.max(0, mapBox.bottom - top);
}

/**
 * Moves the map after an answer: to the home and its highlighted zones (refit, after a search), or just
 * enough to keep the home in sight (after a tap, where the parent is already looking). Always in the
 * part of the map the bottom sheet leaves visible.
 */
export function fitAnswer(map: L.Map, zones: L.LatLngBounds | null, home: L.LatLng | null, refit: boolean): void {
  map.invalidateSize();
  const covered = coveredBySheet(map);
  const padding = { paddingTopLeft: L.point(16, 16), paddingBottomRight: L.point(16, 16 + covered), maxZoom: 16 };
  if (refit && (zones || home)) {
    const bounds = L.latLngBounds([]);
    if (zones) bounds.extend(zones);
    if (home) bounds.extend(home);
    map.fitBounds(bounds, padding);
    return;
  }
  if (!home) return;
  const size = map.getSize();
  const visible = L.bounds(L.point(0, 0), L.point(size.x, Math.max(1, size.y - covered)));
  if (!visible.contains(map.latLngToContainerPoint(home))) map.panTo(home);
}
