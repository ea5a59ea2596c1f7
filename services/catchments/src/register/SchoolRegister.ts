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
  /** The registered schools among these codes, with their districts; codes not in the register are absent. */
  findDistricts(ids: readonly string[]): Promise<Map<string, SchoolDistrict>>;
}

/** A registered school's name and the district it is registered in. */
export interface SchoolDistrict {
  id: string;
  name: string;
  districtCode: string;
}
