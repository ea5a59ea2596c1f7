import { calendarDate, DATE_WINDOWS, decodeFile, districtCode, phoneField, safeText, schoolId } from '@zsgk/validation';
import { checkChinaPosition } from '@zsgk/geo';
import { z } from 'zod';
import { translateReason, zhErrorMap, zodIssueReason } from './zodIssueReason';

function reasons(schema: z.ZodTypeAny, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error(`${JSON.stringify(value)} was accepted`);
  return parsed.error.issues.map(zodIssueReason);
}

const ENGLISH = /\b(must|is|not|the|a|an|of|expected|received|required|invalid)\b/i;

describe('zodIssueReason', () => {
  it.each<[string, string, z.ZodTypeAny, unknown]>([
    ['a missing field', '必填，不能为空', z.object({ name: z.string() }), {}],
    ['null for a number', '必填，不能为空', z.number(), null],
    ['text for a number', '应为数字', z.number(), '12'],
    ['a fraction for a whole number', '应为整数', z.number().int(), 1.5],
    ['a negative count', '不能小于 0', z.number().min(0), -1],
    ['too many seats', '不能大于 20000', z.number().max(20000), 20001],
    ['too long a name', '长度不超过 100 个字', z.string().max(100), 'x'.repeat(101)],
    ['an empty text', '必填，不能为空', z.string().min(1), ''],
    ['an empty list', '至少填写一项', z.array(z.string()).min(1), []],
    ['too long a list', '最多 2 项', z.array(z.string()).max(2), ['a', 'b', 'c']],
    ['yes/no as text', '应为“是”或“否”（true 或 false）', z.boolean(), '是'],
    ['a stage not in the list', '「初级」不是可选的值；请填写 PRIMARY（小学）、JUNIOR（初中） 之一', z.enum(['PRIMARY', 'JUNIOR']), '初级'],
    ['an unknown column', '多出了 phnoe；请删去，或改成模板中的名称', z.object({}).strict(), { phnoe: '1' }],
    ['not a URL', '应为网址，例如 https://www.example.gov.cn/', z.string().url(), 'www'],
  ])('when the problem is %s, then the reason is %s', (_case, reason, schema, value) => {
    expect(reasons(schema, value)).toEqual([reason]);
  });

  it.each<[string, string, z.ZodTypeAny, unknown]>([
    ['an empty safe text', '必填，不能为空', safeText(10), '  '],
    ['a long safe text', '长度不超过 10 个字', safeText(10), 'x'.repeat(11)],
    ['a control character', '含有不可见的控制字符；请删去后重新输入', safeText(10), 'a\u0007b'],
    ['a bad phone', '不是有效的电话号码；请写带区号的固定电话（如 0537-1234567）、手机号或 12345', phoneField, '12-34'],
    ['a short school code', '应为 10 位数字的学校标识码（如 3708120001）', schoolId, '12345'],
    ['a bad division code', '应为 6 位数字的行政区划代码（如 370812）', districtCode, '3708'],
    ['month 13', '"2026-13-01" 不是真实的日期：没有 13 月', calendarDate(DATE_WINDOWS.policy), '2026-13-01'],
    ['30 February', '"2026-02-30" 不是真实的日期：2026 年 2 月只有 28 天', calendarDate(DATE_WINDOWS.policy), '2026-02-30'],
    ['a year outside the window', '"1850-01-01" 的年份不在允许范围内（1990–2100 年）', calendarDate(DATE_WINDOWS.policy), '1850-01-01'],
    ['a slashed date', '"2026/09/01" 不是日期；请写作 年-月-日，如 2026-09-01', calendarDate(DATE_WINDOWS.policy), '2026/09/01'],
    ['a timestamp', '"2026-09-01T08:00:00Z" 带有时间；只写日期，如 2026-09-01', calendarDate(DATE_WINDOWS.policy), '2026-09-01T08:00:00Z'],
    ['a number for a date', '应为日期，写作 年-月-日，如 2026-09-01', calendarDate(DATE_WINDOWS.policy), 20260901],
  ])('when a shared field of @zsgk/validation refuses %s, then the reason is in Chinese: %s', (_case, reason, schema, value) => {
    const said = reasons(schema, value);
    expect(said).toContain(reason);
    expect(said.filter((r) => ENGLISH.test(r))).toEqual([]);
  });

  it('when a schema states its own Chinese message, then it is kept', () => {
    expect(reasons(z.number().min(1, '至少 1 个班'), 0)).toEqual(['至少 1 个班']);
  });

  it.each([
    [[200, 35], '位置（经度 200，纬度 35）不在中国境内；请核对经纬度'],
    [[35.55, 116.59], '经度和纬度似乎填反了：（35.55, 116.59）不在中国境内，对调后在；经度在前（约 73–135），纬度在后（约 18–54）'],
    [[Number.NaN, 35], '经度和纬度应为数字'],
  ])('when @zsgk/geo refuses the point %j, then the reason is in Chinese: %s', ([lng, lat], reason) => {
    expect(translateReason(checkChinaPosition(lng!, lat!)!)).toBe(reason);
  });

  it('when decodeFile refuses the bytes, then the reason is in Chinese and says what to do', () => {
    let said = '';
    try {
      decodeFile(Buffer.from([0x41, 0x81, 0x20]), null, 'file');
    } catch (error) {
      said = translateReason((error as Error).message);
    }
    expect(said).toBe('文件既不是 UTF-8 也不是 GB18030/GBK 编码（第 2 个字符附近无法识别）；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”');
  });

  it('when a reason is not one @zsgk/validation gives, then it passes through unchanged', () => {
    expect(translateReason('已是第 3 行')).toBe('已是第 3 行');
  });

  it('when zhErrorMap is the error map of a parse, then zod’s own messages come out in Chinese', () => {
    const parsed = z.object({ admitted: z.number().int().min(0) }).safeParse({ admitted: -2 }, { errorMap: zhErrorMap });
    expect(!parsed.success && parsed.error.issues.map((i) => i.message)).toEqual(['不能小于 0']);
  });
});
