import { roundClosedOn, timetableStatus } from './timetableStatus';

const timetable = [
  { phase: '信息采集', startsOn: '2026-06-01', endsOn: '2026-06-20' },
  { phase: '网上报名', startsOn: '2026-07-01', endsOn: '2026-07-10' },
  { phase: '电脑派位', startsOn: '2026-07-20', endsOn: '2026-07-20' },
];

describe('timetableStatus', () => {
  it('when asked on a day between phases, then it names the next phase and how many days away it is', () => {
    expect(timetableStatus(timetable, '2026-06-25')).toEqual({ on: '2026-06-25', current: [], next: timetable[1], daysUntilNext: 6, finished: false });
  });

  it('when asked during a phase, then that phase is current and the following one is next', () => {
    const status = timetableStatus(timetable, '2026-07-10');
    expect(status.current.map((p) => p.phase)).toEqual(['网上报名']);
    expect(status.next?.phase).toBe('电脑派位');
  });

  it('when asked after the last phase, then nothing is next and the round is closed on its last day', () => {
    expect(timetableStatus(timetable, '2026-08-01')).toMatchObject({ current: [], next: null, finished: true });
    expect(roundClosedOn(timetable)).toBe('2026-07-20');
  });
});
