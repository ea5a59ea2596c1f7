import { AppError } from '@zsgk/errors';
import type { PublicApi } from './PublicApi';
import type {
  PublicAdmissionResult, PublicCatchment, PublicEnrolmentPlan, PublicRecords, PublicSchool, SignedTreeHead,
} from './PublicRecords';

const HEAD = `query OpenDataHead($districtCode: String!) {
  publicationLogHead(districtCode: $districtCode) { districtCode treeSize rootHash timestamp signature }
  district(code: $districtCode) { code name sampleData }
  zoneSets(districtCode: $districtCode) { year stage status }
}`;

const CATCHMENTS = `query OpenDataZones($districtCode: String!, $year: Int!, $stage: Stage!) {
  catchments(districtCode: $districtCode, year: $year, stage: $stage) {
    id districtCode year stage name boundaryText geometry rules { kind text note } allocationMethod
    schools { id } feederSchools { id } status version publishedAt sourceDocument sampleData recordId contentHash
  }
}`;

const SCHOOLS = `query OpenDataSchools($districtCode: String!, $year: Int!, $first: Int!, $after: String) {
  schools(filter: { districtCode: $districtCode }, first: $first, after: $after) {
    nodes {
      id districtCode name shortName stages ownership status address location { lng lat }
      enquiryPhone supervisionPhone petitionAddress website openedOn closedOn closureReason
      version recordId contentHash updatedAt sampleData
      transfers(year: $year) {
        id year term transfersIn { reason count } transfersOut { reason count }
        status version correctionReason publishedAt sampleData
      }
    }
    endCursor hasNextPage
  }
}`;

const PLANS_AND_RESULTS = `query OpenDataFigures($districtCode: String!, $year: Int!) {
  enrolmentPlans(districtCode: $districtCode, year: $year) {
    id school { id name } year stage plannedSeats plannedClasses
    status version correctionReason publishedAt sampleData recordId contentHash
  }
  admissionResults(districtCode: $districtCode, year: $year) {
    id school { id name } year stage round plannedSeats applicants admitted cutoffScore fillRate
    explanation { reasonCode text } preferential { category count policyDocumentNumber }
    status version correctionReason publishedAt sampleData recordId contentHash
  }
}`;

/** The schools subgraph's page cap. */
const PAGE = 500;
/** Reads while the log keeps moving before giving up (each read is a few queries; publications are rare). */
const ATTEMPTS = 3;

interface HeadAnswer {
  publicationLogHead: SignedTreeHead | null;
  district: { code: string; name: string; sampleData: boolean } | null;
  zoneSets: { year: number; stage: string; status: string }[];
}

/**
 * The district's signed head, name and the years it has open data for, newest first: every year with
 * a published zone set, and the year after the latest, whose plans are published (before
 * registration opens) while its zones may not be yet. NOT_FOUND for an unknown district.
 */
export async function fetchDistrictHead(api: PublicApi, districtCode: string) {
  const answer = await api<HeadAnswer>(HEAD, { districtCode });
  if (!answer.district || !answer.publicationLogHead) {
    throw new AppError('NOT_FOUND', `没有区划代码为 ${districtCode} 的区县，或该区县尚未发布任何信息`, { path: 'districtCode' });
  }
  const published = answer.zoneSets.filter((set) => set.status === 'PUBLISHED');
  const zoned = published.map((set) => set.year);
  return {
    head: answer.publicationLogHead,
    district: answer.district,
    years: [...new Set(zoned.length ? [...zoned, Math.max(...zoned) + 1] : [])].sort((a, b) => b - a),
    /** The latest year with published zones: the year a parent means in most months, and the page's default. */
    currentYear: zoned.length ? Math.max(...zoned) : null,
    zonedStages: (year: number) => [...new Set(published.filter((set) => set.year === year).map((set) => set.stage))].sort(),
  };
}

/**
 * Every published record of a district and year that the open-data files hold, read through the
 * public API between two reads of the signed head. When the head moved meanwhile (something was
 * published while we read), the read starts again, so the records are exactly those under the head
 * the files are stamped with.
 */
export async function fetchPublicRecords(api: PublicApi, districtCode: string, year: number): Promise<PublicRecords> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const before = await fetchDistrictHead(api, districtCode);
    if (!before.years.includes(year)) {
      throw new AppError('NOT_FOUND', `${before.district.name}（${districtCode}）没有 ${year} 年的开放数据；已有年度：${before.years.join('、') || '无'}`, { path: 'year' });
    }
    const [catchments, schools, figures] = await Promise.all([
      Promise.all(before.zonedStages(year).map((stage) => api<{ catchments: PublicCatchment[] | null }>(CATCHMENTS, { districtCode, year, stage }))),
      fetchAllSchools(api, districtCode, year),
      api<{ enrolmentPlans: PublicEnrolmentPlan[]; admissionResults: PublicAdmissionResult[] | null }>(PLANS_AND_RESULTS, { districtCode, year }),
    ]);
    const after = await fetchDistrictHead(api, districtCode);
    if (after.head.treeSize !== before.head.treeSize || after.head.rootHash !== before.head.rootHash) continue;
    const published = <T extends { status: string }>(rows: T[]) => rows.filter((row) => row.status === 'PUBLISHED');
    return {
      head: before.head,
      district: before.district,
      year,
      catchments: published(catchments.flatMap((answer) => answer.catchments ?? [])),
      schools: schools.map(({ transfers: _transfers, ...school }) => school),
      plans: published(figures.enrolmentPlans),
      results: published(figures.admissionResults ?? []),
      transfers: schools.flatMap((school) =>
        published(school.transfers ?? []).filter((report) => report.year === year).map((report) => ({ ...report, school: { id: school.id, name: school.name } })),
      ),
    };
  }
  throw new AppError('SERVICE_UNAVAILABLE', `${districtCode} 的发布日志在读取期间连续 ${ATTEMPTS} 次变化，请稍后重试`, { details: { service: 'gateway' } });
}

async function fetchAllSchools(api: PublicApi, districtCode: string, year: number): Promise<PublicSchool[]> {
  const schools: PublicSchool[] = [];
  let after: string | null = null;
  do {
    const page: { schools: { nodes: PublicSchool[]; endCursor: string | null; hasNextPage: boolean } } = await api(SCHOOLS, { districtCode, year, first: PAGE, after });
    schools.push(...page.schools.nodes);
    after = page.schools.hasNextPage ? page.schools.endCursor : null;
  } while (after);
  return schools;
}
