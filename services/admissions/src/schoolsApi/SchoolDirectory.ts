import { AppError } from '@zsgk/errors';
import { ServiceClient, serviceQuery, type ServiceQuery } from '@zsgk/service-client';

/** Where a school's district was confirmed. */
export type DistrictSource = 'SCHOOLS_SERVICE' | 'BUREAU_RECORDS';

/**
 * What the admissions service needs to know about schools it does not own: which district a school
 * belongs to (to route its submission to the right bureau) and which schools a district has (for
 * "schools with no submission"). Answered by the schools subgraph's public API when SCHOOLS_URL is
 * set, else from records the district's bureau itself published here (see README).
 */
export interface SchoolDirectory {
  readonly source: DistrictSource;
  /** The school's district, or null when the source does not know the school. */
  districtOf(schoolId: string): Promise<string | null>;
  /**
   * Each school's district in the school register (null: not registered), for the district scope of
   * bureau writes. Only the register answers this: without one it fails closed (SCHOOLS_UNAVAILABLE).
   */
  registeredDistricts(schoolIds: string[]): Promise<Map<string, string | null>>;
  /** Ids of the district's schools (offering `stage`, when given). */
  schoolsOf(districtCode: string, stage?: string): Promise<string[]>;
  /**
   * The district's schools (offering `stage`) that owe publications for school year `year`, and those
   * left out with the reason: CLOSED (closed before or in `year`, or with no closing date) and
   * NOT_YET_OPEN (PLANNED, or an opening date in a later year), STAGE_NOT_OFFERED (the register lists
   * other stages only). Only the register knows a school's status.
   */
  rosterOf(districtCode: string, stage: string, year: number): Promise<Roster>;
}

export type ExclusionReason = 'CLOSED' | 'NOT_YET_OPEN' | 'STAGE_NOT_OFFERED';
export interface ExcludedSchool {
  schoolId: string;
  reason: ExclusionReason;
  /** The register's closing or (planned) opening date, when recorded. */
  on: string | null;
}
export interface Roster {
  schools: string[];
  excluded: ExcludedSchool[];
}

export interface RegisterEntry {
  id: string;
  status?: 'OPEN' | 'CLOSED' | 'PLANNED' | null;
  openedOn?: string | null;
  closedOn?: string | null;
  /** Stages the school offers; when given, a school without the roster's stage is STAGE_NOT_OFFERED. */
  stages?: string[] | null;
}

/** Splits register entries into schools that owe publications for `year` (and `stage`) and the excluded, with why. */
export function splitRoster(entries: RegisterEntry[], year: number, stage?: string): Roster {
  const schools: string[] = [];
  const excluded: ExcludedSchool[] = [];
  const yearOf = (d: string | null | undefined) => (d ? Number(d.slice(0, 4)) : null);
  for (const e of entries) {
    const opened = yearOf(e.openedOn);
    const closed = yearOf(e.closedOn);
    if (stage && e.stages && !e.stages.includes(stage)) excluded.push({ schoolId: e.id, reason: 'STAGE_NOT_OFFERED', on: null });
    else if (e.status === 'CLOSED' && (closed === null || closed <= year)) excluded.push({ schoolId: e.id, reason: 'CLOSED', on: e.closedOn ?? null });
    else if ((e.status === 'PLANNED' && (opened === null || opened > year)) || (opened !== null && opened > year))
      excluded.push({ schoolId: e.id, reason: 'NOT_YET_OPEN', on: e.openedOn ?? null });
    else schools.push(e.id);
  }
  return { schools, excluded };
}

const SCHOOL_QUERY = serviceQuery<{ school: { districtCode: string } | null }, { id: string }>('query($id: ID!) { school(id: $id) { id districtCode } }');
/** Schools looked up per request by aliases (s0: school(id: …) …), so an import costs a few requests. */
const IDS_PER_REQUEST = 200;
type SchoolsPage<N> = { schools: { nodes: N[]; endCursor: string | null; hasNextPage: boolean } };
type PageVariables = { filter: { districtCode: string; stage?: string }; after: string | null };
const SCHOOLS_QUERY = serviceQuery<SchoolsPage<{ id: string }>, PageVariables>(`query($filter: SchoolFilter, $after: String) {
  schools(filter: $filter, first: 500, after: $after, fresh: true) { nodes { id } endCursor hasNextPage } }`);
const ROSTER_QUERY = serviceQuery<SchoolsPage<RegisterEntry>, PageVariables>(`query($filter: SchoolFilter, $after: String) {
  schools(filter: $filter, first: 500, after: $after, fresh: true) { nodes { id status openedOn closedOn stages } endCursor hasNextPage } }`);

/**
 * Reads the schools subgraph's public GraphQL API over HTTP (never its database) through the one
 * service client; every failure to answer is SCHOOLS_UNAVAILABLE naming the schools service.
 */
export class HttpSchoolDirectory implements SchoolDirectory {
  readonly source = 'SCHOOLS_SERVICE' as const;
  private readonly schools: ServiceClient;

  constructor(url: string, timeoutMs?: number) {
    this.schools = new ServiceClient({ service: 'schools', url, timeoutMs, unavailableCode: 'SCHOOLS_UNAVAILABLE' });
  }

  async districtOf(schoolId: string): Promise<string | null> {
    const data = await this.schools.query(SCHOOL_QUERY, { id: schoolId });
    return data.school?.districtCode ?? null;
  }

  async registeredDistricts(schoolIds: string[]): Promise<Map<string, string | null>> {
    const districts = new Map<string, string | null>();
    for (let start = 0; start < schoolIds.length; start += IDS_PER_REQUEST) {
      const chunk = schoolIds.slice(start, start + IDS_PER_REQUEST);
      const params = chunk.map((_, i) => `$id${i}: ID!`).join(', ');
      const fields = chunk.map((_, i) => `s${i}: school(id: $id${i}) { districtCode }`).join(' ');
      const query = serviceQuery<Record<string, { districtCode: string } | null>, Record<string, string>>(`query(${params}) { ${fields} }`);
      const data = await this.schools.query(query, Object.fromEntries(chunk.map((id, i) => [`id${i}`, id])));
      chunk.forEach((id, i) => districts.set(id, data[`s${i}`]?.districtCode ?? null));
    }
    return districts;
  }

  async schoolsOf(districtCode: string, stage?: string): Promise<string[]> {
    return (await this.list(SCHOOLS_QUERY, districtCode, stage)).map((n) => n.id);
  }

  async rosterOf(districtCode: string, stage: string, year: number): Promise<Roster> {
    // Every school of the district, so those without the stage are stated (STAGE_NOT_OFFERED), not silently left out.
    return splitRoster(await this.list(ROSTER_QUERY, districtCode), year, stage);
  }

  private async list<N>(query: ServiceQuery<SchoolsPage<N>, PageVariables>, districtCode: string, stage?: string): Promise<N[]> {
    const nodes: N[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page++) {
      const data: SchoolsPage<N> = await this.schools.query(query, { filter: { districtCode, ...(stage ? { stage } : {}) }, after });
      nodes.push(...data.schools.nodes);
      if (!data.schools.hasNextPage) break;
      after = data.schools.endCursor;
    }
    return nodes;
  }
}

/**
 * Without SCHOOLS_URL: a school's district is the one whose bureau published records for it here
 * (imports and approvals are bureau acts), and a district's schools are those with such records.
 * A school new to this service cannot submit until its bureau has published something for it.
 */
export class RecordsSchoolDirectory implements SchoolDirectory {
  readonly source = 'BUREAU_RECORDS' as const;
  constructor(
    private readonly lookup: {
      districtsOfSchool(schoolId: string): Promise<string[]>;
      schoolsOfDistrict(districtCode: string, stage?: string): Promise<string[]>;
    },
  ) {}

  async districtOf(schoolId: string): Promise<string | null> {
    const districts = await this.lookup.districtsOfSchool(schoolId);
    return districts.length === 1 ? districts[0]! : null;
  }

  /** Records here cannot say a school is registered, nor stop a bureau naming a new foreign one: fail closed. */
  async registeredDistricts(): Promise<Map<string, string | null>> {
    throw new AppError('SCHOOLS_UNAVAILABLE', '没有配置学校名录（SCHOOLS_URL），无法核对学校所属区，已拒绝写入。');
  }

  schoolsOf(districtCode: string, stage?: string): Promise<string[]> {
    return this.lookup.schoolsOfDistrict(districtCode, stage);
  }

  /** Records here carry no status: every school with records is expected, none is excluded. */
  async rosterOf(districtCode: string, stage: string): Promise<Roster> {
    return { schools: await this.lookup.schoolsOfDistrict(districtCode, stage), excluded: [] };
  }
}
