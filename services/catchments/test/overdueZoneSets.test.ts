import { beijingDate } from '@zsgk/working-days';
import { approve, BUREAU, IMPORT, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';

// Zone sets decided on Friday 2026-09-25 are due 2026-10-29: 20 working days skip the Mid-Autumn /
// National Day holiday 2026 (9/25–27, 10/1–7) and count the make-up Saturday 10/10.
const DECIDED = '2026-09-25';
const DUE = '2026-10-29';
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;

const ok = async (query: string, variables: Record<string, unknown>, identity: object = BUREAU) => {
  const res = await harness.client.request(query, variables, identity as never);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0] as any;
};
const PUBLISH = `mutation($id: ID!, $d: String) { publishCatchmentSet(setId: $id, decidedOn: $d) { id decidedOn } }`;
const CLOCK = `query($d: String!, $asOf: String) { overdueZoneSets(districtCode: $d, asOf: $asOf) { asOf workingDays
  overdue { setId label change { id status } state decidedOn dueOn publishedOn workingDaysOverdue calendarCovered missingCalendarYears }
  publishedLate { setId decidedOn dueOn publishedOn } } }`;
const clock = (asOf?: string) => ok(CLOCK, { d: '370812', asOf });
const draft = async (stage: string) =>
  (await ok(IMPORT, { input: { districtCode: '370812', year: 2026, stage, sourceDocument: '兖教发〔2026〕1号', content: JSON.stringify({ type: 'FeatureCollection', features: [
    squareZone('西区', ['3708120001'], [116.78, 35.54, 116.8, 35.56]),
  ] }) } })).setId as string;

let published: string;
let waiting: string;
beforeAll(async () => {
  harness = await startCatchmentsServer();
  // PRIMARY: decided 9/25, approved today (late). JUNIOR: decided 9/25, waiting for review.
  published = await draft('PRIMARY');
  await approve(harness.client, (await ok(PUBLISH, { id: published, d: DECIDED })).id, REVIEWER);
  waiting = await draft('JUNIOR');
  expect((await ok(PUBLISH, { id: waiting, d: DECIDED })).decidedOn).toBe(DECIDED);
});
afterAll(() => harness.stop());

describe('the publication clock of zone sets', () => {
  it('when the bureau asks on 2026-11-02, then zone sets decided before National Day are 2 working days overdue', async () => {
    const c = await clock('2026-11-02');
    expect(c).toMatchObject({ asOf: '2026-11-02', workingDays: 20 });
    expect(c.overdue.map((o: any) => [o.setId, o.decidedOn, o.dueOn, o.workingDaysOverdue, o.state, o.calendarCovered]).sort()).toEqual(
      [[published, DECIDED, DUE, 2, 'OVERDUE', true], [waiting, DECIDED, DUE, 2, 'OVERDUE', true]].sort(),
    );
    expect(c.overdue.find((o: any) => o.setId === waiting).label).toMatch(/划片方案/);
  });

  it('when the bureau asks today, then the set approved after its deadline is published late and the other still overdue', async () => {
    const c = await clock();
    expect(c.publishedLate).toEqual([{ setId: published, decidedOn: DECIDED, dueOn: DUE, publishedOn: beijingDate() }]);
    expect(c.overdue.map((o: any) => [o.setId, o.change.status])).toEqual([[waiting, 'SUBMITTED']]);
  });

  it('when the days overdue run into 2027 (not on the calendar), then the set is flagged uncovered naming 2027', async () => {
    const c = await clock('2027-01-04');
    expect(c.overdue.map((o: any) => [o.calendarCovered, o.missingCalendarYears])).toEqual([[false, [2027]]]);
  });

  it('when decidedOn is in the future, then publishing is refused in Chinese naming the field', async () => {
    const res = await harness.client.request(PUBLISH, { id: await draft('PRIMARY'), d: '2099-01-01' }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decidedOn' });
    expect(res.errors![0]!.message).toMatch(/决定日期（decidedOn）2099-01-01 晚于今天/);
  });

  it('when another district or the public asks, then it is refused', async () => {
    expect((await harness.client.request(CLOCK, { d: '370812' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await harness.client.request(CLOCK, { d: '370812' }, { role: 'BUREAU', subject: 'x', districtCode: '370811' })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
