import { parseResultRow, parseRulesRow } from './parseRows';
import { parsePlanRow, parseSchoolRulesRow, parseTransferRow } from './parseSchoolRows';

const NOW = new Date('2026-06-01T00:00:00Z');
const result = (overrides: Record<string, unknown> = {}) => ({
  schoolId: '3708120001',
  year: 2026,
  stage: 'PRIMARY',
  plannedSeats: 180,
  applicants: 200,
  admitted: 180,
  ...overrides,
});

function reasons(parsed: { ok: true } | { ok: false; problems: { field: string | null; reason: string }[] }) {
  return parsed.ok ? [] : parsed.problems.map((p) => [p.field, p.reason]);
}

describe('admissions row reasons', () => {
  it('when a result row is well-formed, then it passes', () => {
    expect(reasons(parseResultRow(result(), 1, '370812', NOW))).toEqual([]);
  });

  it('when the numbers of a result row are wrong, then each reason says what to write, in Chinese', () => {
    expect(reasons(parseResultRow(result({ year: 1850, plannedSeats: 1.5, applicants: 1e9, admitted: -1, cutoffScore: 800 }), 1, '370812', NOW))).toEqual([
      ['year', '不能早于 2000 年'],
      ['plannedSeats', '应为整数'],
      ['applicants', '不能大于 20000；请核对是否多打了数字'],
      ['admitted', '不能小于 0'],
      ['cutoffScore', '不能高于中考满分 750'],
    ]);
  });

  it('when admitted differs from planned, cites too many preferential admissions or a primary school gives a cut-off, then the rules are said in Chinese', () => {
    const row = result({ admitted: 150, cutoffScore: 500, preferential: [{ category: 'MILITARY_FAMILY', count: 160, policyDocumentNumber: '兖教发〔2026〕1号' }] });
    expect(reasons(parseResultRow(row, 1, '370812', NOW))).toEqual([
      ['preferential', '政策性照顾录取共 160 人，多于录取人数 150；请核对'],
      ['cutoffScore', '只有高中公布录取分数线；小学、初中、幼儿园请留空'],
      ['explanation', '录取人数（150）与计划招生数（180）不一致，必须填写差异说明'],
    ]);
  });

  it('when a row is for another district, then the reason says which district the import is for', () => {
    expect(reasons(parseResultRow(result({ districtCode: '370811' }), 1, '370812', NOW))).toEqual([
      ['districtCode', '是 370811，但本次导入的是 370812 的数据；请改为 370812，或由该区县导入'],
    ]);
  });

  it('when rules lack an interpretation or a phase ends before it starts, or a link is not https, then the reasons are in Chinese', () => {
    const rules = { year: 2026, stage: 'PRIMARY', title: '2026年小学招生方案', admissionMethod: '就近入学', sourceUrl: 'http://example.gov.cn', timetable: [{ phase: '报名', startsOn: '2026-07-05', endsOn: '2026-07-01' }] };
    expect(reasons(parseRulesRow(rules, 1, '370812', NOW))).toEqual([
      ['sourceUrl', '应为以 https:// 开头的网址，如 https://jyj.example.gov.cn/zsfa.html'],
      ['timetable', '每个阶段的结束日期不能早于开始日期'],
    ]);
    expect(reasons(parseRulesRow({ ...rules, sourceUrl: null, timetable: [] }, 1, '370812', NOW))).toEqual([
      ['interpretation', '必须与文件同步发布政策解读：请填写解读内容（interpretation）或解读链接（interpretationUrl），或两者都填'],
    ]);
  });

  it('when school rules, plans and transfers are wrong, then their own reasons are in Chinese', () => {
    expect(reasons(parseSchoolRulesRow({ schoolId: '3708120001', year: 2026, stage: 'PRIMARY' }, 1, '370812', NOW))).toEqual([
      ['rules', '招生细则、所需材料、备注至少填写一项'],
    ]);
    expect(reasons(parsePlanRow({ schoolId: '3708120001', year: 2026, stage: 'PRIMARY', plannedSeats: 180, plannedClasses: 501 }, 1, '370812', NOW))).toEqual([
      ['plannedClasses', '不能大于 500'],
    ]);
    const twice = [{ reason: 'HEALTH', count: 1 }, { reason: 'HEALTH', count: 2 }];
    expect(reasons(parseTransferRow({ schoolId: '3708120001', year: 2026, term: 'AUTUMN', transfersIn: twice }, 1, '370812', NOW))).toEqual([
      ['transfersIn', '同一原因填了两次；每个原因只填一行，人数合并'],
    ]);
  });
});
