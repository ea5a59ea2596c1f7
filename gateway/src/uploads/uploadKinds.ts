import { stringify } from 'csv-stringify/sync';
import { gazetteerColumnOf } from './gazetteerHeaders';
import { readRecordRows, type RecordRows } from './readRecordRows';
import { isXlsx, readTable } from './readTable';
import { readZoneFile } from './readZoneFile';
import { PLAN_COLUMNS, RESULT_COLUMNS, type RecordColumn } from './recordColumns';
import { crsRequired, type UploadFields } from './uploadFields';
import type { UploadProblem } from './UploadProblem';

export type UploadKindName = 'register' | 'zones' | 'rules' | 'gazetteer' | 'results' | 'plans';

/** What an upload needs from the request: the file, the text fields and the caller's district. */
export interface UploadInput {
  bytes: Buffer;
  fileName: string;
  fields: UploadFields;
  districtCode: string;
}

/** A GraphQL error as the gateway returns it. */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string; details?: Record<string, unknown>; field?: string };
}

/** The import mutation an upload becomes, and how to read its answer back onto the file. */
export interface PreparedImport {
  query: string;
  variables: Record<string, unknown>;
  /** The mutation's root field. */
  field: string;
  problemsOf(report: Record<string, unknown>): UploadProblem[];
  /** Row problems carried by an error (a school of another district on row 4 …); [] when none. */
  problemsOfError(error: GraphqlError): UploadProblem[];
}

export type UploadKind = (input: UploadInput) => Promise<PreparedImport | { problems: UploadProblem[] }>;

const noErrorRows = () => [];

const register: UploadKind = async ({ bytes, fileName, fields, districtCode }) => {
  // A workbook is sent as the CSV it reads as (row numbers kept); a CSV goes as its bytes, the schools service detects GBK.
  const content = isXlsx(bytes, fileName) ? { content: toCsv((await readTable(bytes, fileName)).rows) } : { contentBase64: bytes.toString('base64') };
  const input = {
    districtCode, format: 'CSV', ...content, crs: fields.tableCrs(),
    ...(fields.text('baseline') ? { baseline: fields.text('baseline') } : {}),
    ...(fields.rowNumbers('confirmRows') ? { confirmRows: fields.rowNumbers('confirmRows') } : {}),
  };
  return {
    field: 'importSchools',
    query: `mutation UploadRegister($input: SchoolImportInput!) { importSchools(input: $input) {
      accepted created updated unchanged conflicted baseline warnings encoding
      conflicts { row schoolId field currentValue fileValue changedBy changedAt changedInVersion reason confirmed }
      change { id status summary changeCount }
      problems { row field reason } } }`,
    variables: { input },
    problemsOf: (report) => (report.problems as { row: number; field: string | null; reason: string }[]).map((p) => ({ row: p.row, column: p.field, reason: p.reason })),
    problemsOfError: noErrorRows,
  };
};

const zones: UploadKind = async ({ bytes, fileName, fields, districtCode }) => {
  const file = await readZoneFile(bytes, fileName);
  const crs = fields.crs() ?? file.statedCrs;
  if (!crs) throw crsRequired();
  const mapping = Object.fromEntries(
    (
      [['nameProperty', 'name'], ['schoolsProperty', 'schoolIds'], ['boundaryTextProperty', 'boundaryText'], ['allocationProperty', 'allocationMethod'], ['feedersProperty', 'feederSchoolIds']] as const
    ).flatMap(([field, key]) => (fields.text(field) ? [[key, fields.text(field)]] : [])),
  );
  const input = {
    districtCode, year: fields.year(), stage: fields.stage(), crs, content: file.geojson, format: 'GEOJSON',
    ...(Object.keys(mapping).length ? { mapping } : {}),
    ...optional(fields, ['sourceDocument']),
    ...flags(fields, ['readRules', 'repair', 'sampleData']),
  };
  return {
    field: 'importCatchments',
    query: CATCHMENTS_MUTATION,
    variables: { input },
    problemsOf: (report) => catchmentProblems(report, (p) => ({ row: p.index === null ? null : p.index + 1, column: null, reason: p.name ? `「${p.name}」：${p.reason}` : p.reason })),
    problemsOfError: (error) => featuresNamingSchools(file.geojson, mapping.name ?? 'name', error),
  };
};

/**
 * The catchments service refuses a zone set naming an unregistered or another district's school
 * with one error listing the schools (details.schools); each feature naming one becomes a problem.
 */
function featuresNamingSchools(geojson: string, nameProperty: string, error: GraphqlError): UploadProblem[] {
  const listed = error.extensions?.details?.schools;
  if (!Array.isArray(listed)) return [];
  const schools = listed.map((s: unknown) => (typeof s === 'string' ? { id: s, districtCode: null } : (s as { id: string; districtCode: string | null })));
  const features = (JSON.parse(geojson) as { features: { properties?: Record<string, unknown> | null }[] }).features;
  return features.flatMap((feature, index) => {
    const properties = JSON.stringify(feature.properties ?? {});
    const name = feature.properties?.[nameProperty];
    return schools
      .filter((school) => properties.includes(school.id))
      .map((school) => ({
        row: index + 1,
        column: null,
        reason: `${typeof name === 'string' ? `「${name}」：` : ''}${school.districtCode ? `学校 ${school.id} 属于 ${school.districtCode} 区，不是本区的学校` : `学校 ${school.id} 不在学校名录中（未登记）`}`,
      }));
  });
}

const rules: UploadKind = async ({ bytes, fileName, fields, districtCode }) => {
  const xlsx = isXlsx(bytes, fileName);
  const input = {
    // A 对口地段表 has no coordinates: its crs is only stored with the set.
    districtCode, year: fields.year(), stage: fields.stage(), crs: fields.crs() ?? 'WGS84',
    content: bytes.toString('base64'), contentEncoding: 'BASE64', format: xlsx ? 'RULE_TABLE_XLSX' : 'RULE_TABLE_CSV',
    ...optional(fields, ['sourceDocument']),
    ...flags(fields, ['sampleData']),
  };
  return {
    field: 'importCatchments',
    query: CATCHMENTS_MUTATION,
    variables: { input },
    // A rule table's zone is a 学校: a zone-level problem names it, not a row.
    problemsOf: (report) => catchmentProblems(report, (p) => ({ row: null, column: null, reason: p.name ? `「${p.name}」：${p.reason}` : p.reason })),
    problemsOfError: noErrorRows,
  };
};

const gazetteer: UploadKind = async ({ bytes, fileName, fields, districtCode }) => {
  const table = await readTable(bytes, fileName);
  const header = table.rows[0] ?? [];
  const input = { districtCode, year: fields.year(), crs: fields.tableCrs(), content: toCsv(table.rows), ...flags(fields, ['sampleData']) };
  return {
    field: 'importGazetteer',
    query: `mutation UploadGazetteer($input: GazetteerImportInput!) { importGazetteer(input: $input) {
      accepted version imported review { id status summary } problems { row field reason } } }`,
    variables: { input },
    problemsOf: (report) =>
      (report.problems as { row: number; field: string | null; reason: string }[]).map((p) => ({ row: p.row, column: gazetteerColumnOf(header, p.field), reason: p.reason })),
    problemsOfError: noErrorRows,
  };
};

function admissionsKind(field: 'importAdmissionResults' | 'importEnrolmentPlans', columns: RecordColumn[]): UploadKind {
  return async ({ bytes, fileName, districtCode }) => {
    const sheet = readRecordRows(await readTable(bytes, fileName), columns);
    if (sheet.problems.length) return { problems: sheet.problems };
    return {
      field,
      query: `mutation Upload($input: AdmissionsImportInput!) { ${field}(input: $input) {
        accepted created unchanged review { id status summary } problems { row field reason } } }`,
      variables: { input: { districtCode, content: JSON.stringify(sheet.rows) } },
      problemsOf: (report) => (report.problems as { row: number; field: string | null; reason: string }[]).map((p) => onSheet(sheet, p.row, p.field, p.reason)),
      problemsOfError: (error) => {
        const refused = error.extensions?.details?.refused;
        if (!Array.isArray(refused)) return [];
        return (refused as { schoolId: string; row: number | null; code: string; schoolDistrict: string | null }[]).map((r) =>
          onSheet(sheet, r.row, 'schoolId', r.code === 'FORBIDDEN' ? `学校 ${r.schoolId} 属于 ${r.schoolDistrict} 区，不是本区的学校` : `学校 ${r.schoolId} 不在学校名录中（未登记）`),
        );
      },
    };
  };
}

/** A service's problem on JSON row `row` (1-based) placed on the sheet row and header it came from. */
function onSheet(sheet: RecordRows, row: number | null, field: string | null, reason: string): UploadProblem {
  if (row === null || !sheet.sheetRows[row - 1]) return { row: null, column: null, reason };
  return { row: sheet.sheetRows[row - 1]!, column: sheet.columnOf(row - 1, field), reason };
}

const CATCHMENTS_MUTATION = `mutation UploadZones($input: CatchmentImportInput!) { importCatchments(input: $input) {
  accepted setId version imported rules ignoredColumns schoolCodesChecked notes
  problems { index name reason }
  ruleProblems { zone file row field line column text code reason blocking }
  repairs { index name repair detail } } }`;

type FeatureProblem = { index: number | null; name: string | null; reason: string };
type RuleProblem = { zone: string | null; row: number | null; field: string | null; line: number | null; column: number | null; text: string; reason: string; blocking: boolean };

function catchmentProblems(report: Record<string, unknown>, feature: (p: FeatureProblem) => UploadProblem): UploadProblem[] {
  const features = (report.problems as FeatureProblem[]).map(feature);
  const rows = (report.ruleProblems as RuleProblem[])
    .filter((p) => p.blocking)
    .map((p) => ({ row: p.row, column: p.field || null, reason: `${p.reason}${p.text ? `（「${p.text}」）` : ''}` }));
  return [...rows, ...features];
}

function optional(fields: UploadFields, names: string[]) {
  return Object.fromEntries(names.flatMap((n) => (fields.text(n) === undefined ? [] : [[n, fields.text(n)]])));
}

function flags(fields: UploadFields, names: string[]) {
  return Object.fromEntries(names.flatMap((n) => (fields.flag(n) === undefined ? [] : [[n, fields.flag(n)]])));
}

/** Rows back to CSV text (blank rows kept, so the service counts rows as the sheet does). */
export function toCsv(rows: string[][]): string {
  return stringify(rows.map((r) => (r.length ? r : [''])));
}

export const UPLOAD_KINDS: Record<UploadKindName, UploadKind> = {
  register,
  zones,
  rules,
  gazetteer,
  results: admissionsKind('importAdmissionResults', RESULT_COLUMNS),
  plans: admissionsKind('importEnrolmentPlans', PLAN_COLUMNS),
};
