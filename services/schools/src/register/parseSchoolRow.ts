import { rowProblemsFromZod, type RowProblem } from '@zsgk/errors';
import { enumLabels, translateReason } from '@zsgk/messages';
import { checkChinaPosition, toWgs84, type Crs } from '@zsgk/geo';
import { DATE_WINDOWS, districtCode, optionalCalendarDate, optionalText, phoneField as phone, safeText as text, schoolId } from '@zsgk/validation';
import { z } from 'zod';
import { OWNERSHIPS, SCHOOL_STATUSES, STAGES, type SchoolFields } from './School';

const optionalDate = optionalCalendarDate(DATE_WINDOWS.school);

const rowSchema = z
  .object({
    id: schoolId,
    name: text(100),
    shortName: optionalText(30),
    stages: z.array(z.enum(STAGES)).min(1, '至少填写一个学段'),
    ownership: z.enum(OWNERSHIPS),
    districtCode,
    address: text(200),
    location: z.object({ lng: z.number(), lat: z.number() }).strict().nullish().transform((v) => v ?? null),
    enquiryPhone: phone,
    supervisionPhone: phone,
    petitionAddress: optionalText(200),
    website: z.string().trim().url('应为网址，例如 https://www.example.edu.cn/').max(300).nullish().transform((v) => v ?? null),
    status: z.enum(SCHOOL_STATUSES).default('OPEN'),
    openedOn: optionalDate,
    closedOn: optionalDate,
    closureReason: optionalText(500),
    sampleData: z.boolean().default(false),
  })
  .strict();

export type ParsedRow = { ok: true; school: SchoolFields } | { ok: false; problems: RowProblem[] };

/** Fields policy requires published for every OPEN school. */
const REQUIRED_WHEN_OPEN = ['enquiryPhone', 'supervisionPhone', 'petitionAddress', 'location'] as const;

/**
 * Checks one row (an imported row, or a school after a create or an edit) and returns the school
 * in WGS-84, or every problem with its field. `row` is 1-based, as a clerk counts in a spreadsheet.
 * `crs` is the datum of the row's location; it is converted to WGS-84.
 */
export function parseSchoolRow(raw: unknown, row: number, expectedDistrictCode: string, crs: Crs): ParsedRow {
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: rowProblemsFromZod(parsed.error.issues, row) };
  }
  const school = parsed.data;
  const problems: RowProblem[] = [];
  const problem = (field: string | null, reason: string) => problems.push({ row, field, reason });
  if (school.districtCode !== expectedDistrictCode) {
    problem('districtCode', `是 ${school.districtCode}，但本次导入的是 ${expectedDistrictCode} 的名册；请改为 ${expectedDistrictCode}，或由该区县导入`);
  }
  if (school.status === 'OPEN') {
    for (const field of REQUIRED_WHEN_OPEN) {
      if (school[field] === null) problem(field, '正常办学的学校必须公开此项（政策要求）；请填写');
    }
  }
  if (school.status === 'CLOSED') {
    if (!school.closedOn) problem('closedOn', '已撤销的学校必须填写撤销日期，如 2026-07-31');
    if (!school.closureReason) problem('closureReason', '已撤销的学校必须填写撤销原因');
  } else {
    if (school.closedOn) problem('closedOn', `办学状态为“${enumLabels[school.status]}”，不应填写撤销日期；只有已撤销的学校才填`);
    if (school.closureReason) problem('closureReason', `办学状态为“${enumLabels[school.status]}”，不应填写撤销原因；只有已撤销的学校才填`);
  }
  if (school.openedOn && school.closedOn && school.closedOn < school.openedOn) {
    problem('closedOn', `撤销日期 ${school.closedOn} 早于开办日期 ${school.openedOn}；请核对两个日期`);
  }
  if (school.location) {
    const reason = checkChinaPosition(school.location.lng, school.location.lat);
    if (reason) problem('location', translateReason(reason));
    else {
      const [lng, lat] = toWgs84([school.location.lng, school.location.lat], crs);
      school.location = { lng: round7(lng), lat: round7(lat) };
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, school: { ...school, stages: STAGES.filter((s) => school.stages.includes(s)) } };
}

// 1e-7 degrees is about a centimetre: enough, and keeps re-imports byte-identical.
function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
