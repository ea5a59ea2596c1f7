import { IDENTITY_HEADER, signIdentity, type Identity } from '@zsgk/identity';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { DemoDistrict } from './DemoDistrict';
import { makeGazetteer } from './makeGazetteer';

export interface DemoTarget {
  schoolsUrl: string;
  catchmentsUrl: string;
  admissionsUrl: string;
  /** The secret the subgraphs share with the gateway: the loader acts as a signed-in bureau user. */
  identitySecret: string;
}

export interface LoadSummary {
  schools: number;
  zoneSets: number;
  zones: number;
  gazetteerEntries: number;
  rules: number;
  results: number;
}

/**
 * Loads a generated district through the services' own bureau import mutations (never by writing
 * their collections), so the demo exercises the same validation a bureau's files go through:
 * boundary (as uploaded, GCJ-02), schools, zone sets per year and stage (drafted, then published),
 * the address gazetteer (once, after the first year's zones: it serves every year), enrolment rules, admission results. Throws with the services' own problem reports on refusal.
 */
export async function loadDemoDistrict(
  target: DemoTarget,
  demo: DemoDistrict,
  boundary: { feature: Feature<Polygon | MultiPolygon>; crs: 'WGS84' | 'GCJ02' },
): Promise<LoadSummary> {
  // Catchments: demo-clerk submits the boundary (with the bureau's contacts), each zone set and each
  // gazetteer; demo-reviewer approves each through approveCatchmentChange, which publishes it.
  const catchmentsAs = (subject: string) => (query: string, variables: Record<string, unknown>) =>
    postGraphql(target.catchmentsUrl, query, variables, { role: 'BUREAU', subject, districtCode: demo.districtCode }, target.identitySecret);
  const [catchmentsClerk, catchmentsReviewer] = [catchmentsAs('demo-clerk'), catchmentsAs('demo-reviewer')];
  const approveCatchments = (review: unknown) => catchmentsReviewer(APPROVE_CATCHMENT_CHANGE, { id: (review as { id: string }).id });

  // The bureau's public contacts, as its enrolment rules publish them: shown when an address has no zone.
  const published = demo.rules[0];
  const district = await catchmentsClerk(IMPORT_DISTRICT, {
    input: {
      districtCode: demo.districtCode,
      crs: boundary.crs,
      contact: published
        ? {
            department: `${demo.districtName}教育和体育局（示例数据）`,
            enquiryPhone: published.consultationPhone,
            supervisionPhone: published.supervisionPhone,
            address: published.petitionAddress,
          }
        : null,
      content: JSON.stringify({ type: 'FeatureCollection', features: [boundary.feature] }),
      sampleData: true,
    },
  });
  await approveCatchments(expectAccepted('district boundary', district.importDistrictBoundary).review);

  // Schools: demo-clerk submits the register import, demo-reviewer approves it, which publishes it.
  const schoolsAs = (subject: string) => (query: string, variables: Record<string, unknown>) =>
    postGraphql(target.schoolsUrl, query, variables, { role: 'BUREAU', subject, districtCode: demo.districtCode }, target.identitySecret);
  const schools = await schoolsAs('demo-clerk')(IMPORT_SCHOOLS, {
    input: { districtCode: demo.districtCode, format: 'JSON', content: JSON.stringify(demo.schools) },
  });
  const register = expectAccepted('schools', schools.importSchools);
  if (register.change) await schoolsAs('demo-reviewer')(APPROVE_REGISTER_CHANGE, { id: (register.change as { id: string }).id });

  const years = [...new Set(demo.rules.map((r) => r.year))].sort();
  let zoneSets = 0;
  let zones = 0;
  const gazetteer = makeGazetteer(demo);
  for (const year of years) {
    for (const stage of ['PRIMARY', 'JUNIOR'] as const) {
      const imported = await catchmentsClerk(IMPORT_ZONES, {
        input: {
          districtCode: demo.districtCode,
          year,
          stage,
          content: JSON.stringify(demo.catchments[stage]),
          sourceDocument: `${demo.districtName}${year}年义务教育学校招生划片范围（示例数据）`,
          sampleData: true,
        },
      });
      const report = expectAccepted(`${year} ${stage} zones`, imported.importCatchments);
      await approveCatchments((await catchmentsClerk(PUBLISH_ZONES, { setId: report.setId })).publishCatchmentSet);
      zoneSets += 1;
      zones += report.imported as number;
    }
    // Compounds and street ranges name the zones just published, so they follow the first year's. One
    // gazetteer serves every year (assignments name zones by name), so it is imported once.
    if (year !== years[0]) continue;
    const imported = await catchmentsClerk(IMPORT_GAZETTEER, {
      input: { districtCode: demo.districtCode, year, content: gazetteer.csv, sampleData: true },
    });
    await approveCatchments(expectAccepted(`${year} gazetteer`, imported.importGazetteer).review);
  }

  // Admissions: one bureau officer submits each import, a second approves it (先审查、后公开).
  const admissionsAs = (subject: string) => (query: string, variables: Record<string, unknown>) =>
    postGraphql(target.admissionsUrl, query, variables, { role: 'BUREAU', subject, districtCode: demo.districtCode }, target.identitySecret);
  const [clerk, reviewer] = [admissionsAs('demo-clerk'), admissionsAs('demo-reviewer')];
  for (const [what, query, field, rows] of [
    ['enrolment rules', IMPORT_RULES, 'importEnrolmentRules', demo.rules],
    ['admission results', IMPORT_RESULTS, 'importAdmissionResults', demo.results],
  ] as const) {
    const report = expectAccepted(what, (await clerk(query, { input: { districtCode: demo.districtCode, content: JSON.stringify(rows) } }))[field]);
    if (report.review) await reviewer(APPROVE_BUREAU_CHANGE, { id: (report.review as { id: string }).id });
  }

  return {
    schools: demo.schools.length,
    zoneSets,
    zones,
    gazetteerEntries: gazetteer.rows.length,
    rules: demo.rules.length,
    results: demo.results.length,
  };
}

async function postGraphql(url: string, query: string, variables: Record<string, unknown>, identity: Exclude<Identity, { role: 'PUBLIC' }>, secret: string) {
  const request = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(identity, secret, { method: 'POST', url, body: request }) },
    body: request,
  });
  const body = (await response.json().catch(() => ({}))) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`${url} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}

function expectAccepted(what: string, report: { accepted: boolean; problems: unknown[] } & Record<string, unknown>) {
  if (!report.accepted) throw new Error(`Demo ${what} refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
  return report;
}

const IMPORT_DISTRICT = `mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { accepted problems { index reason } review { id } } }`;
const IMPORT_SCHOOLS = `mutation($input: SchoolImportInput!) { importSchools(input: $input) { accepted created problems { row field reason } change { id } } }`;
const APPROVE_REGISTER_CHANGE = `mutation($id: ID!) { approveRegisterChange(id: $id) { id status } }`;
const IMPORT_ZONES = `mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId imported problems { index reason } } }`;
const IMPORT_GAZETTEER = `mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted problems { row field reason } review { id } } }`;
const PUBLISH_ZONES = `mutation($setId: ID!) { publishCatchmentSet(setId: $setId) { id } }`;
const APPROVE_CATCHMENT_CHANGE = `mutation($id: ID!) { approveCatchmentChange(id: $id) { id status } }`;
const IMPORT_RULES = `mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { accepted problems { row field reason } review { id } } }`;
const IMPORT_RESULTS = `mutation($input: AdmissionsImportInput!) { importAdmissionResults(input: $input) { accepted problems { row field reason } review { id } } }`;
const APPROVE_BUREAU_CHANGE = `mutation($id: ID!) { approveBureauChange(id: $id) { id status } }`;
