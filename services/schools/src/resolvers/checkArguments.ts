import { findDivision } from '@zsgk/divisions';
import { AppError } from '@zsgk/errors';
import type { SchoolFilter } from '../register/School';

const MAX_PAGE = 500;
const MAX_TEXT = 50;

export function checkSchoolId(id: string, path: string): string {
  if (!/^\d{10}$/.test(id)) throw new AppError('BAD_USER_INPUT', '学校标识码应为 10 位数字（如 3708120001）', { path });
  return id;
}

/** A 6-digit code that names a real prefecture or county (GB/T 2260, from the maintained npm list). */
export function checkDistrictCode(code: string, path: string): string {
  if (!/^\d{6}$/.test(code)) throw new AppError('BAD_USER_INPUT', '行政区划代码应为 6 位数字（如 370812）', { path });
  if (!findDivision(code)) throw new AppError('BAD_USER_INPUT', `${code} 不是地级或县级行政区划代码（GB/T 2260）；请核对`, { path });
  return code;
}

export function checkFirst(first: number | null | undefined): number {
  const value = first ?? 50;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE) throw new AppError('BAD_USER_INPUT', `first（每页条数）应在 1 到 ${MAX_PAGE} 之间`, { path: 'first' });
  return value;
}

/** Checks a list filter; the text is trimmed and must be plain, short text (it is searched for literally). */
export function checkFilter(filter: SchoolFilter | null | undefined): SchoolFilter {
  const checked: SchoolFilter = { ...(filter ?? {}) };
  if (checked.districtCode != null && !/^\d{6}$/.test(checked.districtCode)) {
    throw new AppError('BAD_USER_INPUT', '行政区划代码应为 6 位数字（如 370812）', { path: 'filter.districtCode' });
  }
  if (checked.bbox) {
    const { minLng, minLat, maxLng, maxLat } = checked.bbox;
    if (minLng > maxLng) throw new AppError('BAD_USER_INPUT', '范围的西边界（minLng）不能在东边界（maxLng）以东', { path: 'filter.bbox.minLng' });
    if (minLat > maxLat) throw new AppError('BAD_USER_INPUT', '范围的南边界（minLat）不能在北边界（maxLat）以北', { path: 'filter.bbox.minLat' });
    if (Math.abs(minLat) > 90 || Math.abs(maxLat) > 90) throw new AppError('BAD_USER_INPUT', '纬度应在 -90 到 90 之间', { path: 'filter.bbox' });
  }
  if (checked.text != null) {
    const text = checked.text.trim();
    if (text.length === 0 || text.length > MAX_TEXT) throw new AppError('BAD_USER_INPUT', `搜索文字应为 1–${MAX_TEXT} 个字`, { path: 'filter.text' });
    if (/[\u0000-\u001f\u007f]/.test(text)) throw new AppError('BAD_USER_INPUT', '搜索文字含有不可见的控制字符；请删去后重新输入', { path: 'filter.text' });
    checked.text = text;
  }
  if (checked.ids != null) {
    if (checked.ids.length > MAX_PAGE) throw new AppError('BAD_USER_INPUT', `按标识码查询一次最多 ${MAX_PAGE} 所学校`, { path: 'filter.ids' });
    const bad = checked.ids.findIndex((id) => !/^\d{10}$/.test(id));
    if (bad >= 0) throw new AppError('BAD_USER_INPUT', `第 ${bad + 1} 个学校标识码“${checked.ids[bad]}”应为 10 位数字`, { path: `filter.ids.${bad}` });
  }
  return checked;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`school:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^school:\d{10}$/.test(decoded)) throw new AppError('BAD_USER_INPUT', 'after 不是本接口给出的翻页游标', { path: 'after' });
  return decoded.slice('school:'.length);
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An import baseline: an ISO 8601 date or time with its offset (a real calendar date, 2000 or later, not in the future). */
export function checkBaseline(value: string, path: string): Date {
  const m = ISO_TIME.exec(value.trim());
  const time = m ? new Date(m[4] ? value.trim() : `${value.trim()}T00:00:00+08:00`) : null;
  const calendar = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const real = calendar && calendar.getUTCMonth() === Number(m![2]) - 1 && calendar.getUTCDate() === Number(m![3]);
  if (!time || Number.isNaN(time.getTime()) || !real || (m![4] && Number(m![4]) > 23)) {
    throw new AppError('BAD_USER_INPUT', `基准时间「${value}」不是 ISO 8601 时间，应写作 2026-03-01T08:00:00+08:00 或 2026-03-01`, { path });
  }
  if (time.getUTCFullYear() < 2000 || time.getTime() > Date.now() + 60_000) {
    throw new AppError('BAD_USER_INPUT', `基准时间 ${value} 应在 2000 年到现在之间`, { path });
  }
  return time;
}
