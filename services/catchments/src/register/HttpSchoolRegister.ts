import { ServiceClient, serviceQuery } from '@zsgk/service-client';
import type { RegisteredSchool, SchoolDistrict, SchoolRegister } from './SchoolRegister';

const PAGE = 500;
const LOOKUP_BATCH = 100;

type SchoolsPage = { schools: { nodes: RegisteredSchool[]; endCursor: string | null; hasNextPage: boolean } };
const DISTRICT_SCHOOLS = serviceQuery<SchoolsPage, { filter: { districtCode: string }; first: number; after: string | null }>(
  `query($filter: SchoolFilter, $first: Int, $after: String) {
     schools(filter: $filter, first: $first, after: $after, fresh: true) { nodes { id name stages status } endCursor hasNextPage } }`,
);

/** `s0: school(id: $id0) { … } s1: …`: one request looks up a batch of codes. */
function schoolsByAlias(count: number) {
  const params = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `s${i}: school(id: $id${i}) { id name districtCode }`).join(' ');
  return serviceQuery<Record<string, SchoolDistrict | null>, Record<string, string>>(`query(${params}) { ${fields} }`);
}

/**
 * Reads the school register over the schools subgraph's public GraphQL API (`schools` pages of 500,
 * `school(id)` by alias for codes outside the district), through the one service client (its timeout
 * and error policy: SERVICE_UNAVAILABLE naming the schools service). Anonymous: the register is public data.
 */
export class HttpSchoolRegister implements SchoolRegister {
  private readonly schools: ServiceClient;

  constructor(url: string, timeoutMs?: number) {
    this.schools = new ServiceClient({ service: 'schools', url, timeoutMs });
  }

  async listDistrictSchools(districtCode: string): Promise<RegisteredSchool[]> {
    const schools: RegisteredSchool[] = [];
    let after: string | null = null;
    do {
      const page: SchoolsPage = await this.schools.query(DISTRICT_SCHOOLS, { filter: { districtCode }, first: PAGE, after });
      schools.push(...page.schools.nodes);
      after = page.schools.hasNextPage ? page.schools.endCursor : null;
    } while (after);
    return schools;
  }

  async findDistricts(ids: readonly string[]): Promise<Map<string, SchoolDistrict>> {
    const found = new Map<string, SchoolDistrict>();
    for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
      const batch = ids.slice(start, start + LOOKUP_BATCH);
      const data = await this.schools.query(schoolsByAlias(batch.length), Object.fromEntries(batch.map((id, i) => [`id${i}`, id])));
      for (const school of Object.values(data)) if (school) found.set(school.id, school);
    }
    return found;
  }
}
