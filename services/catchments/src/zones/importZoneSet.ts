import type { Crs } from '@zsgk/geo';
import type { CatchmentRepository } from '../data/CatchmentRepository';
import { checkSchoolDistricts } from '../register/checkSchoolDistricts';
import { findSchoolsByName } from '../register/findSchoolsByName';
import type { SchoolRegister } from '../register/SchoolRegister';
import { checkWithinDistrict, type DistrictScope } from './checkWithinDistrict';
import { readRuleZones, type RuleUpload } from './readRuleZones';
import { readZoneFeatures, type FeatureProblem, type FeatureRepair, type ZoneFeatures, type ZonePropertyMapping, type ZoneRuleProblem } from './readZoneFeatures';
import type { Stage, ZoneDraft, ZoneGeometry } from './Zone';

/** A GeoJSON zone file; with `readRules`, each feature's 四至 is read into address rules too. */
export interface GeoJsonUpload {
  format: 'GEOJSON';
  collection: unknown;
  mapping: ZonePropertyMapping;
  /** Make the safe repairs (and list them) instead of refusing what they would fix. */
  repair: boolean;
  readRules: boolean;
}

export interface ZoneSetImport {
  districtCode: string;
  year: number;
  stage: Stage;
  crs: Crs;
  upload: GeoJsonUpload | RuleUpload;
  sourceDocument: string | null;
  sampleData: boolean;
  actor: string;
}

export interface ZoneSetImportReport {
  accepted: boolean;
  setId: string | null;
  version: number | null;
  imported: number;
  problems: FeatureProblem[];
  repairs: FeatureRepair[];
  /** Every fragment or cell that gave no rule; blocking ones refused the import. */
  ruleProblems: ZoneRuleProblem[];
  /** Rule-table headers read as nothing (序号, 咨询电话 …). */
  ignoredColumns: string[];
  /** Address rules stored, over all zones. */
  rules: number;
  schoolCodesChecked: boolean;
  notes: string[];
}

/**
 * Drafts a zone set from a FeatureCollection; all-or-nothing, every refused feature named. Then the
 * district scope: every zone within the district's published boundary (beyond the tolerance), and
 * every school code a school registered in the district (when a register is configured; the report
 * says when it is not). Scope violations are refused outright (FORBIDDEN / NOT_FOUND), naming them.
 */
export async function importZoneSet(
  repository: CatchmentRepository,
  register: SchoolRegister | null,
  input: ZoneSetImport,
  scope: DistrictScope,
): Promise<ZoneSetImportReport> {
  const { zones, featureIndex, problems, repairs, ruleProblems, ignoredColumns } = await readUpload(input.upload, input.crs);
  const names = new Map<string, number>();
  zones.forEach((zone, i) => {
    const index = featureIndex[i]!;
    const first = names.get(zone.name);
    if (first !== undefined) problems.push({ index, name: zone.name, reason: `zone name "${zone.name}" is also used by feature ${first}` });
    else names.set(zone.name, index);
  });
  problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  const notes: string[] = [];
  if (input.upload.format !== 'GEOJSON') notes.push(...(await nameSchools(register, input.districtCode, zones, problems)));
  const rejected = { accepted: false, setId: null, version: null, imported: 0, problems, repairs, ruleProblems, ignoredColumns, rules: 0, schoolCodesChecked: false, notes };
  if (problems.length || ruleProblems.some((p) => p.blocking)) return rejected;
  checkWithinDistrict(
    zones.filter((zone): zone is ZoneDraft & { geometry: ZoneGeometry } => zone.geometry !== null),
    input.districtCode,
    scope,
    'input.content',
  );
  const codes = await checkSchoolDistricts(register, input.districtCode, zones.flatMap((zone) => [...zone.schoolIds, ...zone.feederSchoolIds]), 'input.content');
  if (codes.note) notes.push(codes.note);
  const set = await repository.insertZoneSet(
    {
      districtCode: input.districtCode,
      year: input.year,
      stage: input.stage,
      sourceDocument: input.sourceDocument,
      sampleData: input.sampleData,
      uploadedCrs: input.crs,
    },
    zones,
    input.actor,
  );
  const rules = zones.reduce((sum, zone) => sum + (zone.rules?.length ?? 0), 0);
  return { ...rejected, accepted: true, setId: set.id, version: set.version, imported: zones.length, rules, schoolCodesChecked: codes.checked, notes };
}

async function readUpload(upload: GeoJsonUpload | RuleUpload, crs: Crs): Promise<ZoneFeatures & { ignoredColumns: string[] }> {
  if (upload.format !== 'GEOJSON') return readRuleZones(upload);
  return { ...readZoneFeatures(upload.collection, upload.mapping, crs, { repair: upload.repair, readRules: upload.readRules }), ignoredColumns: [] };
}

/**
 * Zones read from a rule table or text are keyed by the school's name as published: each one with
 * no school code of its own gets the register's school of that name. A name the register does not
 * know, or knows twice, is a problem naming it (write the 10-digit code beside the name instead).
 */
async function nameSchools(register: SchoolRegister | null, districtCode: string, zones: ZoneDraft[], problems: FeatureProblem[]): Promise<string[]> {
  const unnamed = zones.map((zone, index) => ({ zone, index })).filter(({ zone }) => zone.schoolIds.length === 0);
  if (unnamed.length === 0) return [];
  const lookup = await findSchoolsByName(register, districtCode, unnamed.map(({ zone }) => zone.name), 'input.content');
  if (!lookup) return ['学校名称未能对应到学校标识码：未配置学校名册服务地址（SCHOOLS_URL），这些学区没有对应学校'];
  for (const { zone, index } of unnamed) {
    const id = lookup.found.get(zone.name);
    if (id) zone.schoolIds = [id];
    else {
      const why = lookup.ambiguous.includes(zone.name) ? 'matches several schools of the district in the register' : 'is not a school of the district in the register';
      problems.push({ index, name: zone.name, reason: `学校「${zone.name}」${why}; write its 10-digit school code beside the name` });
    }
  }
  return [];
}
