import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';

/** Starts the admissions subgraph in-process on a free port against a fresh database. */
export async function startAdmissionsServer() {
  const database = await openTestDatabase('admissions');
  const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET });
  const listening = await listenOnFreePort(server.app);
  return {
    database,
    client: new GraphqlClient(`${listening.baseUrl}/graphql`),
    async stop() {
      await listening.close();
      await server.stop();
      await database.drop();
    },
  };
}

export const BUREAU = { role: 'BUREAU', subject: 'reviewer-1', districtCode: '370812' } as const;

export function resultRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { schoolId: '2137081001', year: 2025, stage: 'PRIMARY', round: 1, plannedSeats: 180, applicants: 201, admitted: 180, ...overrides };
}

export const IMPORT_RESULTS = `mutation($input: AdmissionsImportInput!) {
  importAdmissionResults(input: $input) { accepted created unchanged problems { row field reason } }
}`;
