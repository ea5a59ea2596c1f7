import type { RegisteredSchool, SchoolDistrict, SchoolRegister } from './SchoolRegister';

const PAGE = 500;
const LOOKUP_BATCH = 100;

/**
 * Reads the school register over the schools subgraph's public GraphQL API (`schools` pages of 500,
 * `school(id)` by alias for codes outside the district). Anonymous: the register is public data.
 */
export class HttpSchoolRegister implements SchoolRegister {
  constructor(private readonly url: string, private readonly timeoutMs = 5_000) {}

  async listDistrictSchools(districtCode: string): Promise<RegisteredSchool[]> {
    const schools: RegisteredSchool[] = [];
    let after: string | null = null;
    do {
      const data: { schools: { nodes: RegisteredSchool[]; endCursor: string | null; hasNextPage: boolean } } = await this.request(
        `query($filter: SchoolFilter, $first: Int, $after: String) {
           schools(filter: $filter, first: $first, after: $after) { nodes { id name stages status } endCursor hasNextPage } }`,
        { filter: { districtCode }, first: PAGE, after },
      );
      schools.push(...data.schools.nodes);
      after = data.schools.hasNextPage ? data.schools.endCursor : null;
    } while (after);
    return schools;
  }

  async findDistricts(ids: readonly string[]): Promise<Map<string, SchoolDistrict>> {
    const found = new Map<string, SchoolDistrict>();
    for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
      const batch = ids.slice(start, start + LOOKUP_BATCH);
      const fields = batch.map((id, i) => `s${i}: school(id: ${JSON.stringify(id)}) { id name districtCode }`).join('\n');
      const data = await this.request<Record<string, SchoolDistrict | null>>(`{ ${fields} }`, {});
      for (const school of Object.values(data)) if (school) found.set(school.id, school);
    }
    return found;
  }

  private async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(this.timeoutMs),
    }).catch((error: Error) => {
      throw new Error(`the school register at ${this.url} could not be reached (${error.message})`);
    });
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
    if (!response.ok || !body?.data || body.errors?.length) {
      throw new Error(`the school register at ${this.url} answered ${response.status}: ${body?.errors?.[0]?.message ?? 'no data'}`);
    }
    return body.data;
  }
}
