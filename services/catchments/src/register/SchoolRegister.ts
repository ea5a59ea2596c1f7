import type { Stage } from '../zones/Zone';

/** What the catchments service needs to know of a school in the register (the schools subgraph). */
export interface RegisteredSchool {
  id: string;
  name: string;
  stages: Stage[];
  status: 'OPEN' | 'CLOSED' | 'PLANNED';
}

/**
 * The school register as this service sees it. The register belongs to the schools subgraph, so it
 * is read through that subgraph's public API, never its database. Methods throw when the register
 * cannot be reached; callers then say that schools were not checked.
 */
export interface SchoolRegister {
  /** Every school of a district (all pages). */
  listDistrictSchools(districtCode: string): Promise<RegisteredSchool[]>;
  /** Which of these codes name a school anywhere in the register. */
  findExisting(ids: readonly string[]): Promise<Set<string>>;
}
