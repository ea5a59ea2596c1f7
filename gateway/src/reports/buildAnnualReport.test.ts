import { buildAnnualReport, type AnnualReportInput } from './buildAnnualReport';
import type { LoggedVersion } from './LoggedVersion';

const HEAD = { treeSize: 9, rootHash: 'ab'.repeat(32), timestamp: '2027-01-05T00:00:00.000Z', signature: 'c2ln' };
let index = 0;
const entry = (kind: string, version: number, event: string, at: string, content: Record<string, unknown> | null): LoggedVersion =>
  ({ index: index++, kind, recordId: `${kind}:k@v${version}`, version, event, contentHash: 'cd'.repeat(32), at, content });

function input(entries: LoggedVersion[], overrides: Partial<AnnualReportInput> = {}): AnnualReportInput {
  return {
    districtCode: '370812', year: 2026, asOf: '2027-01-05T00:00:00.000Z', head: HEAD, entries,
    yearEnd: { treeSize: 8, rootHash: 'ef'.repeat(32), path: ['01'.repeat(32)] }, deadlines: new Map(), workingDays: 20, schoolNames: new Map([['2137081001', '兖州区实验小学']]), ...overrides,
  };
}

describe('buildAnnualReport', () => {
  beforeEach(() => { index = 0; });

  it('when entries fall either side of the Beijing new year, then only those of the year are counted', () => {
    const report = buildAnnualReport(input([
      entry('ENROLMENT_RULES', 1, 'PUBLISHED', '2025-12-31T15:59:59.000Z', { title: '2025 方案', interpretation: '解读' }),
      entry('ENROLMENT_RULES', 1, 'PUBLISHED', '2025-12-31T16:00:00.000Z', { title: '2026 方案', interpretation: '解读' }),
      entry('ENROLMENT_RULES', 2, 'PUBLISHED', '2026-12-31T15:59:59.000Z', { title: '2026 方案', interpretation: null, interpretationUrl: null, correctionReason: '报名日期调整' }),
      entry('ENROLMENT_RULES', 1, 'CORRECTED', '2026-12-31T15:59:59.000Z', { title: '2026 方案' }),
      entry('ENROLMENT_RULES', 1, 'PUBLISHED', '2026-12-31T16:00:00.000Z', { title: '2027 方案' }),
    ]));
    expect(report.publications.map((p) => [p.title, p.version, p.on])).toEqual([['2026 方案', 1, '2026-01-01'], ['2026 方案', 2, '2026-12-31']]);
    expect(report.kinds).toEqual([{ kind: 'ENROLMENT_RULES', label: '招生入学工作方案（招生规则）', published: 2, firstVersions: 1, corrections: 1, otherNewVersions: 0, correctionsWithReason: 1, expired: 0, withdrawn: 0 }]);
    expect(report.corrections.map((c) => c.reason)).toEqual(['报名日期调整']);
    expect(report.interpretations).toMatchObject({ published: 2, withInterpretation: 1 });
    expect(report.log).toMatchObject({ entriesInYear: 3, eventsByKind: { ENROLMENT_RULES: { PUBLISHED: 2, CORRECTED: 1 } }, yearEnd: { treeSize: 8 } });
    expect(report.partial).toBe(false);
  });

  it('when a consultation opens and later closes in the year, then its latest version gives the comments and each decision counts once', () => {
    const opened = { consultationId: '370812/abc', title: '征求意见稿', subjectKind: 'ENROLMENT_RULES', opensOn: '2026-03-02', closesOn: '2026-03-31', shortWindowReason: null, feedback: null };
    const report = buildAnnualReport(input([
      entry('CONSULTATION', 1, 'PUBLISHED', '2026-03-02T02:00:00.000Z', opened),
      entry('CONSULTATION', 2, 'PUBLISHED', '2026-04-07T02:00:00.000Z', {
        ...opened, feedback: { commentsReceived: 4, finalRecordId: 'ENROLMENT_RULES:x@v1', closedOn: '2026-04-07', groups: [
          { receipts: ['a', 'b'], summary: '时间', decision: 'ADOPTED', reason: '已延长' },
          { receipts: ['c'], summary: '学位', decision: 'NOT_ADOPTED', reason: '无空间' },
          { receipts: ['d'], summary: '材料', decision: 'NOT_ADOPTED', reason: '省规定' },
        ] },
      }),
    ]));
    expect(report.consultations).toEqual([expect.objectContaining({
      consultationId: '370812/abc', windowDays: 30, phase: 'CLOSED', commentsReceived: 4, adoption: { ADOPTED: 1, PARTLY_ADOPTED: 0, NOT_ADOPTED: 2 }, closedOn: '2026-04-07',
    })]);
    expect(report.consultations[0]!.groups.map((g) => [g.decisionLabel, g.comments])).toEqual([['采纳', 2], ['未采纳', 1], ['未采纳', 1]]);
    // Closing replaces the draft as SUPERSEDED, not CORRECTED: a new version, no correction.
    expect(report.kinds[0]).toMatchObject({ kind: 'CONSULTATION', published: 2, corrections: 0, otherNewVersions: 1 });
  });

  it('when versions record a decision date, then those published after the deadline are late, the others on time, and the rest counted as without a date', () => {
    const report = buildAnnualReport(input([
      entry('ZONE_SET', 1, 'PUBLISHED', '2026-10-30T02:00:00.000Z', { name: '2027 划片', decidedOn: '2026-09-25' }),
      entry('SCHOOL', 2, 'PUBLISHED', '2026-10-20T02:00:00.000Z', { name: '实验小学', decidedOn: '2026-09-25', correctionReason: '更名' }),
      entry('ADMISSION_RESULT', 1, 'PUBLISHED', '2026-08-01T02:00:00.000Z', { schoolId: '2137081001', year: 2026, stage: 'PRIMARY' }),
    ], { deadlines: new Map([['2026-09-25', { dueOn: '2026-10-29', calendarCovered: true }]]) }));
    expect(report.timeliness).toMatchObject({ withDecisionDate: 2, onTime: 1, withoutDecisionDate: { ADMISSION_RESULT: 1 } });
    expect(report.timeliness.late.map((l) => [l.kind, l.decidedOn, l.dueOn, l.on])).toEqual([['ZONE_SET', '2026-09-25', '2026-10-29', '2026-10-30']]);
    expect(report.publications[2]!.title).toBe('兖州区实验小学 2026年 小学');
  });

  it('when the year is still running, then the report says so', () => {
    expect(buildAnnualReport(input([], { asOf: '2026-06-01T00:00:00.000Z' })).partial).toBe(true);
  });
});
