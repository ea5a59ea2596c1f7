import { describe, expect, it } from '@jest/globals';
import { buildComplianceRows, type ChecklistSchool, type ComplianceInput } from './buildComplianceRows';
import { complianceCsv } from './complianceCsv';

const items = (present: boolean, ...kinds: string[]) => kinds.map((item) => ({ item, present, detail: present ? 'published' : 'missing' }));
const school = (over: Partial<ChecklistSchool> = {}): ChecklistSchool => ({
  id: '2137081101', name: '兖州区实验小学', stages: ['PRIMARY'],
  admissionsDisclosure: { items: items(true, 'ENROLMENT_PLAN', 'TIMETABLE', 'ADMISSION_FLOW', 'ADMISSION_METHOD', 'CONSULTATION_CONTACTS', 'SUPERVISION_CHANNEL', 'PETITION_ADDRESS', 'MIGRANT_RULES', 'REQUIRED_PAPERS') },
  catchmentDisclosure: { items: items(true, 'CATCHMENT') },
  registerDisclosure: { items: items(true, 'SCHOOL_CONTACTS') },
  admissions: [{ plannedSeats: 100, admitted: 100, publishedAt: '2026-08-01T00:00:00Z', explanation: null, preferential: [] }],
  transfers: [{ term: 'AUTUMN' }], namedLists: [], ...over,
});
const input = (schools: ChecklistSchool[], over: Partial<ComplianceInput> = {}): ComplianceInput => ({
  year: 2026, stage: 'PRIMARY', asOf: '2026-10-10', schools, excluded: new Map(), overdue: new Map(),
  registrationOpensOn: '2026-07-01', resultsDueOn: '2026-08-28', rulesInterpreted: true, workingDaysUntil: () => 3, ...over,
});

describe('buildComplianceRows', () => {
  it('when a school published everything due, then every applicable cell is OK and the spring term is not yet due', () => {
    const [row] = buildComplianceRows(input([school()]));
    const states = Object.values(row!.cells).map((c) => c.state);
    expect(states.filter((s) => s !== 'OK' && s !== 'NOT_APPLICABLE')).toEqual([]);
    expect(row!.cells.TRANSFERS.detail).toBe('已公开：秋季学期');
  });

  it('when admitted differs from planned without explanation, then the results cell is PROBLEM', () => {
    const [row] = buildComplianceRows(input([school({ admissions: [{ plannedSeats: 100, admitted: 90, publishedAt: '2026-08-01T00:00:00Z', explanation: null, preferential: [] }] })]));
    expect(row!.cells.ADMISSION_RESULTS.state).toBe('PROBLEM');
  });

  it('when figures are missing and the deadline passed, then the cell is OVERDUE with the working days; before it, MISSING with the days left', () => {
    const late = buildComplianceRows(input([school({ admissions: [] })], { overdue: new Map([['2137081101', { reason: 'ROUND_CLOSED', dueOn: '2026-08-28', workingDaysOverdue: 7 }]]) }));
    expect(late[0]!.cells.ADMISSION_RESULTS).toMatchObject({ state: 'OVERDUE', workingDaysOverdue: 7 });
    const early = buildComplianceRows(input([school({ admissions: [] })], { asOf: '2026-08-20' }));
    expect(early[0]!.cells.ADMISSION_RESULTS).toMatchObject({ state: 'MISSING', dueOn: '2026-08-28', workingDaysLeft: 3 });
  });

  it('when a preferential admission cites a document published after the result, then the policy cell is PROBLEM naming it', () => {
    const cited = [{ policyDocumentNumber: '兖教发〔2026〕3号', policyDocument: { publishedAt: '2026-09-01T00:00:00Z' } }];
    const [row] = buildComplianceRows(input([school({ admissions: [{ plannedSeats: 10, admitted: 10, publishedAt: '2026-08-01T00:00:00Z', explanation: null, preferential: cited }] })]));
    expect(row!.cells.POLICY_BEFORE_USE.state).toBe('PROBLEM');
    expect(row!.cells.POLICY_BEFORE_USE.detail).toContain('兖教发〔2026〕3号');
  });

  it('when a school is closed, then every cell is not applicable; when not yet open, only the operating items are', () => {
    const closed = buildComplianceRows(input([school()], { excluded: new Map([['2137081101', { reason: 'CLOSED', on: '2025-07-01' }]]) }));
    expect(Object.values(closed[0]!.cells).every((c) => c.state === 'NOT_APPLICABLE')).toBe(true);
    const planned = buildComplianceRows(input([school({ admissions: [] })], { excluded: new Map([['2137081101', { reason: 'NOT_YET_OPEN', on: '2027-09-01' }]]) }));
    expect(planned[0]!.cells.ADMISSION_RESULTS.state).toBe('NOT_APPLICABLE');
    expect(planned[0]!.cells.CATCHMENT.state).toBe('OK');
  });
});

describe('complianceCsv', () => {
  it('when exported, then the file starts with a BOM, has Chinese headers and neutralises formula-like names', () => {
    const csv = complianceCsv(buildComplianceRows(input([school({ name: '=HYPERLINK("x")' })])));
    expect(csv.startsWith('\uFEFF学校标识码,学校名称,办学状态,划片范围')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
