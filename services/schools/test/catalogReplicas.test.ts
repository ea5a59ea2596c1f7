import { GraphqlClient, listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';
import { approveOrThrow, BUREAU, IMPORT, schoolRow, startSchoolsServer } from './schoolsServer';

let replicaA: Awaited<ReturnType<typeof startSchoolsServer>>;
let replicaB: { client: GraphqlClient; stop(): Promise<void> };
beforeAll(async () => {
  replicaA = await startSchoolsServer();
  // A second replica on the same database, as behind a load balancer.
  const server = await createServer({ connection: replicaA.database.connection, identitySecret: TEST_IDENTITY_SECRET, catalogPollMs: 100, ledgerDb: replicaA.ledgerDb });
  const listening = await listenOnFreePort(server.app);
  replicaB = {
    client: new GraphqlClient(`${listening.baseUrl}/graphql`),
    stop: async () => {
      await listening.close();
      await server.stop();
    },
  };
});
afterAll(async () => {
  await replicaB.stop();
  await replicaA.stop();
});

const namesOn = async (client: GraphqlClient) =>
  (await client.request('{ schools(filter: { text: "兖州" }) { nodes { name } } }')).data!.schools.nodes.map((n: { name: string }) => n.name);

it('when one replica publishes, then its own search shows it at once and the other replica within its poll interval', async () => {
  await replicaA.importApproved([schoolRow(1)]);
  expect(await namesOn(replicaA.client)).toEqual(['兖州区第1实验小学']);

  const deadline = Date.now() + 5000;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await namesOn(replicaB.client);
    if (seen.length) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(seen).toEqual(['兖州区第1实验小学']);

  const update = await replicaB.client.request('mutation { updateSchool(id: "3708120001", patch: { name: "兖州区第一实验小学" }) { change { id } } }', {}, BUREAU);
  await approveOrThrow(replicaB.client, update.data!.updateSchool.change.id);
  expect(await namesOn(replicaB.client)).toEqual(['兖州区第一实验小学']);
});

it('when another replica changed a school a moment ago, then an import on this replica compares with that change, not a stale copy', async () => {
  const row = schoolRow(2);
  await replicaA.importApproved([row]);
  const update = await replicaB.client.request('mutation { updateSchool(id: "3708120002", patch: { name: "改过的名字" }) { change { id } } }', {}, BUREAU);
  await approveOrThrow(replicaB.client, update.data!.updateSchool.change.id);
  // Replica A polls only every 2 s; its import must still see replica B's change (and so hold the old row back).
  const again = await replicaA.client.request(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify([row]) } }, BUREAU);
  expect(again.data!.importSchools).toMatchObject({ accepted: true, updated: 0, unchanged: 0, conflicted: 1, change: null });
  expect(again.data!.importSchools.conflicts).toEqual([expect.objectContaining({ row: 1, field: 'name', currentValue: '"改过的名字"', changedInVersion: 2 })]);
  const read = await replicaA.client.request('{ school(id: "3708120002") { name version } }');
  expect(read.data!.school).toEqual({ name: '改过的名字', version: 2 });
});
