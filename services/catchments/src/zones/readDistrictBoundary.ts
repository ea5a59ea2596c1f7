import { toWgs84Coordinates, type Crs } from '@zsgk/geo';
import type { FeatureProblem } from './readZoneFeatures';
import { validateZoneGeometry } from './validateZoneGeometry';
import type { District } from './Zone';

/**
 * Picks the district's feature out of a FeatureCollection (e.g. a whole city's districts) by its code
 * property, checks it and converts it to WGS-84. Boundary files count the code as a number or text.
 */
export function readDistrictBoundary(
  collection: unknown,
  options: { districtCode: string; codeProperty: string; nameProperty: string; crs: Crs; sampleData: boolean },
): { district: District | null; problems: FeatureProblem[] } {
  const features = (collection as { features?: unknown })?.features;
  if ((collection as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { district: null, problems: [{ index: null, reason: 'the file is not a GeoJSON FeatureCollection' }] };
  }
  const index = features.findIndex(
    (f: { properties?: Record<string, unknown> }) => String(f?.properties?.[options.codeProperty] ?? '') === options.districtCode,
  );
  if (index < 0) {
    return {
      district: null,
      problems: [{ index: null, reason: `no feature has ${options.codeProperty} = ${options.districtCode}` }],
    };
  }
  const feature = features[index] as { geometry?: { type: string; coordinates: unknown }; properties: Record<string, unknown> };
  const reasons = validateZoneGeometry(feature.geometry);
  if (reasons.length) return { district: null, problems: reasons.map((reason) => ({ index, reason })) };
  const name = feature.properties[options.nameProperty];
  const geometry = feature.geometry!;
  return {
    district: {
      code: options.districtCode,
      name: typeof name === 'string' && name.trim() ? name.trim() : options.districtCode,
      boundary: { type: geometry.type, coordinates: toWgs84Coordinates(geometry.coordinates, options.crs) } as District['boundary'],
      uploadedCrs: options.crs,
      sampleData: options.sampleData,
    },
    problems: [],
  };
}
