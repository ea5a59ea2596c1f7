import { connectMongo } from '@zsgk/db';
import { GraphqlClient, listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';
import { schoolRow, startSchoolsServer } from './schoolsServer';

// Two replicas on one database that poll only once a minute: within the test, replica B never polls.
const POLL_MS = 60_000;
let replicaA: Awaited<ReturnType<typeof startSchoolsServer>>;
let replicaB: { client: GraphqlClient; server: Awaited<ReturnType<typeof createServer>>; stop(): Promise<void> };
beforeAll(async () => {
  replicaA = await startSchoolsServer({ catalogPollMs: POLL_MS });
  // Its own connection, as another process would have.
  const connection = await connectMongo(replicaA.database.uri, replicaA.database.name);
  const server = await createServer({ connection, identitySecret: TEST_IDENTITY_SECRET, catalogPollMs: POLL_MS, ledgerDb: replicaA.ledgerDb });
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

// What catchments' zone import and admissions' plan checks ask before they accept a write.
const LOOKUP = 'query($a: ID!, $b: ID!) { a: school(id: $a) { id districtCode } b: school(id: $b) { id districtCode } }';

it('when schools were approved on replica A a moment ago, then a register lookup on replica B finds them at once', async () => {
  await replicaA.importApproved([schoolRow(1), schoolRow(2)]);

  const res = await replicaB.client.request(LOOKUP, { a: '3708120001', b: '3708120002' });

  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ a: { id: '3708120001', districtCode: '370812' }, b: { id: '3708120002', districtCode: '370812' } });
});

it('when a lookup finds every school in memory, then it reads nothing from the database; when one misses, then one revision read before it answers null', async () => {
  const reads = jest.spyOn(replicaB.server.repository, 'readRevision');
  try {
    const hit = await replicaB.client.request(LOOKUP, { a: '3708120001', b: '3708120002' });
    expect(hit.data).toEqual({ a: { id: '3708120001', districtCode: '370812' }, b: { id: '3708120002', districtCode: '370812' } });
    expect(reads).not.toHaveBeenCalled();

    const miss = await replicaB.client.request(LOOKUP, { a: '3708120001', b: '3708129999' });
    expect(miss.errors).toBeUndefined();
    expect(miss.data).toEqual({ a: { id: '3708120001', districtCode: '370812' }, b: null });
    expect(reads).toHaveBeenCalledTimes(1);
  } finally {
    reads.mockRestore();
  }
});

// What catchments' zone import (schools matched by name) and admissions' roster ask before they accept a write.
const DISTRICT_LIST = 'query($fresh: Boolean) { schools(filter: { districtCode: "370812" }, first: 500, fresh: $fresh) { nodes { id } } }';

it('when schools were approved on replica A a moment ago, then a district list asked fresh on replica B includes them, and a plain list waits for the poll', async () => {
  await replicaA.importApproved([schoolRow(3)]);

  const plain = await replicaB.client.request(DISTRICT_LIST, { fresh: false });
  const fresh = await replicaB.client.request(DISTRICT_LIST, { fresh: true });

  const ids = (res: typeof plain) => (res.data!.schools.nodes as { id: string }[]).map((n) => n.id);
  expect(ids(fresh)).toEqual(['3708120001', '3708120002', '3708120003']);
  // The public read path never pays the database read: it answers from the copy of the last poll (or of the last fresh read).
  expect(ids(plain)).toEqual(['3708120001', '3708120002']);
});
