import { AppError } from '@zsgk/errors';
import type { AnnualReportInput } from './buildAnnualReport';
import { decidedOnOf } from './buildAnnualReport';
import { beijingYearStart, type LoggedVersion } from './LoggedVersion';

/** Runs one anonymous (PUBLIC) GraphQL operation through the gateway; throws SERVICE_UNAVAILABLE on any error, so no report is made from part of the data. */
export type PublicExecute = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export interface SignedHead { treeSize: number; rootHash: string; timestamp: string; signature: string }

/** The ledger's largest page (LEDGER_MAX_PAGE default). */
const PAGE = 500;
const PUBLICATION_WORKING_DAYS = 20;
/** The gateway allows 30 aliases per operation. */
const DEADLINES_PER_QUERY = 25;
/** SHA-256 of nothing: RFC 9162's root of the empty tree. */
const EMPTY_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const HEAD = 'query($d: String!) { publicationLogHead(districtCode: $d) { treeSize rootHash timestamp signature } district(code: $d) { name } }';
const ENTRIES = 'query($d: String!, $from: Int!, $count: Int!) { publicationLogEntries(districtCode: $d, from: $from, count: $count) { index kind recordId version event contentHash at } }';
const CONTENT = `query($d: String!, $from: Int!, $count: Int!) { publicationLogEntries(districtCode: $d, from: $from, count: $count) {
  index admissionsContent catchmentsContent schoolsContent ledgerContent } }`;
const SCHOOLS = 'query($d: String!, $after: String) { schools(filter: { districtCode: $d }, first: 500, after: $after) { nodes { id name } endCursor hasNextPage } }';
const CONSISTENCY = 'query($d: String!, $first: Int!, $second: Int!) { publicationLogConsistency(districtCode: $d, first: $first, second: $second) { path firstRootHash } }';

/** The district's signed head and name; NOT_FOUND when the district has no log (nothing was ever published). */
export async function fetchHead(execute: PublicExecute, districtCode: string): Promise<{ head: SignedHead; districtName: string }> {
  const data = await execute<{ publicationLogHead: SignedHead | null; district: { name: string } | null }>(HEAD, { d: districtCode });
  if (!data.publicationLogHead) throw new AppError('NOT_FOUND', `区划 ${districtCode} 没有发布日志：该区尚未公开任何信息，无法生成年度报告`, { path: 'district' });
  return { head: data.publicationLogHead, districtName: data.district?.name ?? districtCode };
}

/**
 * Everything the report is made from, read under one signed head: every entry up to the head
 * (fields only), the served content of the year's entries, the root at the year's end with its
 * consistency path to the head, and the deadline of each decision date the year's versions record.
 */
export async function fetchAnnualReportInput(execute: PublicExecute, districtCode: string, year: number, head: SignedHead, asOf: Date): Promise<AnnualReportInput> {
  const from = beijingYearStart(year).toISOString();
  const to = beijingYearStart(year + 1).toISOString();
  const entries: LoggedVersion[] = [];
  for (let start = 0; start < head.treeSize; start += PAGE) {
    const page = await execute<{ publicationLogEntries: Omit<LoggedVersion, 'content'>[] | null }>(ENTRIES, { d: districtCode, from: start, count: Math.min(PAGE, head.treeSize - start) });
    entries.push(...(page.publicationLogEntries ?? []).map((e) => ({ ...e, content: null })));
  }
  const inYear = entries.filter((e) => e.at >= from && e.at < to);
  if (inYear.length) await attachContent(execute, districtCode, entries, inYear[0]!.index, inYear.at(-1)!.index);

  // The smallest prefix of the log holding every entry of the year; while the year runs, the whole log.
  const yearEndSize = asOf.toISOString() < to ? head.treeSize : entries.filter((e) => e.at < to).reduce((size, e) => Math.max(size, e.index + 1), 0);
  const yearEnd = await yearEndRoot(execute, districtCode, yearEndSize, head);
  const decidedOns = [...new Set(inYear.filter((e) => e.event === 'PUBLISHED').map(decidedOnOf).filter((d): d is string => d !== null))];
  return {
    districtCode, year, asOf: asOf.toISOString(), head, entries, yearEnd,
    deadlines: await fetchDeadlines(execute, decidedOns), workingDays: PUBLICATION_WORKING_DAYS,
    schoolNames: inYear.some((e) => typeof e.content?.schoolId === 'string') ? await fetchSchoolNames(execute, districtCode) : new Map(),
  };
}

/** The content each service serves for the entries first..last (one field per service; the others answer null). */
async function attachContent(execute: PublicExecute, districtCode: string, entries: LoggedVersion[], first: number, last: number): Promise<void> {
  type Served = { index: number; admissionsContent: string | null; catchmentsContent: string | null; schoolsContent: string | null; ledgerContent: string | null };
  for (let start = first; start <= last; start += PAGE) {
    const page = await execute<{ publicationLogEntries: Served[] | null }>(CONTENT, { d: districtCode, from: start, count: Math.min(PAGE, last - start + 1) });
    for (const served of page.publicationLogEntries ?? []) {
      const text = served.admissionsContent ?? served.catchmentsContent ?? served.schoolsContent ?? served.ledgerContent;
      const entry = entries[served.index];
      if (entry && text) entry.content = JSON.parse(text) as Record<string, unknown>;
    }
  }
}

async function yearEndRoot(execute: PublicExecute, districtCode: string, treeSize: number, head: SignedHead): Promise<AnnualReportInput['yearEnd']> {
  if (treeSize === head.treeSize) return { treeSize, rootHash: head.rootHash, path: [] };
  if (treeSize === 0) return { treeSize, rootHash: EMPTY_ROOT, path: [] };
  const data = await execute<{ publicationLogConsistency: { path: string[]; firstRootHash: string } }>(CONSISTENCY, { d: districtCode, first: treeSize, second: head.treeSize });
  return { treeSize, rootHash: data.publicationLogConsistency.firstRootHash, path: data.publicationLogConsistency.path };
}

/** publicationDeadline for each date, on the admissions service's holiday calendar, 25 aliases a query. */
async function fetchDeadlines(execute: PublicExecute, dates: string[]): Promise<AnnualReportInput['deadlines']> {
  const deadlines: AnnualReportInput['deadlines'] = new Map();
  for (let i = 0; i < dates.length; i += DEADLINES_PER_QUERY) {
    const batch = dates.slice(i, i + DEADLINES_PER_QUERY);
    const fields = batch.map((date, j) => `d${j}: publicationDeadline(from: "${date}", workingDays: ${PUBLICATION_WORKING_DAYS}) { dueOn calendarCovered }`).join(' ');
    const data = await execute<Record<string, { dueOn: string; calendarCovered: boolean }>>(`query { ${fields} }`, {});
    batch.forEach((date, j) => deadlines.set(date, data[`d${j}`]!));
  }
  return deadlines;
}

/** The district's register (every status: a closed school's figures are still named), 500 a page. */
async function fetchSchoolNames(execute: PublicExecute, districtCode: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let after: string | null = null;
  do {
    const page: { schools: { nodes: { id: string; name: string }[]; endCursor: string | null; hasNextPage: boolean } } = await execute(SCHOOLS, { d: districtCode, after });
    for (const school of page.schools.nodes) names.set(school.id, school.name);
    after = page.schools.hasNextPage ? page.schools.endCursor : null;
  } while (after);
  return names;
}
