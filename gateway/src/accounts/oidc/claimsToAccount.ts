import { AppError } from '@zsgk/errors';
import type { AccountRecord } from '../Account';

/** Usernames of accounts from the identity provider: `oidc:` + its `sub` (local names cannot contain a colon). */
export const OIDC_PREFIX = 'oidc:';

/** Which ID-token claims carry the role, the district and the school. */
export interface ClaimNames {
  role: string;
  district: string;
  school: string;
}

type ExternalAccount = Pick<AccountRecord, 'username' | 'displayName' | 'role' | 'districtCode' | 'schoolId' | 'schoolName'>;

/**
 * Maps the identity provider's ID-token claims to an account: the role claim says BUREAU or SCHOOL; a
 * bureau officer needs the district claim (6 digits), a school user the school claim (10 digits), whose
 * district and name come from the register. Anything missing or unknown is refused (FORBIDDEN, in
 * Chinese, naming the claim), never downgraded.
 */
export async function claimsToAccount(
  claims: Record<string, unknown>,
  names: ClaimNames,
  findSchool: (schoolId: string) => Promise<{ districtCode: string; name: string } | null>,
): Promise<ExternalAccount> {
  const refuse = (message: string, claim: string) => new AppError('FORBIDDEN', message, { path: claim });
  if (typeof claims.sub !== 'string' || claims.sub === '') throw refuse('身份认证未提供用户标识（sub）', 'sub');
  const displayName = [claims.name, claims.preferred_username, claims.sub].find((v): v is string => typeof v === 'string' && v.trim() !== '')!.trim().slice(0, 40);
  const base = { username: `${OIDC_PREFIX}${claims.sub}`, displayName };
  const role = String(claims[names.role] ?? '').toUpperCase();
  if (role === 'BUREAU') {
    const district = claims[names.district];
    if (typeof district !== 'string' || !/^\d{6}$/.test(district)) throw refuse(`身份认证未提供有效的区县代码（${names.district}）`, names.district);
    return { ...base, role: 'BUREAU', districtCode: district, schoolId: null, schoolName: null };
  }
  if (role === 'SCHOOL') {
    const schoolId = claims[names.school];
    if (typeof schoolId !== 'string' || !/^\d{10}$/.test(schoolId)) throw refuse(`身份认证未提供有效的学校标识码（${names.school}）`, names.school);
    const school = await findSchool(schoolId);
    if (!school) throw refuse(`学校 ${schoolId} 不在学校名录中，不能登录`, names.school);
    return { ...base, role: 'SCHOOL', districtCode: school.districtCode, schoolId, schoolName: school.name };
  }
  throw refuse(`身份认证未授予本系统的角色（${names.role} 应为 BUREAU 或 SCHOOL）`, names.role);
}
