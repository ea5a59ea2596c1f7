import path from 'node:path';
import { createSubgraphApp, loadSchema } from '@zsgk/subgraph-host';
import { listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';

export interface StubSchool {
  id: string;
  name: string;
  districtCode: string;
  stages: string[];
  status: 'OPEN' | 'CLOSED' | 'PLANNED';
}

/**
 * A stand-in for the schools subgraph that serves the schools subgraph's own schema.graphql (so
 * every query this service sends is validated against the real contract) over a list of schools.
 * `pageSize` forces paging so the client's page loop is exercised.
 */
export async function startSchoolRegisterStub(schools: StubSchool[], pageSize = 2) {
  const page = (list: StubSchool[], first: number, after: string | null) => {
    const start = after ? list.findIndex((s) => s.id === after) + 1 : 0;
    const nodes = list.slice(start, start + Math.min(first, pageSize));
    const hasNextPage = start + nodes.length < list.length;
    return { nodes, totalCount: list.length, endCursor: nodes.at(-1)?.id ?? null, hasNextPage };
  };
  const app = await createSubgraphApp({
    name: 'schools-stub',
    typeDefs: loadSchema(path.join(__dirname, '..', '..', 'schools', 'schema.graphql')),
    identitySecret: TEST_IDENTITY_SECRET,
    isReady: async () => true,
    buildContext: (identity) => ({ identity }),
    resolvers: {
      Query: {
        school: (_: unknown, args: { id: string }) => schools.find((s) => s.id === args.id) ?? null,
        schools: (_: unknown, args: { filter?: { districtCode?: string; stage?: string; status?: string }; first: number; after?: string | null }) => {
          const f = args.filter ?? {};
          const matching = [...schools]
            .sort((a, b) => a.id.localeCompare(b.id))
            .filter((s) => (!f.districtCode || s.districtCode === f.districtCode) && (!f.stage || s.stages.includes(f.stage)) && (!f.status || s.status === f.status));
          return page(matching, args.first, args.after ?? null);
        },
      },
    },
  });
  const listening = await listenOnFreePort(app.app);
  return {
    url: `${listening.baseUrl}/graphql`,
    async stop() {
      await listening.close();
      await app.stop();
    },
  };
}
