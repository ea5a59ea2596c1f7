import { defaultErrorMap, type ZodErrorMap, type ZodIssue, type ZodIssueOptionalMessage } from 'zod';
import { withEnumLabel } from './enumLabels';
import { zoneReasonTranslations } from './zoneReasons';

/**
 * Why a value failed a zod schema, in Chinese a clerk can act on: what is wrong and what to write.
 * Issues that carry zod's own English message are said from their code and limits (必填, 应为整数,
 * 不能小于 0, 长度不超过 100 个字 …); issues with a message of their own keep it, translated when it is
 * one of the English reasons of @zsgk/validation (see `translateReason`).
 *
 * @example zodIssueReason({ code: 'too_big', type: 'string', maximum: 100, inclusive: true, path: [], message: 'String must contain at most 100 character(s)' }) // '长度不超过 100 个字'
 */
export function zodIssueReason(issue: ZodIssue): string {
  return isZodDefault(issue) ? chineseFor(issue) : translateReason(issue.message);
}

/**
 * The same as a zod error map, for schemas parsed with `safeParse(value, { errorMap: zhErrorMap })`:
 * zod's own messages come out in Chinese; messages a schema states keep precedence, as zod does.
 */
export const zhErrorMap: ZodErrorMap = (issue) => ({ message: chineseFor(issue) });

function isZodDefault(issue: ZodIssue): boolean {
  return defaultErrorMap(issue as ZodIssueOptionalMessage, { defaultError: 'Invalid input', data: undefined }).message === issue.message;
}

const TYPES: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '“是”或“否”（true 或 false）',
  array: '列表',
  object: '一组字段',
  date: '日期',
};

function chineseFor(issue: ZodIssueOptionalMessage): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined' || issue.received === 'null') return '必填，不能为空';
      if (issue.expected === 'integer') return '应为整数';
      return `应为${TYPES[issue.expected] ?? issue.expected}`;
    case 'invalid_enum_value':
      return `「${String(issue.received)}」不是可选的值；请填写 ${issue.options.map((o) => withEnumLabel(String(o))).join('、')} 之一`;
    case 'invalid_literal':
      return `应为 ${JSON.stringify(issue.expected)}`;
    case 'unrecognized_keys':
      return `多出了 ${issue.keys.join('、')}；请删去，或改成模板中的名称`;
    case 'too_small':
      return tooSmall(issue.type, Number(issue.minimum), issue.inclusive, issue.exact);
    case 'too_big':
      return tooBig(issue.type, Number(issue.maximum), issue.inclusive, issue.exact);
    case 'invalid_string':
      if (issue.validation === 'url') return '应为网址，例如 https://www.example.gov.cn/';
      if (issue.validation === 'email') return '应为电子邮箱地址';
      return '格式不对';
    case 'invalid_date':
      return '不是有效的日期';
    case 'not_multiple_of':
      return `应为 ${String(issue.multipleOf)} 的倍数`;
    case 'not_finite':
      return '应为有限的数字';
    case 'invalid_union':
    case 'invalid_union_discriminator':
    case 'invalid_intersection_types':
      return '格式不对';
    default:
      return '填写有误';
  }
}

function tooSmall(type: string, min: number, inclusive: boolean, exact?: boolean): string {
  if (type === 'string') {
    if (exact) return `应为 ${min} 个字`;
    return min <= 1 ? '必填，不能为空' : `至少 ${min} 个字`;
  }
  if (type === 'array' || type === 'set') {
    if (exact) return `应有 ${min} 项`;
    return min <= 1 ? '至少填写一项' : `至少 ${min} 项`;
  }
  return inclusive ? `不能小于 ${min}` : `应大于 ${min}`;
}

function tooBig(type: string, max: number, inclusive: boolean, exact?: boolean): string {
  if (type === 'string') return exact ? `应为 ${max} 个字` : `长度不超过 ${max} 个字`;
  if (type === 'array' || type === 'set') return exact ? `应有 ${max} 项` : `最多 ${max} 项`;
  return inclusive ? `不能大于 ${max}` : `应小于 ${max}`;
}

/**
 * The English reasons of the shared packages, in Chinese: @zsgk/validation's fields (safeText,
 * phoneField, schoolId, districtCode, calendarDate, decodeFile) and @zsgk/geo's checkChinaPosition. Once those
 * packages state them in Chinese these rows can go; a reason not listed passes through unchanged.
 */
const TRANSLATIONS: [RegExp, (...groups: string[]) => string][] = [
  [/^must not be empty$/, () => '必填，不能为空'],
  [/^must be at most (\d+) characters$/, (max) => `长度不超过 ${max} 个字`],
  [/^must not contain control characters$/, () => '含有不可见的控制字符；请删去后重新输入'],
  [/^must be a landline with area code/, () => '不是有效的电话号码；请写带区号的固定电话（如 0537-1234567）、手机号或 12345'],
  [/^must be the 10-digit national school code/, () => '应为 10 位数字的学校标识码（如 3708120001）'],
  [/^must be a 6-digit division code$/, () => '应为 6 位数字的行政区划代码（如 370812）'],
  [/^must be a date written YYYY-MM-DD/, () => '应为日期，写作 年-月-日，如 2026-09-01'],
  [/^is (".*"), a timestamp; write the date alone/, (v) => `${v} 带有时间；只写日期，如 2026-09-01`],
  [/^is (".*"), not a date written YYYY-MM-DD/, (v) => `${v} 不是日期；请写作 年-月-日，如 2026-09-01`],
  [/^is (".*"), not a real date: there is no month (\d+)$/, (v, m) => `${v} 不是真实的日期：没有 ${m} 月`],
  [/^is (".*"), not a real date: (\d+)-(\d+) has (\d+) days$/, (v, y, m, n) => `${v} 不是真实的日期：${y} 年 ${Number(m)} 月只有 ${n} 天`],
  [/^is (".*"), outside the years allowed here \((\d+)–(\d+)\)$/, (v, a, b) => `${v} 的年份不在允许范围内（${a}–${b} 年）`],
  // @zsgk/validation decodeFile
  [/^The file is not valid UTF-8/, () => '文件不是有效的 UTF-8 编码；如果是在中文 Windows 的 Excel 中保存的，请按 GB18030（GBK）编码导入'],
  [/^The file is neither UTF-8 nor GB18030\/GBK \(undecodable bytes near character (\d+)\)/, (n) => `文件既不是 UTF-8 也不是 GB18030/GBK 编码（第 ${n} 个字符附近无法识别）；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”`],
  // @zsgk/geo checkChinaPosition
  [/^coordinates must be finite numbers$/, () => '经度和纬度应为数字'],
  [/^longitude and latitude look swapped \(\[(.*?), (.*?)\] is outside China/, (lng, lat) => `经度和纬度似乎填反了：（${lng}, ${lat}）不在中国境内，对调后在；经度在前（约 73–135），纬度在后（约 18–54）`],
  [/^\[(.*?), (.*?)\] is outside China$/, (lng, lat) => `位置（经度 ${lng}，纬度 ${lat}）不在中国境内；请核对经纬度`],
  // the catchments service's zone-geometry and zone-file reasons
  ...zoneReasonTranslations((reason) => translateReason(reason)),
];

/** A reason from @zsgk/validation or @zsgk/geo in Chinese; anything else as it is. */
export function translateReason(reason: string): string {
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(reason);
    if (match) return say(...match.slice(1));
  }
  return reason;
}
