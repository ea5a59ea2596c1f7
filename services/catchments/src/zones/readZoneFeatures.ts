import { toWgs84Coordinates, type Crs } from '@zsgk/geo';
import { repairZoneGeometry, type GeometryRepair } from './repairZoneGeometry';
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
  /** The feature's name, when it has a readable one, so a clerk finds it in a 770-feature file. */
  name?: string | null;
  reason: string;
}

/** A safe repair made to one feature because the uploader asked for repairs. */
export interface FeatureRepair extends GeometryRepair {
  index: number;
  name: string | null;
}

export const DEFAULT_MAPPING: ZonePropertyMapping = {
  name: 'name',
  schoolIds: 'schools',
  boundaryText: 'boundaryText',
  allocationMethod: 'allocation',
  feederSchoolIds: 'feeders',
};

export interface ZoneFeatures {
  /** The features that passed, as zones. */
  zones: ZoneDraft[];
  /** For each zone, the index of its feature in the file. */
  featureIndex: number[];
  problems: FeatureProblem[];
  repairs: FeatureRepair[];
}

/**
 * Reads the zones of a parsed GeoJSON FeatureCollection: checks each feature's geometry and mapped
 * properties, converts the geometry to WGS-84, and names every refused feature by its index (and
 * name). With `repair`, the safe repairs are made first and each one is listed.
 */
export function readZoneFeatures(
  collection: unknown,
  mapping: ZonePropertyMapping,
  crs: Crs,
  options: { repair?: boolean } = {},
): ZoneFeatures {
  const problems: FeatureProblem[] = [];
  const repairs: FeatureRepair[] = [];
  const zones: ZoneDraft[] = [];
  const featureIndex: number[] = [];
  const features = (collection as { type?: unknown; features?: unknown })?.features;
  if ((collection as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { zones, featureIndex, repairs, problems: [{ index: null, reason: 'the file is not a GeoJSON FeatureCollection' }] };
  }
  if (features.length === 0) return { zones, featureIndex, repairs, problems: [{ index: null, reason: 'the FeatureCollection has no features' }] };
  features.forEach((feature: unknown, index) => {
    const reasons: string[] = [];
    const properties = ((feature as { properties?: unknown })?.properties ?? {}) as Record<string, unknown>;
    const name = properties[mapping.name];
    const label = typeof name === 'string' && name.trim() ? name.trim() : null;
    let geometry = (feature as { geometry?: unknown })?.geometry;
    if (options.repair) {
      const repaired = repairZoneGeometry(geometry);
      geometry = repaired.geometry;
      repairs.push(...repaired.repairs.map((r) => ({ index, name: label, ...r })));
    }
    reasons.push(...validateZoneGeometry(geometry));

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

    if (reasons.length) return void problems.push(...reasons.map((reason) => ({ index, name: label, reason })));
    featureIndex.push(index);
    zones.push({
      name: label!,
      boundaryText: typeof boundaryText === 'string' && boundaryText.trim() ? boundaryText.trim() : null,
      geometry: { ...(geometry as ZoneGeometry), coordinates: toWgs84Coordinates((geometry as ZoneGeometry).coordinates, crs) } as ZoneGeometry,
      schoolIds,
      allocationMethod,
      feederSchoolIds,
    });
  });
  return { zones, featureIndex, problems, repairs };
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
