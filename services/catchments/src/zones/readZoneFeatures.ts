import { toWgs84Coordinates, type Crs } from '@zsgk/geo';
import { ALLOCATION_METHODS, type AllocationMethod, type ZoneDraft, type ZoneGeometry } from './Zone';
import { validateZoneGeometry } from './validateZoneGeometry';

export interface ZonePropertyMapping {
  name: string;
  schoolIds: string;
  boundaryText?: string | null;
  allocationMethod?: string | null;
  feederSchoolIds?: string | null;
}

export interface FeatureProblem {
  index: number | null;
  reason: string;
}

export const DEFAULT_MAPPING: ZonePropertyMapping = {
  name: 'name',
  schoolIds: 'schools',
  boundaryText: 'boundaryText',
  allocationMethod: 'allocation',
  feederSchoolIds: 'feeders',
};

/**
 * Reads the zones of a parsed GeoJSON FeatureCollection: checks each feature's geometry and mapped
 * properties, converts the geometry to WGS-84, and names every refused feature by its index.
 */
export function readZoneFeatures(
  collection: unknown,
  mapping: ZonePropertyMapping,
  crs: Crs,
): { zones: ZoneDraft[]; problems: FeatureProblem[] } {
  const problems: FeatureProblem[] = [];
  const zones: ZoneDraft[] = [];
  const features = (collection as { type?: unknown; features?: unknown })?.features;
  if ((collection as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { zones, problems: [{ index: null, reason: 'the file is not a GeoJSON FeatureCollection' }] };
  }
  if (features.length === 0) return { zones, problems: [{ index: null, reason: 'the FeatureCollection has no features' }] };
  features.forEach((feature: unknown, index) => {
    const reasons: string[] = [];
    const properties = ((feature as { properties?: unknown })?.properties ?? {}) as Record<string, unknown>;
    const geometry = (feature as { geometry?: unknown })?.geometry;
    reasons.push(...validateZoneGeometry(geometry));

    const name = properties[mapping.name];
    if (typeof name !== 'string' || name.trim() === '') reasons.push(`property "${mapping.name}" (zone name) is missing`);
    const schoolIds = readCodes(properties[mapping.schoolIds], mapping.schoolIds, reasons);
    const feederSchoolIds = mapping.feederSchoolIds ? readCodes(properties[mapping.feederSchoolIds], mapping.feederSchoolIds, reasons) : [];
    const boundaryText = mapping.boundaryText ? properties[mapping.boundaryText] : undefined;
    if (boundaryText != null && typeof boundaryText !== 'string') reasons.push(`property "${mapping.boundaryText}" (四至) must be text`);
    const allocationMethod = readAllocation(
      mapping.allocationMethod ? properties[mapping.allocationMethod] : undefined,
      schoolIds.length,
      mapping.allocationMethod ?? 'allocation',
      reasons,
    );

    if (reasons.length) return void problems.push(...reasons.map((reason) => ({ index, reason })));
    zones.push({
      name: (name as string).trim(),
      boundaryText: typeof boundaryText === 'string' && boundaryText.trim() ? boundaryText.trim() : null,
      geometry: { ...(geometry as ZoneGeometry), coordinates: toWgs84Coordinates((geometry as ZoneGeometry).coordinates, crs) } as ZoneGeometry,
      schoolIds,
      allocationMethod,
      feederSchoolIds,
    });
  });
  return { zones, problems };
}

function readCodes(value: unknown, property: string, reasons: string[]): string[] {
  if (value == null || value === '') return [];
  const list = typeof value === 'string' ? value.split(/[,，;；\s]+/).filter(Boolean) : value;
  if (!Array.isArray(list) || !list.every((code) => typeof code === 'string' && /^\d{10}$/.test(code))) {
    reasons.push(`property "${property}" must list 10-digit school codes`);
    return [];
  }
  return [...new Set(list as string[])];
}

function readAllocation(value: unknown, schools: number, property: string, reasons: string[]): AllocationMethod {
  if (value == null || value === '') return schools > 1 ? 'LOTTERY' : 'NEAREST';
  if (!ALLOCATION_METHODS.includes(value as AllocationMethod)) {
    reasons.push(`property "${property}" must be one of ${ALLOCATION_METHODS.join(', ')}`);
    return 'NEAREST';
  }
  if (value === 'NEAREST' && schools > 1) reasons.push(`a zone with ${schools} schools needs an allocation method such as LOTTERY`);
  return value as AllocationMethod;
}
