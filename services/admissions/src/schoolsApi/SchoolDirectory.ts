import { AppError } from '@zsgk/errors';

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
  /** Ids of the district's schools (offering `stage`, when given). */
  schoolsOf(districtCode: string, stage?: string): Promise<string[]>;
}

const SCHOOL_QUERY = 'query($id: ID!) { school(id: $id) { id districtCode } }';
const SCHOOLS_QUERY = `query($filter: SchoolFilter, $after: String) {
  schools(filter: $filter, first: 500, after: $after) { nodes { id } endCursor hasNextPage } }`;

/** Reads the schools subgraph's public GraphQL API over HTTP (never its database). */
export class HttpSchoolDirectory implements SchoolDirectory {
  readonly source = 'SCHOOLS_SERVICE' as const;
  constructor(private readonly url: string, private readonly timeoutMs = 5000) {}

  async districtOf(schoolId: string): Promise<string | null> {
    const data = await this.post<{ school: { districtCode: string } | null }>(SCHOOL_QUERY, { id: schoolId });
    return data.school?.districtCode ?? null;
  }

  async schoolsOf(districtCode: string, stage?: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page++) {
      type Page = { schools: { nodes: { id: string }[]; endCursor: string | null; hasNextPage: boolean } };
      const data: Page = await this.post<Page>(SCHOOLS_QUERY, { filter: { districtCode, ...(stage ? { stage } : {}) }, after });
      ids.push(...data.schools.nodes.map((n) => n.id));
      if (!data.schools.hasNextPage) break;
      after = data.schools.endCursor;
    }
    return ids;
  }

  private async post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    let body: { data?: T; errors?: { message: string }[] };
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new AppError('SCHOOLS_UNAVAILABLE', 'The school register (schools service) did not answer; try again shortly.', { cause: error });
    }
    if (!body.data || body.errors?.length) {
      throw new AppError('SCHOOLS_UNAVAILABLE', 'The school register (schools service) refused the lookup.', { cause: body.errors });
    }
    return body.data;
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

  schoolsOf(districtCode: string, stage?: string): Promise<string[]> {
    return this.lookup.schoolsOfDistrict(districtCode, stage);
  }
}
