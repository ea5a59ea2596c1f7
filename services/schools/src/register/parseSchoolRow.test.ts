import { parseSchoolRow } from './parseSchoolRow';

const school = (overrides: Record<string, unknown> = {}) => ({
  id: '3708120001',
  name: '兖州区实验小学',
  stages: ['PRIMARY'],
  ownership: 'PUBLIC',
  districtCode: '370812',
  address: '建设路1号',
  location: { lng: 116.8, lat: 35.55 },
  enquiryPhone: '0537-3412345',
  supervisionPhone: '0537-3412346',
  petitionAddress: '兖州区教育局',
  ...overrides,
});

function reasons(raw: unknown) {
  const parsed = parseSchoolRow(raw, 2, '370812', 'WGS84');
  return parsed.ok ? [] : parsed.problems.map((p) => [p.field, p.reason]);
}

describe('parseSchoolRow reasons', () => {
  it('when the row is well-formed, then it passes', () => {
    expect(reasons(school())).toEqual([]);
  });

  it('when fields are malformed, then the zod reasons are in Chinese', () => {
    expect(reasons(school({ id: '12345', stages: [], ownership: 'STATE', website: 'www', name: 'x'.repeat(101), extra: 1 }))).toEqual([
      ['id', '应为 10 位数字的学校标识码（如 3708120001）'],
      ['name', '长度不超过 100 个字'],
      ['stages', '至少填写一个学段'],
      ['ownership', '「STATE」不是可选的值；请填写 PUBLIC（公办）、PRIVATE（民办） 之一'],
      ['website', '应为网址，例如 https://www.example.edu.cn/'],
      [null, '多出了 extra；请删去，或改成模板中的名称'],
    ]);
  });

  it('when the row breaks the register rules, then each reason says what to write', () => {
    expect(reasons(school({ districtCode: '370811', supervisionPhone: null, closedOn: '2026-07-31' }))).toEqual([
      ['districtCode', '是 370811，但本次导入的是 370812 的名册；请改为 370812，或由该区县导入'],
      ['supervisionPhone', '正常办学的学校必须公开此项（政策要求）；请填写'],
      ['closedOn', '办学状态为“正常办学”，不应填写撤销日期；只有已撤销的学校才填'],
    ]);
    expect(reasons(school({ status: 'CLOSED', openedOn: '2020-09-01', closedOn: '2019-01-01' }))).toEqual([
      ['closureReason', '已撤销的学校必须填写撤销原因'],
      ['closedOn', '撤销日期 2019-01-01 早于开办日期 2020-09-01；请核对两个日期'],
    ]);
    expect(reasons(school({ location: { lng: 200, lat: 35 } }))).toEqual([['location', '位置（经度 200，纬度 35）不在中国境内；请核对经纬度']]);
  });
});
