import { openPublicationLog } from '@zsgk/publication';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';
import { schoolRow } from './schoolsServer';

it('when a register kept before review (schools + school_history) is started, then it is copied into published versions once and logged', async () => {
  const database = await openTestDatabase('schools_legacy');
  const ledgerDb = `${database.name}_ledger`;
  const { id, sampleData: _s, ...fields } = schoolRow(1) as Record<string, unknown>;
  const at = new Date('2026-01-05T08:00:00Z');
  await database.connection.collection('schools').insertOne({ _id: id as never, ...fields, sampleData: false, version: 2, updatedAt: at, updatedBy: 'old-clerk' });
  await database.connection.collection('school_history').insertOne({
    _id: `${id}:1` as never, schoolId: id, ...fields, name: '旧名', sampleData: false, version: 1, updatedAt: new Date('2025-09-01T00:00:00Z'), updatedBy: 'old-clerk',
    supersededAt: at, supersededBy: 'old-clerk', changedFields: ['name'],
  });
  try {
    for (let start = 0; start < 2; start++) {
      const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb });
      const listening = await listenOnFreePort(server.app);
      const res = await new GraphqlClient(`${listening.baseUrl}/graphql`).request('{ school(id: "3708120001") { name version recordId history { version name recordStatus } } }');
      expect(res.data!.school).toEqual({ name: '兖州区第1实验小学', version: 2, recordId: 'SCHOOL:3708120001@v2', history: [{ version: 1, name: '旧名', recordStatus: 'SUPERSEDED' }] });
      await listening.close();
      await server.stop();
    }
    const entries = await openPublicationLog(database.connection, ledgerDb).entriesForRecord('SCHOOL:3708120001@v2');
    expect(entries.map((e) => e.event)).toEqual(['PUBLISHED']);
  } finally {
    await database.connection.useDb(ledgerDb).dropDatabase();
    await database.drop();
  }
});
