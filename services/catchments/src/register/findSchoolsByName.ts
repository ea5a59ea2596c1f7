import { AppError } from '@zsgk/errors';
import type { RegisteredSchool, SchoolRegister } from './SchoolRegister';

/** Names compared as bureaus and the register write them: half-width, no spaces or brackets. */
const nameKey = (name: string) => name.normalize('NFKC').replace(/[\s()（）]/g, '');

/**
 * The register's school for each name as a 对口地段表 publishes it (学校 column, or a text's
 * heading): the district's school of exactly that name, else the one school whose name ends with
 * it (雁城小学 for 衡阳市雁城小学). Names matching none or several are returned apart, so the import
 * can refuse them by name. Null when no register is configured. A register that is set but does not
 * answer refuses (SERVICE_UNAVAILABLE), as the code check does.
 *
 * @example await findSchoolsByName(register, '370812', ['兖州区第一小学']) // { found: Map { '兖州区第一小学' => '3708120001' }, unknown: [], ambiguous: [] }
 */
export async function findSchoolsByName(
  register: SchoolRegister | null,
  districtCode: string,
  names: readonly string[],
  path: string,
): Promise<{ found: Map<string, string>; unknown: string[]; ambiguous: string[] } | null> {
  if (!register) return null;
  const schools = await register.listDistrictSchools(districtCode).catch((error: Error) => {
    throw new AppError('SERVICE_UNAVAILABLE', `无法在学校名册中查找学校名称，未保存：${error.message}`, { path, cause: error });
  });
  const result = { found: new Map<string, string>(), unknown: [] as string[], ambiguous: [] as string[] };
  for (const name of new Set(names)) {
    const key = nameKey(name);
    const exact = schools.filter((s: RegisteredSchool) => nameKey(s.name) === key);
    const candidates = exact.length ? exact : schools.filter((s) => nameKey(s.name).endsWith(key));
    if (candidates.length === 1) result.found.set(name, candidates[0]!.id);
    else (candidates.length ? result.ambiguous : result.unknown).push(name);
  }
  return result;
}
