import { AppError } from '@zsgk/errors';

export interface RegisteredSchool {
  districtCode: string;
  name: string;
}

/**
 * Reads one school's district and name from the schools subgraph's public API: null when no school
 * has that code; SERVICE_UNAVAILABLE when the register does not answer within 3 s.
 */
export function findSchoolInRegister(schoolsUrl: string): (schoolId: string) => Promise<RegisteredSchool | null> {
  return async (schoolId) => {
    let body: { data?: { school: RegisteredSchool | null } | null };
    try {
      const response = await fetch(schoolsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($id: ID!) { school(id: $id) { districtCode name } }', variables: { id: schoolId } }),
        signal: AbortSignal.timeout(3000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', '学校名录服务暂时无法访问，请稍后再试', { cause: error, details: { service: 'schools' } });
    }
    if (!body.data) throw new AppError('SERVICE_UNAVAILABLE', '学校名录服务暂时无法访问，请稍后再试', { details: { service: 'schools' } });
    return body.data.school ?? null;
  };
}
