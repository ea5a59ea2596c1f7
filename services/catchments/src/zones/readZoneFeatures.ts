import { toWgs84Coordinates, type Crs } from '@zsgk/geo';
import { parseBoundaryText, type AddressRule, type RuleProblem } from '../rules';
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

/** A fragment of a zone's 四至 (or a cell of a rule table) that gave no rule, and whether it refuses the import. */
export interface ZoneRuleProblem extends RuleProblem {
  /** The zone (feature name or 学校) it belongs to, when known. */
  zone: string | null;
  /** True when the zone has no polygon to stand for the words, so the import is refused. */
  blocking: boolean;
}

export interface ZoneFeatures {
  /** The features that passed, as zones. */
  zones: ZoneDraft[];
  /** For each zone, the index of its feature in the file. */
  featureIndex: number[];
  problems: FeatureProblem[];
  repairs: FeatureRepair[];
  /** Every fragment of 四至 text that gave no rule (only when rules are read). */
  ruleProblems: ZoneRuleProblem[];
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
  options: { repair?: boolean; readRules?: boolean } = {},
): ZoneFeatures {
  const problems: FeatureProblem[] = [];
  const repairs: FeatureRepair[] = [];
  const ruleProblems: ZoneRuleProblem[] = [];
  const zones: ZoneDraft[] = [];
  const featureIndex: number[] = [];
  const features = (collection as { type?: unknown; features?: unknown })?.features;
  if ((collection as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { zones, featureIndex, repairs, ruleProblems, problems: [{ index: null, reason: 'the file is not a GeoJSON FeatureCollection' }] };
  }
  if (features.length === 0) return { zones, featureIndex, repairs, ruleProblems, problems: [{ index: null, reason: 'the FeatureCollection has no features' }] };
  features.forEach((feature: unknown, index) => {
    const reasons: string[] = [];
    const properties = ((feature as { properties?: unknown })?.properties ?? {}) as Record<string, unknown>;
    const name = properties[mapping.name];
    const label = typeof name === 'string' && name.trim() ? name.trim() : null;
    let geometry = (feature as { geometry?: unknown })?.geometry;
    // With rules read from the 四至, a feature without geometry is a zone of rules alone.
    const drawn = !(options.readRules && geometry == null);
    if (options.repair && drawn) {
      const repaired = repairZoneGeometry(geometry);
      geometry = repaired.geometry;
      repairs.push(...repaired.repairs.map((r) => ({ index, name: label, ...r })));
    }
    if (drawn) reasons.push(...validateZoneGeometry(geometry));

    if (typeof name !== 'string' || name.trim() === '') reasons.push(`property "${mapping.name}" (zone name) is missing`);
    const schoolIds = readCodes(properties[mapping.schoolIds], mapping.schoolIds, reasons);
    const feederSchoolIds = mapping.feederSchoolIds ? readCodes(properties[mapping.feederSchoolIds], mapping.feederSchoolIds, reasons) : [];
    const boundaryText = mapping.boundaryText ? properties[mapping.boundaryText] : undefined;
    if (boundaryText != null && typeof boundaryText !== 'string') reasons.push(`property "${mapping.boundaryText}" (四至) must be text`);
    const rules: AddressRule[] = [];
    if (options.readRules && typeof boundaryText === 'string') {
      const read = parseBoundaryText(boundaryText, `features[${index}].properties.${mapping.boundaryText}`);
      rules.push(...read.rules);
      ruleProblems.push(...read.problems.map((problem) => ({ ...problem, zone: label, blocking: !drawn })));
    }
    if (!drawn && rules.length === 0) reasons.push(`has no geometry, and its 四至 text ("${mapping.boundaryText}") gives no address rule`);
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
      geometry: drawn ? ({ ...(geometry as ZoneGeometry), coordinates: toWgs84Coordinates((geometry as ZoneGeometry).coordinates, crs) } as ZoneGeometry) : null,
      rules,
      schoolIds,
      allocationMethod,
      feederSchoolIds,
    });
  });
  return { zones, featureIndex, problems, repairs, ruleProblems };
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
