import { BUREAU, DISTRICT, IMPORT_RESULTS, IMPORT_RULES, importApproved, resultRow, SCHOOL_A, startAdmissionsServer } from './admissionsServer';
import { startSchoolRegisterStub } from './schoolRegisterStub';

const OPEN_LATE = '2137081005';
const CLOSED = '2137081006';
const PLANNED = '2137081007';
const OPENS_LATER = '2137081008';
const CLOSED_LATER = '2137081009';
const JUNIOR_ONLY = '2137081010';
let register: Awaited<ReturnType<typeof startSchoolRegisterStub>>;
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;

const rules = {
  year: 2025, stage: 'PRIMARY', title: '2025年小学招生工作方案', admissionMethod: '就近免试入学', interpretation: '政策解读：就近免试入学', eligibility: ['户籍+房产'], papers: ['户口簿'],
  consultationPhone: '0537-3412345', supervisionPhone: '0537-3412346', petitionAddress: '兖州区教育局信访室',
  // The round closes on Friday 2025-09-19; 20 working days on, across National Day, is 2025-10-23.
  timetable: [{ phase: '网上报名', startsOn: '2025-06-20', endsOn: '2025-06-26' }, { phase: '补录', startsOn: '2025-09-15', endsOn: '2025-09-19' }],
};
const SUMMARY = `query($asOf: String) { admissionsSummary(districtCode: "${DISTRICT}", year: 2025, stage: PRIMARY, asOf: $asOf) {
  schoolsWithoutSubmission { count schools { id } }
  overdue { school { id } reason dueOn calendarCovered missingCalendarYears }
  excludedSchools { school { id } reason on } } }`;

beforeAll(async () => {
  const primary = { districtCode: DISTRICT, stages: ['PRIMARY'] };
  register = await startSchoolRegisterStub({
    [SCHOOL_A]: primary,
    [OPEN_LATE]: { ...primary, status: 'OPEN', openedOn: '2010-09-01' },
    [CLOSED]: { ...primary, status: 'CLOSED', openedOn: '1998-09-01', closedOn: '2025-07-31' },
    [PLANNED]: { ...primary, status: 'PLANNED', openedOn: '2026-09-01' },
    [OPENS_LATER]: { ...primary, status: 'OPEN', openedOn: '2026-09-01' },
    // Closed in 2026: it still owed its 2025 figures.
    [CLOSED_LATER]: { ...primary, status: 'CLOSED', openedOn: '2001-09-01', closedOn: '2026-07-31' },
    // A junior middle school: it owes no primary figures, and the summary says why it is not listed.
    [JUNIOR_ONLY]: { districtCode: DISTRICT, stages: ['JUNIOR'], status: 'OPEN', openedOn: '2005-09-01' },
  });
  harness = await startAdmissionsServer({ schoolsUrl: register.url });
  await importApproved(harness.client, IMPORT_RULES, 'importEnrolmentRules', [rules]);
  await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow({ schoolId: SCHOOL_A, plannedSeats: 180, applicants: 240, admitted: 180 })]);
});
afterAll(async () => {
  await harness.stop();
  await register.stop();
});

describe('overdue and missing submissions: closed and planned schools', () => {
  it('when the bureau asks after the deadline, then closed, not-yet-open and other-stage schools are neither overdue nor missing, and the exclusion is stated', async () => {
    const res = await harness.client.request(SUMMARY, { asOf: '2025-10-24' }, BUREAU);
    expect(res.errors).toBeUndefined();
    const s = res.data!.admissionsSummary;
    expect(s.schoolsWithoutSubmission).toEqual({ count: 2, schools: [{ id: OPEN_LATE }, { id: CLOSED_LATER }].sort((a, b) => a.id.localeCompare(b.id)) });
    expect(s.overdue).toEqual([CLOSED_LATER, OPEN_LATE].sort().map((id) => ({ school: { id }, reason: 'ROUND_CLOSED', dueOn: '2025-10-23', calendarCovered: true, missingCalendarYears: [] })));
    expect(s.excludedSchools).toEqual(expect.arrayContaining([
      { school: { id: CLOSED }, reason: 'CLOSED', on: '2025-07-31' },
      { school: { id: PLANNED }, reason: 'NOT_YET_OPEN', on: '2026-09-01' },
      { school: { id: OPENS_LATER }, reason: 'NOT_YET_OPEN', on: '2026-09-01' },
      { school: { id: JUNIOR_ONLY }, reason: 'STAGE_NOT_OFFERED', on: null },
    ]));
    expect(s.excludedSchools).toHaveLength(4);

    const list = await harness.client.request(`query($asOf: String) { overduePublications(districtCode: "${DISTRICT}", year: 2025, stage: PRIMARY, asOf: $asOf) { school { id } } }`, { asOf: '2025-10-24' }, BUREAU);
    expect(list.data!.overduePublications.map((o: { school: { id: string } }) => o.school.id).sort()).toEqual([CLOSED_LATER, OPEN_LATE].sort());
  });

  it('when the days overdue run into 2027 (not on the calendar), then the item is flagged uncovered and names 2027', async () => {
    const res = await harness.client.request(SUMMARY, { asOf: '2027-01-04' }, BUREAU);
    expect(res.errors).toBeUndefined();
    expect(res.data!.admissionsSummary.overdue.map((o: { calendarCovered: boolean; missingCalendarYears: number[] }) => [o.calendarCovered, o.missingCalendarYears]))
      .toEqual([[false, [2027]], [false, [2027]]]);
  });

  it('when a deadline from 2026-12-20 is asked, then it is flagged uncovered and names 2027', async () => {
    const res = await harness.client.request(`{ publicationDeadline(from: "2026-12-20") { dueOn calendarCovered missingCalendarYears } }`);
    expect(res.data!.publicationDeadline).toEqual({ dueOn: '2027-01-15', calendarCovered: false, missingCalendarYears: [2027] });
  });
});
