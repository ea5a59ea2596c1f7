import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { GeoJsonObject } from 'geojson';
import { useEffect, useRef } from 'react';

export interface MapZone {
  id: string;
  name: string;
  geometry: unknown;
}

export interface ZoneMapProps {
  /** District boundary (MultiPolygon), drawn as a thin grey outline. */
  boundary: unknown;
  /** The set in force (or last year's), drawn underneath, dashed. */
  previous: readonly MapZone[];
  /** The draft being checked. */
  draft: readonly MapZone[];
  /** Coverage gaps (red) and overlaps (orange), once the report is done. */
  gaps: readonly unknown[];
  overlaps: readonly unknown[];
  /** The tested address, with what was found there. */
  probe: { lng: number; lat: number; label: string } | null;
}

/** Styles; the class names let tests and the legend find each kind of shape. */
const STYLE = {
  boundary: { color: '#595959', weight: 1.5, fill: false, className: 'district-boundary' },
  previous: { color: '#1d39c4', weight: 2, dashArray: '6 6', fill: false, className: 'previous-zone' },
  draft: { color: '#237804', weight: 2, fillColor: '#52c41a', fillOpacity: 0.12, className: 'draft-zone' },
  gap: { color: '#a8071a', weight: 1, fillColor: '#f5222d', fillOpacity: 0.55, className: 'coverage-gap' },
  overlap: { color: '#ad4e00', weight: 1, fillColor: '#fa8c16', fillOpacity: 0.6, className: 'coverage-overlap' },
} satisfies Record<string, L.PathOptions>;

const asGeoJson = (g: unknown) => g as GeoJsonObject;

/**
 * The draft zone set on a Leaflet map (no base tiles: the console's CSP allows no tile server), with
 * the set in force underneath and the coverage report drawn over it. Leaflet is driven directly:
 * one map per mount, its layers rebuilt when the props change.
 */
export function ZoneMap(props: ZoneMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    const m = L.map(element.current!, { attributionControl: false, keyboard: true }).setView([35, 105], 4);
    map.current = m;
    layers.current = L.layerGroup().addTo(m);
    const resize = new ResizeObserver(() => m.invalidateSize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    const group = layers.current;
    if (!m || !group) return;
    group.clearLayers();
    const add = (geometry: unknown, style: L.PathOptions, tooltip?: string) => {
      if (!geometry) return null;
      const layer = L.geoJSON(asGeoJson(geometry), { style: () => style, interactive: Boolean(tooltip) });
      if (tooltip) layer.bindTooltip(tooltip, { sticky: true });
      return layer.addTo(group);
    };
    const boundary = add(props.boundary, STYLE.boundary);
    for (const z of props.previous) add(z.geometry, STYLE.previous, `现行：${z.name}`);
    for (const z of props.draft) add(z.geometry, STYLE.draft, `草稿：${z.name}`);
    for (const g of props.gaps) add(g, STYLE.gap, '未覆盖区域');
    for (const o of props.overlaps) add(o, STYLE.overlap, '重叠区域');
    if (props.probe) {
      L.circleMarker([props.probe.lat, props.probe.lng], { radius: 8, color: '#000', weight: 2, fillColor: '#fff', fillOpacity: 1, className: 'address-probe' })
        .bindTooltip(props.probe.label, { permanent: true, direction: 'top' })
        .addTo(group);
    }
    const bounds = (boundary ?? L.featureGroup(group.getLayers())) as L.FeatureGroup;
    const fit = bounds.getBounds?.();
    if (props.probe) m.setView([props.probe.lat, props.probe.lng], Math.max(m.getZoom(), 14));
    else if (fit?.isValid()) m.fitBounds(fit, { padding: [12, 12] });
  }, [props.boundary, props.previous, props.draft, props.gaps, props.overlaps, props.probe]);

  return <div ref={element} role="region" aria-label="学区地图" data-testid="zone-map" style={{ height: 560, background: '#f5f5f5', border: '1px solid #d9d9d9' }} />;
}

/** The legend beside the map: what each line and fill means (text, not only colour). */
export function ZoneMapLegend() {
  const swatch = (style: L.PathOptions, dashed = false) => ({
    display: 'inline-block', width: 18, height: 12, marginInlineEnd: 6, verticalAlign: 'middle',
    border: `2px ${dashed ? 'dashed' : 'solid'} ${style.color}`, background: style.fillColor ?? 'transparent',
  });
  return (
    <ul aria-label="图例" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', gap: 16, flexWrap: 'wrap' }}>
      <li><span style={swatch(STYLE.draft)} />草稿学区</li>
      <li><span style={swatch(STYLE.previous, true)} />现行学区</li>
      <li><span style={swatch(STYLE.gap)} />未覆盖（空白）</li>
      <li><span style={swatch(STYLE.overlap)} />重叠</li>
      <li><span style={swatch(STYLE.boundary)} />区界</li>
    </ul>
  );
}
