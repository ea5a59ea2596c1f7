import { postGraphql } from '../api/postGraphql';
import { PageError } from '../PageError';
import type { EarlierVersion, PolicyDocument, SchoolPage, SchoolRecord } from './SchoolPage';
import { t } from '../i18n/t';

const PUBLISHED = 'id version correctionReason publishedAt sampleData';
const HASH = 'recordId contentHash';

export const SCHOOL_PAGE_QUERY = `query SchoolPage($id: ID!, $districtCode: String!, $year: Int!) {
  school(id: $id) {
    id districtCode name shortName stages ownership address location { lng lat } enquiryPhone supervisionPhone petitionAddress
    website status sampleData version ${HASH} updatedAt
    enrolmentPlans { year stage plannedSeats plannedClasses ${PUBLISHED} ${HASH} }
    admissions {
      year stage round plannedSeats applicants admitted cutoffScore explanation { reasonCode text }
      preferential { category count policyDocumentNumber policyDocument { id } } ${PUBLISHED} ${HASH}
    }
    schoolRules(year: $year) { year stage rules papers notes consultationPhone ${PUBLISHED} ${HASH} }
    transfers { year term transfersIn { reason count } transfersOut { reason count } ${PUBLISHED} ${HASH} }
    namedLists { kind year stage title entryCount entries { name idNumber category masked } ${PUBLISHED} ${HASH} }
    catchments(year: $year) {
      id name year stage boundaryText allocationMethod version publishedAt geometry rules { kind text note } schools { id } ${HASH}
    }
  }
  policyDocuments(districtCode: $districtCode) {
    id documentNumber title issuer categories effectiveFrom effectiveUntil body interpretation interpretationUrl publishedAt
    version recordId contentHash versionPublishedAt correctionReason status
  }
}`;

/** The gateway refuses more than 30 aliases in one operation; version look-ups go in batches below that. */
const ALIASES_PER_REQUEST = 25;

/** One alias per corrected record: the query that lists its versions, newest first, with the fields the page compares. */
function versionQueries(school: SchoolRecord): { recordId: string; field: string }[] {
  const s = JSON.stringify(school.id);
  return [
    ...school.admissions.filter((r) => r.version > 1).map((r) => ({
      recordId: r.id,
      field: `admissionResultVersions(schoolId: ${s}, year: ${r.year}, stage: ${r.stage}, round: ${r.round}) { id version status plannedSeats applicants admitted cutoffScore explanation { text } preferential { category count policyDocumentNumber } }`,
    })),
    ...school.enrolmentPlans.filter((r) => r.version > 1).map((r) => ({
      recordId: r.id,
      field: `enrolmentPlanVersions(schoolId: ${s}, year: ${r.year}, stage: ${r.stage}) { id version status plannedSeats plannedClasses }`,
    })),
    ...school.transfers.filter((r) => r.version > 1).map((r) => ({
      recordId: r.id,
      field: `transferReportVersions(schoolId: ${s}, year: ${r.year}, term: ${r.term}) { id version status transfersIn { reason count } transfersOut { reason count } }`,
    })),
    ...school.schoolRules.filter((r) => r.version > 1).map((r) => ({
      recordId: r.id,
      field: `schoolRulesVersions(schoolId: ${s}, year: ${r.year}, stage: ${r.stage}) { id version status rules papers notes consultationPhone }`,
    })),
    ...school.namedLists.filter((r) => r.version > 1).map((r) => ({
      recordId: r.id,
      field: `namedListVersions(id: ${JSON.stringify(r.id)}) { id version status title entryCount }`,
    })),
  ];
}

/** The version just before each corrected record's, by the record's id. Ids are read from the query answers, never built here. */
async function fetchPreviousVersions(gatewayUrl: string, school: SchoolRecord): Promise<Map<string, EarlierVersion>> {
  const wanted = versionQueries(school);
  const previous = new Map<string, EarlierVersion>();
  for (let start = 0; start < wanted.length; start += ALIASES_PER_REQUEST) {
    const batch = wanted.slice(start, start + ALIASES_PER_REQUEST);
    const query = `query EarlierVersions {\n  ${batch.map((w, i) => `v${i}: ${w.field}`).join('\n  ')}\n}`;
    const data = await postGraphql<Record<string, EarlierVersion[] | null>>(gatewayUrl, query, {}, { partial: true });
    batch.forEach((w, i) => {
      const versions = data[`v${i}`] ?? [];
      const current = versions.find((v) => v.id === w.recordId);
      const before = current && versions.filter((v) => v.version < current.version).sort((a, b) => b.version - a.version)[0];
      if (before) previous.set(w.recordId, before);
    });
  }
  return previous;
}

/**
 * Everything published about one school for the page: the register entry, plans, figures (with their
 * cited policies), school rules, transfers, named lists (masked by the service) and the zones it serves
 * in `year`, then the version before each corrected record (to say what changed). Two requests, or
 * more for a school with over 25 corrected records. A school of another district is a PageError.
 */
export async function fetchSchoolPage(gatewayUrl: string, districtCode: string, schoolId: string, year: number): Promise<SchoolPage> {
  const data = await postGraphql<{ school: SchoolRecord | null; policyDocuments: PolicyDocument[] | null }>(
    gatewayUrl,
    SCHOOL_PAGE_QUERY,
    { id: schoolId, districtCode, year },
    { partial: true },
  );
  if (!data.school) throw new PageError(t('error.schoolNotFound', { id: schoolId }));
  if (data.school.districtCode !== districtCode) throw new PageError(t('error.schoolOtherDistrict', { id: schoolId, district: districtCode }));
  const previous = await fetchPreviousVersions(gatewayUrl, data.school);
  return { school: data.school, policyDocuments: data.policyDocuments ?? [], previous, year };
}
