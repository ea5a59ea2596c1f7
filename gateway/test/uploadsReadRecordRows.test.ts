import { readRecordRows } from '../src/uploads/readRecordRows';
import { PLAN_COLUMNS, RESULT_COLUMNS } from '../src/uploads/recordColumns';

const table = (...rows: string[][]) => ({ rows, encoding: 'UTF8' as const });

describe('readRecordRows', () => {
  it('when a results sheet has preferential columns, then each category becomes an entry and its problems name the category header as written', () => {
    const sheet = readRecordRows(
      table(
        ['学校标识码', '年份', '学段', '计划招生数', '报名人数', '录取人数', '烈士子女人数', '烈士子女文号', ' 军人子女人数 '],
        ['3708120001', '2026年', '小学', '180', '1,200', '180', '1', '兖教发〔2026〕3号', '2'],
      ),
      RESULT_COLUMNS,
    );
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows).toEqual([{
      schoolId: '3708120001', year: 2026, stage: 'PRIMARY', plannedSeats: 180, applicants: 1200, admitted: 180,
      preferential: [{ category: 'MARTYR_CHILD', count: 1, policyDocumentNumber: '兖教发〔2026〕3号' }, { category: 'MILITARY_FAMILY', count: 2 }],
    }]);
    expect(sheet.columnOf(0, 'preferential.1.policyDocumentNumber')).toBe('军人子女政策文号');
    expect(sheet.columnOf(0, 'preferential.1.count')).toBe(' 军人子女人数 ');
    expect(sheet.columnOf(0, 'preferential.0')).toBe('烈士子女人数');
    expect(sheet.columnOf(0, 'admitted')).toBe('录取人数');
    expect(sheet.columnOf(0, 'explanation')).toBe('说明');
  });

  it('when rows are blank in between, then sheet rows still count them', () => {
    const sheet = readRecordRows(table(['学校标识码', '年份', '学段', '计划招生数'], ['', '', '', ''], ['3708120001', '2026', '初中', '300']), PLAN_COLUMNS);
    expect(sheet.sheetRows).toEqual([3]);
    expect(sheet.rows[0]).toMatchObject({ stage: 'JUNIOR', plannedSeats: 300 });
  });

  it('when a header is missing, repeated or unknown and a cell is not a number, then each is a problem in Chinese and no rows come back', () => {
    const header = readRecordRows(table(['学校标识码', '年份', '学年', '计划', '学段']), PLAN_COLUMNS);
    expect(header.rows).toEqual([]);
    expect(header.problems).toEqual([
      { row: 1, column: '学年', reason: '与「年份」重复，是同一列' },
      { row: 1, column: '计划', reason: expect.stringContaining('无法识别的列「计划」') },
      { row: 1, column: '计划招生数', reason: '缺少必填的列' },
    ]);
    const cells = readRecordRows(table(['学校标识码', '年份', '学段', '计划招生数'], ['3708120001', '二〇二六', '大学', '-5']), PLAN_COLUMNS);
    expect(cells.problems.map((p) => [p.row, p.column])).toEqual([[2, '年份'], [2, '学段'], [2, '计划招生数']]);
    expect(cells.problems[1]!.reason).toContain('小学');
    expect(cells.problems[2]!.reason).toBe('「-5」不能为负数');
  });
});
