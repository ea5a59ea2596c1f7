import {
  APPROVE, APPROVE_CHANGE, BUREAU, DISTRICT, FOREIGN_DISTRICT, FOREIGN_SCHOOL, IMPORT_RESULTS, IMPORT_RULES, OTHER_BUREAU, RETURN, RETURN_CHANGE, resultInput, resultRow,
  SAVE_RESULT, SCHOOL_A, schoolUser, SECOND_BUREAU, startAdmissionsServer, UNREGISTERED_SCHOOL,
} from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
let pendingChangeId: string;
let submissionId: string;
const POLICY_ID = `${DISTRICT}/兖教发〔2026〕3号`;
const OTHER_BUREAU_OWN = { ...OTHER_BUREAU }; // a 370811 officer, acting in 370811's name
const policyInput = (districtCode: string) => ({ districtCode, documentNumber: '兖教发〔2026〕3号', title: '军人子女入学优待', issuer: '教育局', categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '解读' });
const namedList = (districtCode: string, schoolId: string) => ({ districtCode, schoolId, kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '录取名单', entries: [{ name: '张三明' }] });
const rows = (schoolId: string) => JSON.stringify([resultRow({ schoolId, correctionReason: '更正' })]);

beforeAll(async () => {
  harness = await startAdmissionsServer();
  const c = harness.client;
  await c.request(`mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`, { input: policyInput(DISTRICT) }, BUREAU);
  const published = await c.request(`mutation { publishPolicyDocument(id: "${POLICY_ID}") { id } }`, {}, BUREAU);
  await c.request(APPROVE_CHANGE, { id: published.data!.publishPolicyDocument.id }, SECOND_BUREAU);
  const pending = await c.request(IMPORT_RULES, { input: { districtCode: DISTRICT, content: JSON.stringify([{ year: 2026, stage: 'PRIMARY', title: '方案', admissionMethod: '就近入学', interpretation: '按划片就近入学' }]) } }, BUREAU);
  pendingChangeId = pending.data!.importEnrolmentRules.review.id;
  submissionId = (await c.request(SAVE_RESULT, { input: resultInput(), submit: true }, schoolUser(SCHOOL_A))).data!.saveAdmissionResult.id;
});
afterAll(() => harness.stop());

/** Every bureau mutation of this subgraph, sent at another district's record (or an unregistered school). */
const CASES: [string, () => Promise<any>, 'FORBIDDEN' | 'NOT_FOUND', () => string[], string][] = [
  ['importEnrolmentRules into another district', () => harness.client.request(IMPORT_RULES, { input: { districtCode: DISTRICT, content: '[]' } }, OTHER_BUREAU), 'FORBIDDEN', () => [DISTRICT], DISTRICT],
  ['importAdmissionResults into another district', () => harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: rows(SCHOOL_A) } }, OTHER_BUREAU), 'FORBIDDEN', () => [DISTRICT], DISTRICT],
  ['importAdmissionResults of a foreign school into the own district', () => harness.client.request(IMPORT_RESULTS, { input: { districtCode: FOREIGN_DISTRICT, content: rows(SCHOOL_A) } }, OTHER_BUREAU_OWN), 'FORBIDDEN', () => [SCHOOL_A, DISTRICT], DISTRICT],
  ['importAdmissionResults of a school registered elsewhere', () => harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: rows(FOREIGN_SCHOOL) } }, BUREAU), 'FORBIDDEN', () => [FOREIGN_SCHOOL, FOREIGN_DISTRICT], FOREIGN_DISTRICT],
  ['importAdmissionResults of an unregistered school', () => harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: rows(UNREGISTERED_SCHOOL) } }, BUREAU), 'NOT_FOUND', () => [UNREGISTERED_SCHOOL], DISTRICT],
  ['publishNamedList on a foreign school', () => harness.client.request(`mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }`, { input: namedList(FOREIGN_DISTRICT, SCHOOL_A) }, OTHER_BUREAU_OWN), 'FORBIDDEN', () => [SCHOOL_A, DISTRICT], DISTRICT],
  ['publishNamedList into another district', () => harness.client.request(`mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }`, { input: namedList(DISTRICT, SCHOOL_A) }, OTHER_BUREAU), 'FORBIDDEN', () => [DISTRICT], DISTRICT],
  ['publishNamedList on an unregistered school', () => harness.client.request(`mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }`, { input: namedList(DISTRICT, UNREGISTERED_SCHOOL) }, BUREAU), 'NOT_FOUND', () => [UNREGISTERED_SCHOOL], DISTRICT],
  ['savePolicyDocument into another district', () => harness.client.request(`mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`, { input: policyInput(DISTRICT) }, OTHER_BUREAU), 'FORBIDDEN', () => [DISTRICT], DISTRICT],
  ['publishPolicyDocument of another district', () => harness.client.request(`mutation { publishPolicyDocument(id: "${POLICY_ID}") { id } }`, {}, OTHER_BUREAU), 'FORBIDDEN', () => [POLICY_ID, DISTRICT], DISTRICT],
  ['setPolicyDocumentExpiry of another district', () => harness.client.request(`mutation { setPolicyDocumentExpiry(id: "${POLICY_ID}", effectiveUntil: "2024-06-30") { id } }`, {}, OTHER_BUREAU), 'FORBIDDEN', () => [POLICY_ID, DISTRICT], DISTRICT],
  ['approveBureauChange of another district', () => harness.client.request(APPROVE_CHANGE, { id: pendingChangeId }, OTHER_BUREAU), 'FORBIDDEN', () => [pendingChangeId, DISTRICT], DISTRICT],
  ['returnBureauChange of another district', () => harness.client.request(RETURN_CHANGE, { id: pendingChangeId, reason: '不对' }, OTHER_BUREAU), 'FORBIDDEN', () => [pendingChangeId, DISTRICT], DISTRICT],
  ['approveSubmission of another district', () => harness.client.request(APPROVE, { id: submissionId }, OTHER_BUREAU), 'FORBIDDEN', () => [submissionId, DISTRICT], DISTRICT],
  ['returnSubmission of another district', () => harness.client.request(RETURN, { id: submissionId, reason: '不对' }, OTHER_BUREAU), 'FORBIDDEN', () => [submissionId, DISTRICT], DISTRICT],
];

const refusals = async (districtCode: string) => {
  const officer = { role: 'BUREAU', subject: 'auditor', districtCode } as const;
  const res = await harness.client.request(`{ history(districtCode: "${districtCode}", first: 1000) { action actor entityId summary } }`, {}, officer);
  return res.data!.history.filter((e: any) => e.action.startsWith('REFUSED_'));
};

describe('district scope of every bureau mutation', () => {
  it.each(CASES)('when a bureau sends %s, then it is refused naming the record and its district, nothing is stored, and the refusal is in the targeted district’s audit', async (_what, send, code, names, target) => {
    const named = names();
    const before = { reviews: await harness.count('review_events'), drafts: await harness.count('policy_documents'), audit: (await refusals(target)).length };
    const res = await send();
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    for (const name of named) expect(res.errors![0]!.message).toContain(name);
    expect(await harness.count('review_events')).toBe(before.reviews);
    expect(await harness.count('policy_documents')).toBe(before.drafts);
    const after = await refusals(target);
    expect(after).toHaveLength(before.audit + 1);
    expect(after[0].summary).toContain(named[0]);
  });

  it('when the review item and the submission are looked at after the refusals, then they are untouched', async () => {
    const changes = await harness.client.request(`{ bureauChanges(districtCode: "${DISTRICT}", status: SUBMITTED) { id } }`, {}, BUREAU);
    expect(changes.data!.bureauChanges.map((c: any) => c.id)).toContain(pendingChangeId);
    const submission = await harness.client.request(`{ submission(id: "${submissionId}") { status } }`, {}, BUREAU);
    expect(submission.data!.submission.status).toBe('SUBMITTED');
  });
});

describe('latest year per district', () => {
  it('when two districts publish rules for different years, then each school’s enrolmentRules default to its own district’s latest year', async () => {
    const other = { role: 'BUREAU', subject: 'other-2', districtCode: FOREIGN_DISTRICT } as const;
    const rule = (year: number) => ({ year, stage: 'PRIMARY', title: `${year} 方案`, admissionMethod: '就近入学', interpretation: '按划片就近入学' });
    const submitted = await harness.client.request(IMPORT_RULES, { input: { districtCode: FOREIGN_DISTRICT, content: JSON.stringify([rule(2027)]) } }, OTHER_BUREAU);
    await harness.client.request(APPROVE_CHANGE, { id: submitted.data!.importEnrolmentRules.review.id }, other);
    await harness.client.request(APPROVE_CHANGE, { id: pendingChangeId }, SECOND_BUREAU); // 370812: 2026
    const res = await harness.client.request(`{ _entities(representations: [
      { __typename: "School", id: "${SCHOOL_A}", districtCode: "${DISTRICT}" }, { __typename: "School", id: "${FOREIGN_SCHOOL}", districtCode: "${FOREIGN_DISTRICT}" }]) {
      ... on School { enrolmentRules { year } } } }`);
    expect(res.data!._entities.map((s: any) => s.enrolmentRules.map((r: any) => r.year))).toEqual([[2026], [2027]]);
  });
});
