import { contentHash, openPublicationLog } from '@zsgk/publication';
import { contentOf } from '../src/register/contentOf';
import { BUREAU, schoolRow, startSchoolsServer, approveOrThrow } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
  await harness.importApproved([schoolRow(1)]);
  const res = await harness.client.request('mutation { updateSchool(id: "3708120001", patch: { enquiryPhone: "0537-3400001" }) { change { id } } }', {}, BUREAU);
  await approveOrThrow(harness.client, res.data!.updateSchool.change.id);
});
afterAll(() => harness.stop());

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PublicationLogEntry { recordId schoolsContent } } }';
const served = async (recordId: string, version: number) =>
  (await harness.client.request(ENTITIES, { r: [{ __typename: 'PublicationLogEntry', kind: 'SCHOOL', recordId, version }] })).data!._entities[0].schoolsContent as string;

it('when a version is published and superseded, then its log entries carry the hash of its content, and schoolsContent hashes to the same', async () => {
  const log = openPublicationLog(harness.database.connection, harness.ledgerDb);
  const v1 = await log.entriesForRecord('SCHOOL:3708120001@v1');
  const v2 = await log.entriesForRecord('SCHOOL:3708120001@v2');
  expect(v1.map((e) => e.event)).toEqual(['PUBLISHED', 'SUPERSEDED']);
  expect(v2.map((e) => e.event)).toEqual(['PUBLISHED']);
  expect(v1[0]!.contentHash).toBe(v1[1]!.contentHash);

  const stored = await harness.server.repository.findRecordsById(['SCHOOL:3708120001@v1', 'SCHOOL:3708120001@v2']);
  expect(v2[0]!.contentHash).toBe(contentHash(contentOf(stored.get('SCHOOL:3708120001@v2')!)));
  for (const [entry, version] of [[v1[0]!, 1], [v2[0]!, 2]] as const) {
    const json = await served(entry.recordId, version);
    expect(JSON.parse(json)).toMatchObject({ id: '3708120001', version });
    expect(contentHash(JSON.parse(json))).toBe(entry.contentHash);
  }
});

it('when a school is read, then its recordId and contentHash name and match its PUBLISHED log entry', async () => {
  const [entry] = await openPublicationLog(harness.database.connection, harness.ledgerDb).entriesForRecord('SCHOOL:3708120001@v2');
  const res = await harness.client.request('{ school(id: "3708120001") { recordId contentHash } }');
  expect(res.data!.school).toEqual({ recordId: entry!.recordId, contentHash: entry!.contentHash });
});

it('when a stored version is edited directly in the database, then schoolsContent no longer matches its log entry', async () => {
  const log = openPublicationLog(harness.database.connection, harness.ledgerDb);
  const [entry] = await log.entriesForRecord('SCHOOL:3708120001@v2');
  await harness.database.connection.collection('school_versions').updateOne({ _id: 'SCHOOL:3708120001@v2' as never }, { $set: { enquiryPhone: '0537-3666666' } });
  const json = await served('SCHOOL:3708120001@v2', 2);
  expect(JSON.parse(json).enquiryPhone).toBe('0537-3666666');
  expect(contentHash(JSON.parse(json))).not.toBe(entry!.contentHash);
});

it('when the entry is of another kind, then schoolsContent is null', async () => {
  const res = await harness.client.request(ENTITIES, { r: [{ __typename: 'PublicationLogEntry', kind: 'ZONE_SET', recordId: 'ZONE_SET:x@v1', version: 1 }] });
  expect(res.data!._entities[0].schoolsContent).toBeNull();
});
