import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import { createServer, type ServerDeps } from '../src/server';

/** Starts the schools subgraph in-process on a free port against a fresh database. */
export async function startSchoolsServer(options: Pick<ServerDeps, 'catchmentsUrl' | 'bodyLimit'> = {}) {
  const database: TestDatabase = await openTestDatabase('schools');
  const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, ...options });
  const listening = await listenOnFreePort(server.app);
  return {
    database,
    client: new GraphqlClient(`${listening.baseUrl}/graphql`),
    baseUrl: listening.baseUrl,
    async stop() {
      await listening.close();
      await server.stop();
      await database.drop();
    },
  };
}

/** A valid import row for district 370812; overrides replace fields. */
export function schoolRow(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: String(3708120000 + n).padStart(10, '0'),
    name: `兖州区第${n}实验小学`,
    stages: ['PRIMARY'],
    ownership: 'PUBLIC',
    districtCode: '370812',
    address: `兖州区建设路${n}号`,
    location: { lng: 116.78 + n * 0.001, lat: 35.55 },
    enquiryPhone: '0537-3412345',
    supervisionPhone: '0537-3419999',
    petitionAddress: '兖州区教育局信访室（建设东路1号）',
    ...overrides,
  };
}

export const IMPORT = `mutation($input: SchoolImportInput!) {
  importSchools(input: $input) { accepted created updated unchanged problems { row field reason } warnings encoding }
}`;

export const BUREAU = { role: 'BUREAU', subject: 'clerk-1', districtCode: '370812' } as const;
