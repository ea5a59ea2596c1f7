import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer, type ServerDeps } from '../src/server';

/** Starts the catchments subgraph in-process on a free port against a fresh database. */
export async function startCatchmentsServer(deps: Partial<ServerDeps> = {}) {
  const database = await openTestDatabase('catchments');
  const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, indexPollMs: 200, ...deps });
  const listening = await listenOnFreePort(server.app);
  return {
    database,
    server,
    client: new GraphqlClient(`${listening.baseUrl}/graphql`),
    async stop() {
      await listening.close();
      await server.stop();
      await database.drop();
    },
  };
}

export const BUREAU = { role: 'BUREAU', subject: 'planner-1', districtCode: '370812' } as const;

/** An axis-aligned square zone [x0, y0]–[x1, y1] in degrees, as a GeoJSON feature. */
export function squareZone(name: string, schools: string[], [x0, y0, x1, y1]: [number, number, number, number], holes: number[][][] = []) {
  return {
    type: 'Feature',
    properties: { name, schools, boundaryText: `东至${x1}，西至${x0}` },
    geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], ...holes] },
  };
}

export const IMPORT = `mutation($input: CatchmentImportInput!) {
  importCatchments(input: $input) {
    accepted setId version imported schoolCodesChecked notes
    problems { index reason }
    repairs { index name repair detail }
  }
}`;
export const PUBLISH = `mutation($id: ID!) { publishCatchmentSet(setId: $id) { id name status version } }`;
