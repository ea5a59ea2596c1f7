import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnnualReport } from '@zsgk/gateway/src/reports';
import { verifyPublicationLog } from '@zsgk/publication';
import { beijingDate, WorkingDayCalendar } from '@zsgk/working-days';
import { startSystem } from './support/startSystem';

/**
 * Issue 13 items 4–6, end to end: policy documents are published through the gateway with the date
 * they were decided (decidedOn), which each published version carries in its content; the annual
 * report (JSON, /reports/annual) then counts the one decided 30 working days ago late and names its
 * deadline, the one decided yesterday on time, and a version whose change was submitted before the
 * decision date was recorded (its review event has none) as 未记录 — and the standalone verifier
 * still finds every entry's served content matching its logged hash.
 */
const DISTRICT = '370812';
const CLERK = { role: 'BUREAU', subject: 'timeliness-clerk', districtCode: DISTRICT } as const;
const REVIEWER = { role: 'BUREAU', subject: 'timeliness-reviewer', districtCode: DISTRICT } as const;
const today = beijingDate();
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** 30 weekdays back: past the 20-working-day deadline whatever holidays fall between. */
function workingDaysBack(count: number): string {
  const weekends = new WorkingDayCalendar({});
  let date = today;
  for (let n = 0; n < count; ) {
    date = dayBefore(date);
    if (weekends.isWorkingDay(date)) n += 1;
  }
  return date;
}
const LATE = workingDaysBack(30);
const YESTERDAY = dayBefore(today);

let system: Awaited<ReturnType<typeof startSystem>>;
async function as(identity: typeof CLERK | typeof REVIEWER | null, query: string, variables: Record<string, unknown> = {}) {
  const headers = identity ? { authorization: `Bearer ${await system.token(identity)}` } : undefined;
  const response = await system.gateway.request(query, variables, undefined, headers);
  if (response.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data as Record<string, any>;
}

/** Saves and submits a policy document; `beforeApproval` runs between submission and approval. */
async function publishPolicy(number: string, decidedOn: string | null, beforeApproval?: (itemId: string) => Promise<void>): Promise<void> {
  await as(CLERK, 'mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }', {
    input: { districtCode: DISTRICT, documentNumber: number, title: `关于招生入学的通知（${number}）`, issuer: '兖州区教育和体育局', categories: ['OTHER'], effectiveFrom: '2026-01-01', interpretation: '政策解读' },
  });
  const submitted = await as(CLERK, 'mutation($id: ID!, $d: String) { publishPolicyDocument(id: $id, decidedOn: $d) { id } }', { id: `${DISTRICT}/${number}`, d: decidedOn });
  await beforeApproval?.(submitted.publishPolicyDocument.id);
  await as(REVIEWER, 'mutation($id: ID!) { approveBureauChange(id: $id) { status } }', { id: submitted.publishPolicyDocument.id });
}

beforeAll(async () => {
  system = await startSystem();
  await publishPolicy('兖教发〔2026〕41号', LATE);
  await publishPolicy('兖教发〔2026〕42号', YESTERDAY);
  // A change submitted before decision dates were recorded: its SUBMITTED review event has none.
  await publishPolicy('兖教发〔2026〕43号', null, async (itemId) => {
    const unset = await system.databases.admissions.connection.db!.collection('review_events').updateOne({ _id: `${itemId}#0` as never }, { $unset: { decidedOn: '' } });
    expect(unset.modifiedCount).toBe(1);
  });
}, 180_000);
afterAll(() => system?.stop());

async function fetchReport(): Promise<AnnualReport> {
  const response = await fetch(`${system.gatewayBaseUrl}/reports/annual/${DISTRICT}/${today.slice(0, 4)}.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as AnnualReport;
}

describe('the annual report’s 公开时限 from the published decision dates', () => {
  it('when a document decided 30 working days ago and one decided yesterday are published today, then the first is late with its deadline and the second on time', async () => {
    const report = await fetchReport();
    const { dueOn } = (await as(null, `{ publicationDeadline(from: "${LATE}", workingDays: 20) { dueOn } }`)).publicationDeadline;
    expect(dueOn < today).toBe(true);
    expect(report.timeliness.withDecisionDate).toBe(2);
    expect(report.timeliness.onTime).toBe(1);
    expect(report.timeliness.late).toEqual([expect.objectContaining({ kind: 'POLICY_DOCUMENT', decidedOn: LATE, dueOn, on: today })]);
  });

  it('when a version was published from a change without a decision date, then it is counted as without one (未记录) and the HTML says so', async () => {
    const report = await fetchReport();
    expect(report.timeliness.withoutDecisionDate).toEqual({ POLICY_DOCUMENT: 1 });
    const html = await (await fetch(`${system.gatewayBaseUrl}/reports/annual/${DISTRICT}/${today.slice(0, 4)}.html`)).text();
    expect(html).toContain('未记录');
  });

  it('when the standalone verifier checks the district, then every served content (with or without decidedOn) matches its logged hash', async () => {
    const publicKeyPem = readFileSync(path.join(system.ledgerKeyDir, `${DISTRICT}.pub.pem`), 'utf8');
    const report = await verifyPublicationLog({ gatewayUrl: system.gatewayBaseUrl, districtCode: DISTRICT, publicKeyPem });
    expect(report.districts[0]!.mismatches).toEqual([]);
    expect(report.districts[0]!.problems).toEqual([]);
    expect(report.districts[0]!.matched).toBe(3);
    expect(report.ok).toBe(true);
  });
});
