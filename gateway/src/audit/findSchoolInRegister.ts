import { ServiceClient, serviceQuery } from '@zsgk/service-client';

export interface RegisteredSchool {
  districtCode: string;
  name: string;
}

const SCHOOL = serviceQuery<{ school: RegisteredSchool | null }, { id: string }>('query($id: ID!) { school(id: $id) { districtCode name } }');

/**
 * Reads one school's district and name from the schools subgraph's public API through the one
 * service client: null when no school has that code; SERVICE_UNAVAILABLE naming the schools service
 * when the register does not answer within 3 s.
 */
export function findSchoolInRegister(schoolsUrl: string): (schoolId: string) => Promise<RegisteredSchool | null> {
  const schools = new ServiceClient({ service: 'schools', url: schoolsUrl, timeoutMs: 3000 });
  return async (schoolId) => (await schools.query(SCHOOL, { id: schoolId })).school;
}
