import { describe, expect, it } from '@jest/globals';
import { mergeOverdueDecisions, missingCalendarText } from './mergeOverdueDecisions';

const clock = (over: Record<string, unknown>) => ({
  label: '事项', state: 'OVERDUE', decidedOn: '2026-09-25', dueOn: '2026-10-29', publishedOn: null, workingDaysOverdue: 2, calendarCovered: true, missingCalendarYears: [] as number[], ...over,
});

describe('mergeOverdueDecisions', () => {
  it('when three services answer, then every kind is in one list, unpublished by deadline first, published late last, with Chinese kind names', () => {
    const { decisions, missingYears } = mergeOverdueDecisions({
      admissions: { overdue: [{ ...clock({ dueOn: '2026-10-30' }), kind: 'NAMED_LIST', changeId: 'NAMED_LIST:a#1' }], publishedLate: [{ ...clock({ state: 'PUBLISHED_LATE', dueOn: '2026-10-01' }), kind: 'ENROLMENT_RULES', changeId: 'ENROLMENT_RULES:b#1' }] },
      register: { overdue: [{ ...clock({ missingCalendarYears: [2027], calendarCovered: false }), action: 'CLOSE', change: { id: 'SCHOOL:1#1' } }], publishedLate: [] },
      zoneSets: null,
    });
    expect(decisions.map((d) => [d.kindLabel, d.dueOn, d.late])).toEqual([
      ['学校名录（撤销）', '2026-10-29', false], ['名单公示', '2026-10-30', false], ['招生方案', '2026-10-01', true],
    ]);
    expect(missingYears).toEqual([2027]);
  });

  it('when a year is missing from the calendar, then the warning names it; with none, no warning', () => {
    expect(missingCalendarText([2027])).toMatch(/^节假日安排缺少 2027 年：/);
    expect(missingCalendarText([])).toBeNull();
  });
});
