import type { XY } from './planarGeometry';

const DIRECTIONS: { word: string; unit: XY }[] = [
  { word: '东', unit: [1, 0] },
  { word: '西', unit: [-1, 0] },
  { word: '南', unit: [0, -1] },
  { word: '北', unit: [0, 1] },
];
// A neighbour counts for a direction when it lies within 50° of it.
const MIN_COSINE = Math.cos((50 * Math.PI) / 180);

export interface ZoneOutline {
  /** Zone name without the district prefix, e.g. '鼓楼街道中心小学学区'. */
  label: string;
  centroid: XY;
  neighbours: number[];
}

/**
 * Writes the 四至 of a zone: for each compass direction, the neighbouring zone lying most nearly
 * that way, or the district border when none does. Real 四至 name roads and rivers; the sample has
 * no street map, so neighbouring zones stand in for them.
 *
 * @example describeBoundary(0, zones, '兖州区') // '东至九州小学学区，西至兖州区边界，南至…，北至…'
 */
export function describeBoundary(index: number, zones: ZoneOutline[], districtName: string): string {
  const zone = zones[index]!;
  return DIRECTIONS.map(({ word, unit }) => {
    let best: { label: string; cosine: number } | null = null;
    for (const n of zone.neighbours) {
      const other = zones[n]!;
      const dx = other.centroid[0] - zone.centroid[0];
      const dy = other.centroid[1] - zone.centroid[1];
      const cosine = (dx * unit[0] + dy * unit[1]) / (Math.hypot(dx, dy) || 1);
      if (cosine >= MIN_COSINE && (!best || cosine > best.cosine)) best = { label: other.label, cosine };
    }
    return `${word}至${best ? best.label : `${districtName}边界`}`;
  }).join('，');
}
