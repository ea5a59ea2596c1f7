import { toWgs84Coordinates, type Crs } from '@zsgk/geo';
import type { FeatureProblem, FeatureRepair } from './readZoneFeatures';
import { repairZoneGeometry } from './repairZoneGeometry';
import { validateZoneGeometry } from './validateZoneGeometry';
import type { BureauContact, District } from './Zone';

export interface DistrictBoundaryOptions {
  districtCode: string;
  codeProperty: string;
  nameProperty: string;
  crs: Crs;
  sampleData: boolean;
  contact: BureauContact | null;
  /** Make the safe repairs (each listed) instead of refusing what they would fix. */
  repair: boolean;
}

/**
 * Picks the district's feature out of a FeatureCollection (e.g. a whole city's districts) by its code
 * property, checks it and converts it to WGS-84. Boundary files count the code as a number or text.
 */
export function readDistrictBoundary(
  collection: unknown,
  options: DistrictBoundaryOptions,
): { district: District | null; problems: FeatureProblem[]; repairs: FeatureRepair[] } {
  const features = (collection as { features?: unknown })?.features;
  if ((collection as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { district: null, repairs: [], problems: [{ index: null, reason: 'the file is not a GeoJSON FeatureCollection' }] };
  }
  const index = features.findIndex(
    (f: { properties?: Record<string, unknown> }) => String(f?.properties?.[options.codeProperty] ?? '') === options.districtCode,
  );
  if (index < 0) {
    return { district: null, repairs: [], problems: [{ index: null, reason: `no feature has ${options.codeProperty} = ${options.districtCode}` }] };
  }
  const feature = features[index] as { geometry?: unknown; properties: Record<string, unknown> };
  const rawName = feature.properties[options.nameProperty];
  const name = typeof rawName === 'string' && rawName.trim() ? rawName.trim() : options.districtCode;
  const { geometry, repairs } = options.repair ? repairZoneGeometry(feature.geometry) : { geometry: feature.geometry, repairs: [] };
  const listed = repairs.map((r) => ({ index, name, ...r }));
  const reasons = validateZoneGeometry(geometry);
  if (reasons.length) return { district: null, repairs: listed, problems: reasons.map((reason) => ({ index, name, reason })) };
  const checked = geometry as District['boundary'];
  return {
    district: {
      code: options.districtCode,
      name,
      boundary: { type: checked.type, coordinates: toWgs84Coordinates(checked.coordinates, options.crs) } as District['boundary'],
      uploadedCrs: options.crs,
      sampleData: options.sampleData,
      contact: options.contact,
    },
    repairs: listed,
    problems: [],
  };
}
