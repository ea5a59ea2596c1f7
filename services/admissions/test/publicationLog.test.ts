import { contentHash } from '@zsgk/publication';
import { APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RESULTS, IMPORT_RULES, importApproved, resultRow, SECOND_BUREAU, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const CONTENT = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublicationLogEntry { admissionsContent } } }`;
const contentOf = async (entry: { kind: string; recordId: string; version: number }) => {
  const res = await harness.client.request(CONTENT, { reps: [{ __typename: 'PublicationLogEntry', kind: entry.kind, recordId: entry.recordId, version: entry.version }] });
  return res.data!._entities[0].admissionsContent as string | null;
};

describe('publication log entries and PublicationLogEntry.admissionsContent', () => {
  it('when results and rules are published, then every log entry carries the hash of the content the service serves for that version', async () => {
    await importApproved(harness.client, IMPORT_RULES, 'importEnrolmentRules', [{ year: 2026, stage: 'PRIMARY', title: '方案', admissionMethod: '就近入学', interpretation: '解读', timetable: [{ phase: '报名', startsOn: '2026-06-20', endsOn: '2026-06-26' }] }]);
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow(), resultRow({ schoolId: '2137081002' })]);
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow({ plannedSeats: 200, admitted: 200, correctionReason: '计划数录入错误' })]);
    const entries = await harness.logEntries();
    expect(entries.map((e) => `${e.kind}:${e.version}:${e.event}`)).toEqual([
      'ENROLMENT_RULES:1:PUBLISHED', 'ADMISSION_RESULT:1:PUBLISHED', 'ADMISSION_RESULT:1:PUBLISHED', 'ADMISSION_RESULT:2:PUBLISHED', 'ADMISSION_RESULT:1:CORRECTED',
    ]);
    for (const entry of entries) {
      const content = await contentOf(entry);
      expect(content).not.toBeNull();
      expect(contentHash(JSON.parse(content!))).toBe(entry.contentHash);
    }
    // The correction's reason is part of what was published.
    expect(JSON.parse((await contentOf(entries[3]!))!)).toMatchObject({ version: 2, correctionReason: '计划数录入错误', plannedSeats: 200 });
  });

  it('when every entry is asked for in one request (as the verifier does), then each gets its own content, and a wrong version or another service’s kind gets null', async () => {
    const entries = await harness.logEntries();
    const reps = [...entries, { ...entries[0]!, version: 9 }, { kind: 'SCHOOL', recordId: 'SCHOOL:2137081001@v1', version: 1 }]
      .map((e) => ({ __typename: 'PublicationLogEntry', kind: e.kind, recordId: e.recordId, version: e.version }));
    const served = (await harness.client.request(CONTENT, { reps })).data!._entities.map((e: { admissionsContent: string | null }) => e.admissionsContent);
    expect(served.slice(0, entries.length).map((content: string) => contentHash(JSON.parse(content)))).toEqual(entries.map((e) => e.contentHash));
    expect(served.slice(entries.length)).toEqual([null, null]);
  });

  it('when rules and results are read, then their recordId and contentHash name and match their PUBLISHED log entries', async () => {
    const published = new Map((await harness.logEntries()).filter((e) => e.event === 'PUBLISHED').map((e) => [e.recordId, e.contentHash]));
    const res = await harness.client.request(`{
      enrolmentRules(districtCode: "${DISTRICT}", year: 2026, stage: PRIMARY) { recordId contentHash }
      admissionResults(districtCode: "${DISTRICT}", year: 2025) { recordId contentHash }
    }`);
    const records = [...res.data!.enrolmentRules, ...res.data!.admissionResults] as { recordId: string; contentHash: string }[];
    expect(records).toHaveLength(3);
    for (const record of records) expect(record.contentHash).toBe(published.get(record.recordId));
  });

  it('when a published version is edited directly in the database, then its content no longer matches the logged hash', async () => {
    const [entry] = (await harness.logEntries()).filter((e) => e.recordId === 'ADMISSION_RESULT:2137081002:2025:PRIMARY:1@v1');
    expect(contentHash(JSON.parse((await contentOf(entry!))!))).toBe(entry!.contentHash);
    await harness.database.connection.collection('admission_results').updateOne({ _id: entry!.recordId as never }, { $set: { admitted: 181 } });
    expect(contentHash(JSON.parse((await contentOf(entry!))!))).not.toBe(entry!.contentHash);
    const res = await harness.client.request(`{ admissionResults(districtCode: "${DISTRICT}", year: 2025) { recordId contentHash } }`);
    const served = (res.data!.admissionResults as { recordId: string; contentHash: string }[]).find((r) => r.recordId === entry!.recordId);
    expect(served!.contentHash).not.toBe(entry!.contentHash);
  });

  it('when a policy document’s dates are edited directly in the database, then its content no longer matches the logged hash', async () => {
    await harness.client.request(`mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`, {
      input: { districtCode: DISTRICT, documentNumber: '兖教发〔2026〕4号', title: '优待', issuer: '教育局', categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '解读' },
    }, BUREAU);
    const submitted = await harness.client.request(`mutation { publishPolicyDocument(id: "${DISTRICT}/兖教发〔2026〕4号") { id } }`, {}, BUREAU);
    await harness.client.request(APPROVE_CHANGE, { id: submitted.data!.publishPolicyDocument.id }, SECOND_BUREAU);
    const [entry] = (await harness.logEntries()).filter((e) => e.kind === 'POLICY_DOCUMENT');
    expect(contentHash(JSON.parse((await contentOf(entry!))!))).toBe(entry!.contentHash);
    await harness.database.connection.collection('policy_versions').updateOne({ _id: entry!.recordId as never }, { $set: { effectiveFrom: '2020-01-01' } });
    expect(contentHash(JSON.parse((await contentOf(entry!))!))).not.toBe(entry!.contentHash);
  });

  it('when the kind is another service’s, then admissionsContent is null', async () => {
    expect(await contentOf({ kind: 'SCHOOL', recordId: 'SCHOOL:2137081001@v1', version: 1 })).toBeNull();
  });
});
