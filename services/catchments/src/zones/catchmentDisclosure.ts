import type { Catchment, Stage } from './Zone';

/**
 * The catchments' share of a school's disclosure checklist: policy requires each school's catchment
 * range (划片范围) published, as a zone and its 四至 text. `zones` are the published zones of the
 * year that name the school (of `stage`, when given).
 *
 * @example catchmentDisclosure(2026, zones).missing // ['CATCHMENT'] when no published zone names it
 */
export function catchmentDisclosure(year: number, zones: Pick<Catchment, 'name' | 'boundaryText' | 'stage'>[], stage?: Stage | null) {
  const relevant = stage ? zones.filter((z) => z.stage === stage) : zones;
  const withText = relevant.filter((z) => z.boundaryText);
  const present = relevant.length > 0 && withText.length === relevant.length;
  const detail =
    relevant.length === 0
      ? `no published ${year} zone names this school`
      : present
        ? `${relevant.map((z) => z.name).join('、')} (with 四至 text)`
        : `published without 四至 text: ${relevant.filter((z) => !z.boundaryText).map((z) => z.name).join('、')}`;
  const item = { item: 'CATCHMENT' as const, present, detail, source: 'catchments' };
  return { year, items: [item], missing: present ? [] : [item.item] };
}
