import type { ZonedStage } from '../DistrictMap';
import { postGraphql } from './postGraphql';
import type { AdmissionResult, EnrolmentRules, RulesDate, YearData, Zone } from './YearData';

const ZONE_FIELDS = `id name year stage boundaryText allocationMethod status version publishedAt sampleData geometry
  schools { id } feederSchools { id }`;
const RULES_FIELDS = `id year stage title documentNumber issuedOn body interpretation sourceUrl interpretationUrl eligibility papers
  migrantEligibility migrantPapers timetable { phase startsOn endsOn } admissionMethod consultationPhone
  supervisionPhone petitionAddress status version publishedAt sampleData`;
const RESULT_FIELDS = `school { id } year stage plannedSeats applicants admitted cutoffScore
  explanation { reasonCode text } fillRate publishedAt`;

const DATE_FIELDS = 'year issuedOn publishedAt status';

export const YEAR_DATA_QUERY = `query YearData($districtCode: String!, $year: Int!, $y1: Int!, $y2: Int!, $next: Int!) {
  primaryZones: catchments(districtCode: $districtCode, year: $year, stage: PRIMARY) { ${ZONE_FIELDS} }
  juniorZones: catchments(districtCode: $districtCode, year: $year, stage: JUNIOR) { ${ZONE_FIELDS} }
  primaryRules: enrolmentRules(districtCode: $districtCode, year: $year, stage: PRIMARY) { ${RULES_FIELDS} }
  juniorRules: enrolmentRules(districtCode: $districtCode, year: $year, stage: JUNIOR) { ${RULES_FIELDS} }
  primaryBefore: enrolmentRules(districtCode: $districtCode, year: $y1, stage: PRIMARY) { ${DATE_FIELDS} }
  juniorBefore: enrolmentRules(districtCode: $districtCode, year: $y1, stage: JUNIOR) { ${DATE_FIELDS} }
  primaryNext: enrolmentRules(districtCode: $districtCode, year: $next, stage: PRIMARY) { ${DATE_FIELDS} }
  juniorNext: enrolmentRules(districtCode: $districtCode, year: $next, stage: JUNIOR) { ${DATE_FIELDS} }
  results0: admissionResults(districtCode: $districtCode, year: $year) { ${RESULT_FIELDS} }
  results1: admissionResults(districtCode: $districtCode, year: $y1) { ${RESULT_FIELDS} }
  results2: admissionResults(districtCode: $districtCode, year: $y2) { ${RESULT_FIELDS} }
}`;

type RawResult = Omit<AdmissionResult, 'schoolId'> & { school: { id: string } };
type Answer = Partial<Record<'primaryZones' | 'juniorZones', Zone[] | null>> &
  Partial<Record<'primaryRules' | 'juniorRules', EnrolmentRules[] | null>> &
  Partial<Record<'results0' | 'results1' | 'results2', RawResult[] | null>> &
  Partial<Record<'primaryBefore' | 'juniorBefore' | 'primaryNext' | 'juniorNext', (RulesDate & { status: string })[] | null>>;

/**
 * Zones (with geometry), enrolment rules and three years of admission results of one school year, in
 * one request. A part the gateway could not fetch (a subgraph down) comes back empty and is named in
 * `problems`; the page shows what it has.
 */
export async function fetchYearData(gatewayUrl: string, districtCode: string, year: number): Promise<YearData> {
  const problems: string[] = [];
  const data = await postGraphql<Answer>(gatewayUrl, YEAR_DATA_QUERY, { districtCode, year, y1: year - 1, y2: year - 2, next: year + 1 }, { partial: true });
  const zones = (field: 'primaryZones' | 'juniorZones') => {
    if (!data[field]) problems.push(field);
    return data[field] ?? [];
  };
  const rules = (field: 'primaryRules' | 'juniorRules', stage: ZonedStage) =>
    (data[field] ?? []).find((r) => r.stage === stage && r.status === 'PUBLISHED') ?? data[field]?.[0] ?? null;
  const published = (field: 'primaryBefore' | 'juniorBefore' | 'primaryNext' | 'juniorNext'): RulesDate | null => {
    const found = (data[field] ?? []).find((r) => r.status === 'PUBLISHED');
    return found ? { year: found.year, issuedOn: found.issuedOn, publishedAt: found.publishedAt } : null;
  };
  if (!data.results0) problems.push('results');
  return {
    year,
    zones: { PRIMARY: zones('primaryZones'), JUNIOR: zones('juniorZones') },
    rules: { PRIMARY: rules('primaryRules', 'PRIMARY'), JUNIOR: rules('juniorRules', 'JUNIOR') },
    rulesCalendar: {
      PRIMARY: { previous: published('primaryBefore'), next: published('primaryNext') },
      JUNIOR: { previous: published('juniorBefore'), next: published('juniorNext') },
    },
    results: [data.results0, data.results1, data.results2].flatMap((list) => (list ?? []).map(({ school, ...r }) => ({ ...r, schoolId: school.id }))),
    problems,
  };
}
