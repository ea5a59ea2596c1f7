import { connectMongo } from '@zsgk/db';
import { GraphqlClient, listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';
import { approve, REVIEWER, startCatchmentsServer } from './catchmentsServer';
import { BUREAU, IMPORT_GAZETTEER, publishTwoZones } from './gazetteerServer';

// Two replicas on one database that poll only once a minute: within the test, replica B never polls.
const POLL_MS = 60_000;
let replicaA: Awaited<ReturnType<typeof startCatchmentsServer>>;
let replicaB: { client: GraphqlClient; server: Awaited<ReturnType<typeof createServer>>; stop(): Promise<void> };
beforeAll(async () => {
  replicaA = await startCatchmentsServer({ indexPollMs: POLL_MS });
  // Its own connection, as another process would have.
  const connection = await connectMongo(replicaA.database.uri, replicaA.database.name);
  const server = await createServer({ connection, identitySecret: TEST_IDENTITY_SECRET, indexPollMs: POLL_MS, ledgerDb: replicaA.ledgerDb });
  const listening = await listenOnFreePort(server.app);
  replicaB = {
    client: new GraphqlClient(`${listening.baseUrl}/graphql`),
    server,
    stop: async () => {
      await listening.close();
      await server.stop();
      await connection.close();
    },
  };
});
afterAll(async () => {
  await replicaB?.stop();
  await replicaA?.stop();
});

it('when zones were published on replica A a moment ago, then a gazetteer import naming them on replica B is accepted at once', async () => {
  await publishTwoZones(replicaA.client);
  // Replica B has not polled: its read path still serves the zones it loaded at start (none).
  expect(replicaB.server.catalog.current().catchments.map((c) => c.name)).toEqual([]);

  const csv = ['name,lng,lat,primaryZone', '九州花园,116.79,35.55,西区', '龙桥小区,116.81,35.55,东区'].join('\n');
  const res = await replicaB.client.request(IMPORT_GAZETTEER, { input: { districtCode: '370812', year: 2026, content: csv } }, BUREAU);

  expect(res.errors).toBeUndefined();
  expect(res.data!.importGazetteer).toMatchObject({ accepted: true, imported: 2, problems: [] });
  await approve(replicaB.client, res.data!.importGazetteer.review.id, REVIEWER);
  // The write refreshed replica B's catalog, so its reads now show the published zones too.
  expect(replicaB.server.catalog.current().catchments.map((c) => c.name).sort()).toEqual(['东区', '西区']);
});

it('when nothing was published since the last load, then a write-time check reads only the version and keeps the same snapshot', async () => {
  await replicaB.server.catalog.fresh();
  const before = replicaB.server.catalog.current();
  expect(await replicaB.server.catalog.fresh()).toBe(before);
});
