import { schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
  const rows = Array.from({ length: 100 }, (_, i) => schoolRow(i + 1));
  expect((await harness.importApproved(rows)).created).toBe(100);
});
afterAll(() => harness.stop());

it('when the gateway asks for 100 School entities, then the subgraph answers them from the in-memory register, with no database query', async () => {
  const queries: string[] = [];
  harness.database.connection.set('debug', (collection: string, method: string) => {
    queries.push(`${collection}.${method}`);
  });
  const representations = Array.from({ length: 100 }, (_, i) => ({ __typename: 'School', id: String(3708120001 + i) }));
  const res = await harness.client.request('query($r: [_Any!]!) { _entities(representations: $r) { ... on School { id name } } }', {
    r: representations,
  });
  harness.database.connection.set('debug', false);
  expect(res.data!._entities).toHaveLength(100);
  expect(res.data!._entities[99]).toEqual({ id: '3708120100', name: '兖州区第100实验小学' });
  expect(queries).toEqual([]);
});
