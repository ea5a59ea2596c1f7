import L from 'leaflet';
import type { Zone } from '../api/YearData';
import type { ZonedStage } from '../DistrictMap';
import type { StageAnswer } from './decideStageAnswer';

/** Outline colours per stage; the answer is also text in the panel, never colour alone. */
export const ZONE_COLOURS: Record<ZonedStage, string> = { PRIMARY: '#2b8a3e', JUNIOR: '#1864ab' };
const NEAR_BOUNDARY_COLOUR = '#d9480f';

/**
 * The year's zones drawn faintly (primary dashed green, junior dotted blue), the zones of the current
 * answer highlighted, and a marker at the home. Zones are not interactive, so a tap reaches the map.
 */
export class ZoneLayers {
  private readonly outlines = L.layerGroup();
  private readonly highlight = L.featureGroup();
  private home: L.Marker | null = null;

  constructor(private readonly map: L.Map) {
    this.outlines.addTo(map);
    this.highlight.addTo(map);
  }

  showZones(zones: Record<ZonedStage, Zone[]>): void {
    this.outlines.clearLayers();
    for (const stage of ['JUNIOR', 'PRIMARY'] as const) {
      for (const zone of zones[stage]) {
        L.geoJSON(zone.geometry, {
          interactive: false,
          style: { color: ZONE_COLOURS[stage], weight: stage === 'PRIMARY' ? 1.5 : 2, dashArray: stage === 'PRIMARY' ? '6 4' : '2 4', fillOpacity: 0 },
        }).addTo(this.outlines);
      }
    }
    this.highlight.clearLayers();
  }

  /** Highlights the answer's zones; returns their bounds, or null when there are none. */
  showAnswer(stages: Record<ZonedStage, StageAnswer>): L.LatLngBounds | null {
    this.highlight.clearLayers();
    for (const stage of ['JUNIOR', 'PRIMARY'] as const) {
      const answer = stages[stage];
      const zones =
        answer.kind === 'ZONE' ? [answer.zone] : answer.kind === 'NEAR_BOUNDARY' ? answer.candidates : answer.kind === 'NO_ZONE' ? answer.nearestZones : [];
      const colour = answer.kind === 'NEAR_BOUNDARY' ? NEAR_BOUNDARY_COLOUR : ZONE_COLOURS[stage];
      // The nearest zones of a home in none are outlined only: they are suggestions, not the answer.
      const fillOpacity = answer.kind === 'NO_ZONE' ? 0 : stage === 'PRIMARY' ? 0.18 : 0.08;
      for (const zone of zones) {
        L.geoJSON(zone.geometry, { interactive: false, style: { color: colour, weight: 3, fillColor: colour, fillOpacity } }).addTo(this.highlight);
      }
    }
    const bounds = this.highlight.getBounds();
    return bounds.isValid() ? bounds : null;
  }

  /** Outlines zones that are not an answer (a chosen school's zones); returns their bounds. */
  outline(zones: readonly Zone[]): L.LatLngBounds | null {
    this.highlight.clearLayers();
    for (const zone of zones) {
      // A zone defined by its address rules alone has no polygon to draw.
      if (!zone.geometry) continue;
      L.geoJSON(zone.geometry, { interactive: false, style: { color: ZONE_COLOURS[zone.stage], weight: 4, fillColor: ZONE_COLOURS[zone.stage], fillOpacity: 0.08, className: 'school-zone' } }).addTo(this.highlight);
    }
    const bounds = this.highlight.getBounds();
    return bounds.isValid() ? bounds : null;
  }

  placeHome(lng: number, lat: number, label: string): void {
    this.home?.remove();
    this.home = L.marker([lat, lng], {
      icon: L.divIcon({ className: 'home-marker', iconSize: [22, 22], html: '' }),
      title: label,
      alt: label,
      keyboard: false,
    }).addTo(this.map);
  }

  clearHome(): void {
    this.home?.remove();
    this.home = null;
  }
}
