import type { Catchment, Stage } from '../zones/Zone';
import type { GeocodedZone } from './geocodeAddress';

/** One stage of an address: its zone(s) in the previous published year and in the year asked. */
export interface ZoneYearChange {
  stage: Stage;
  fromYear: number;
  toYear: number;
  from: Catchment[];
  to: Catchment[];
  /** The zone (by name, its stable key across years) or its schools differ. */
  changed: boolean;
  /** In Chinese, for parents and staff: 2026 年属「西区」，2027 年属「东区」. */
  summary: string;
}

/**
 * Per stage, an address's zones in `fromYear` against `toYear` (both as resolved from the same
 * gazetteer entry: its assignment by zone name, else its point in that year's polygons). A stage
 * with a zone in neither year is left out.
 *
 * @example compareYears(zones2027, zones2026, 2026, 2027)[0] // { stage: 'PRIMARY', changed: true, summary: '2026 年属「西区」，2027 年属「东区」', … }
 */
export function compareYears(to: readonly GeocodedZone[], from: readonly GeocodedZone[], fromYear: number, toYear: number): ZoneYearChange[] {
  const stages = [...new Set([...to, ...from].map((z) => z.stage))].sort();
  return stages.map((stage) => {
    const [before, after] = [from, to].map((zones) => zones.filter((z) => z.stage === stage).map((z) => z.catchment));
    const changed = identity(before!) !== identity(after!);
    const names = (zones: Catchment[]) => (zones.length ? zones.map((z) => `「${z.name}」`).join('、') : '无学区');
    const summary = changed
      ? `${fromYear} 年属${names(before!)}，${toYear} 年属${names(after!)}`
      : `${fromYear} 年与 ${toYear} 年同属${names(after!)}`;
    return { stage, fromYear, toYear, from: before!, to: after!, changed, summary };
  });
}

/** What a family cares about: which zone (by name, stable across years) and which schools. */
function identity(zones: readonly Catchment[]): string {
  return zones.map((z) => `${z.name}|${[...z.schoolIds].sort().join(',')}`).sort().join(';');
}
