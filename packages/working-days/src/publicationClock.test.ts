import { AppError } from '@zsgk/errors';
import { loadHolidayCalendar } from './loadHolidayCalendar';
import { parseDecidedOn } from './parseDecidedOn';
import { publicationClock, reviewItemClocks } from './publicationClock';

const calendar = loadHolidayCalendar();
const item = (id: string, status: string, decidedOn: string | null, reviewedAt: string | null = null) =>
  ({ id, kind: 'ZONE_SET', recordKey: id.slice(0, id.indexOf('#')), status, submittedAt: '2026-09-25T02:00:00.000Z', reviewedAt, decidedOn });

describe('publicationClock', () => {
  it('when a decision of Fri 2026-09-25 is unpublished on 2026-10-30, then it is 1 working day overdue past 2026-10-29 (National Day skipped)', () => {
    expect(publicationClock('2026-09-25', null, '2026-10-29', calendar)).toBeNull();
    expect(publicationClock('2026-09-25', null, '2026-10-30', calendar)).toEqual({
      decidedOn: '2026-09-25', dueOn: '2026-10-29', publishedOn: null, state: 'OVERDUE', workingDaysOverdue: 1, calendarCovered: true, missingCalendarYears: [],
    });
  });

  it('when it was published after its deadline, then it stays on record as published late', () => {
    expect(publicationClock('2026-09-25', '2026-11-02', '2026-12-01', calendar)).toMatchObject({ state: 'PUBLISHED_LATE', workingDaysOverdue: 2 });
    expect(publicationClock('2026-09-25', '2026-10-29', '2026-12-01', calendar)).toBeNull();
  });

  it('when the days counted reach 2027, then the clock is flagged uncovered naming 2027', () => {
    expect(publicationClock('2026-12-01', null, '2027-01-04', calendar)).toMatchObject({ calendarCovered: false, missingCalendarYears: [2027] });
  });

  it('when a record was returned and submitted again, then only the later round is clocked; an item without decidedOn starts on its submission date', () => {
    const clocks = reviewItemClocks([
      item('a#1', 'RETURNED', '2026-09-25'), item('a#2', 'SUBMITTED', '2026-09-25'),
      item('b#1', 'PUBLISHED', null, '2026-11-03T01:00:00.000Z'), item('c#1', 'RETURNED', '2026-09-01'),
    ], '2026-11-30', calendar);
    expect(clocks.map((c) => [c.item.id, c.state, c.decidedOn])).toEqual([
      ['c#1', 'OVERDUE', '2026-09-01'], ['a#2', 'OVERDUE', '2026-09-25'], ['b#1', 'PUBLISHED_LATE', '2026-09-25'],
    ]);
  });
});

describe('parseDecidedOn', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  it('when decidedOn is absent, then it is today in Beijing', () => {
    expect(parseDecidedOn(undefined, 'input.decidedOn', new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
  });
  it('when decidedOn is in the future or not a date, then it is refused in Chinese naming the field', () => {
    expect(() => parseDecidedOn('2026-12-04', 'input.decidedOn', now)).toThrow('决定日期（input.decidedOn）2026-12-04 晚于今天（2026-12-03，北京时间），不能填写将来的日期');
    expect(() => parseDecidedOn('2026-02-30', 'decidedOn', now)).toThrow(AppError);
    expect(parseDecidedOn('2026-09-25', 'decidedOn', now)).toBe('2026-09-25');
  });
});
