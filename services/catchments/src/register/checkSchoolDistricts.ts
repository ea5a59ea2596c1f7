import { AppError } from '@zsgk/errors';
import type { SchoolRegister } from './SchoolRegister';

export interface SchoolDistrictCheck {
  /** False when no register is configured: codes were not checked (the report says so). */
  checked: boolean;
  /** Why codes were not checked, when they were not. */
  note: string | null;
}

/**
 * A district's zones may name only that district's registered schools. Asks the register for each
 * code's district and refuses, naming the school: NOT_FOUND for a code the register does not know,
 * FORBIDDEN for a school of another district (`details.targetDistricts` names the districts, so the
 * refusal is audited under them). A register that is configured but cannot be reached refuses too
 * (SERVICE_UNAVAILABLE): a district check that fails open would let any school through.
 *
 * @example await checkSchoolDistricts(register, '370811', ['3708120001']) // throws FORBIDDEN: 学校 3708120001 … 属于 370812 区
 */
export async function checkSchoolDistricts(register: SchoolRegister | null, districtCode: string, codes: Iterable<string>, path: string): Promise<SchoolDistrictCheck> {
  if (!register) return { checked: false, note: '未核对学校标识码：未配置学校名册服务地址（SCHOOLS_URL）' };
  const wanted = [...new Set(codes)].sort();
  if (wanted.length === 0) return { checked: true, note: null };
  const found = await register.findDistricts(wanted).catch((error: Error) => {
    throw new AppError('SERVICE_UNAVAILABLE', `无法核对学校所属区，未保存：${error.message}`, { path, cause: error });
  });
  const unknown = wanted.filter((id) => !found.has(id));
  if (unknown.length) {
    throw new AppError('NOT_FOUND', `学校 ${unknown.join('、')} 不在学校名册中`, { path, details: { schools: unknown, targetDistricts: [districtCode] } });
  }
  const foreign = wanted.map((id) => found.get(id)!).filter((school) => school.districtCode !== districtCode);
  if (foreign.length) {
    const first = foreign[0]!;
    const more = foreign.length > 1 ? `（另有 ${foreign.length - 1} 所外区学校：${foreign.slice(1).map((s) => s.id).join('、')}）` : '';
    throw new AppError('FORBIDDEN', `学校 ${first.id}（${first.name}）属于 ${first.districtCode} 区，不属于 ${districtCode} 区${more}`, {
      path,
      details: { schools: foreign.map((s) => ({ id: s.id, name: s.name, districtCode: s.districtCode })), targetDistricts: [...new Set(foreign.map((s) => s.districtCode))] },
    });
  }
  return { checked: true, note: null };
}
