import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import { createServer, type ServerDeps } from '../src/server';

type Identity = Parameters<GraphqlClient['request']>[2];

/** Starts the schools subgraph in-process on a free port against a fresh database (and its own ledger database). */
export async function startSchoolsServer(options: Pick<ServerDeps, 'catchmentsDb' | 'bodyLimit' | 'faults' | 'catalogPollMs'> = {}) {
  const database: TestDatabase = await openTestDatabase('schools');
  const ledgerDb = `${database.name}_ledger`;
  const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb, ...options });
  const listening = await listenOnFreePort(server.app);
  const client = new GraphqlClient(`${listening.baseUrl}/graphql`);
  return {
    database,
    ledgerDb,
    server,
    client,
    baseUrl: listening.baseUrl,
    /** Imports rows as BUREAU and has REVIEWER approve the change; returns the import report. */
    async importApproved(rows: unknown[], districtCode = '370812') {
      const res = await client.request(IMPORT, { input: { districtCode, format: 'JSON', content: JSON.stringify(rows) } }, BUREAU);
      const report = res.data?.importSchools;
      if (!report?.accepted) throw new Error(`import refused: ${JSON.stringify(res.errors ?? report)}`);
      if (report.change) await approveOrThrow(client, report.change.id);
      return report;
    },
    async stop() {
      await listening.close();
      await server.stop();
      await database.connection.useDb(ledgerDb).dropDatabase().catch(() => undefined);
      await database.drop();
    },
  };
}

export const APPROVE = `mutation($id: ID!) { approveRegisterChange(id: $id) { id status reviewedBy publishedRecords conflicts { schoolId fields publishedBy } } }`;

/** REVIEWER approves the change; throws with the errors when refused. */
export async function approveOrThrow(client: GraphqlClient, id: string, reviewer: Identity = REVIEWER) {
  const res = await client.request(APPROVE, { id }, reviewer);
  if (res.errors) throw new Error(`approval of ${id} refused: ${JSON.stringify(res.errors)}`);
  return res.data!.approveRegisterChange;
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
  importSchools(input: $input) { accepted created updated unchanged conflicted problems { row field reason } warnings encoding baseline
    conflicts { row schoolId field currentValue fileValue changedBy changedAt changedInVersion reason confirmed }
    change { id status changeCount } }
}`;

/** The clerk who submits changes in these tests. */
export const BUREAU = { role: 'BUREAU', subject: 'clerk-1', districtCode: '370812' } as const;
/** A second officer of the same district, who approves them. */
export const REVIEWER = { role: 'BUREAU', subject: 'reviewer-1', districtCode: '370812' } as const;
