import type { Identity } from '@zsgk/identity';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer, type ServerDeps } from '../src/server';

type Bbox = [number, number, number, number];

/** Boundaries every harness publishes first: 370812 holds every test zone, 370811 lies west of it. */
export const TEST_BOUNDARIES: Record<string, Bbox> = { '370812': [116.6, 35.4, 117.0, 35.7], '370811': [116.2, 35.4, 116.6, 35.7] };

/**
 * Starts the catchments subgraph in-process on a free port against a fresh database (and a fresh
 * publication-log database), then publishes `boundaries` through the real review flow.
 */
export async function startCatchmentsServer(deps: Partial<ServerDeps> = {}, boundaries: Record<string, Bbox> = TEST_BOUNDARIES) {
  const database = await openTestDatabase('catchments');
  const ledgerDb = `${database.name}_ledger`;
  const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, indexPollMs: 200, ledgerDb, ...deps });
  const listening = await listenOnFreePort(server.app);
  const client = new GraphqlClient(`${listening.baseUrl}/graphql`);
  for (const [code, bbox] of Object.entries(boundaries)) await publishBoundary(client, code, squareZone(`区${code}`, [], bbox).geometry);
  return {
    database,
    ledgerDb,
    server,
    client,
    async stop() {
      await listening.close();
      await server.stop();
      await database.connection.useDb(ledgerDb).dropDatabase().catch(() => undefined);
      await database.drop();
    },
  };
}

export const BUREAU = { role: 'BUREAU', subject: 'planner-1', districtCode: '370812' } as const;
/** A second officer of the same district: approves what BUREAU submits. */
export const REVIEWER = { role: 'BUREAU', subject: 'planner-2', districtCode: '370812' } as const;

/** A second officer of the submitter's district. */
export const reviewerOf = (submitter: { districtCode: string }): Identity => ({ role: 'BUREAU', subject: 'reviewer', districtCode: submitter.districtCode });

/** An axis-aligned square zone [x0, y0]–[x1, y1] in degrees, as a GeoJSON feature. */
export function squareZone(name: string, schools: string[], [x0, y0, x1, y1]: [number, number, number, number], holes: number[][][] = []) {
  return {
    type: 'Feature',
    properties: { name, schools, boundaryText: `东至${x1}，西至${x0}` },
    geometry: { type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], ...holes] },
  };
}

export const IMPORT = `mutation($input: CatchmentImportInput!) {
  importCatchments(input: $input) {
    accepted setId version imported schoolCodesChecked notes
    problems { index reason }
    repairs { index name repair detail }
  }
}`;
/** Submits a drafted set for publication (review item). */
export const PUBLISH = `mutation($id: ID!) { publishCatchmentSet(setId: $id) { id status kind recordKey submittedBy } }`;
export const APPROVE = `mutation($id: ID!) { approveCatchmentChange(id: $id) { id status reviewedBy publishedRecordId publishedVersion } }`;
export const IMPORT_DISTRICT = `mutation($input: DistrictImportInput!) {
  importDistrictBoundary(input: $input) { accepted district { name boundary contact { department enquiryPhone } } problems { index name reason } repairs { index repair } review { id status } }
}`;

/** Submits a set as `submitter` and approves it as another officer of the district; throws on any error. */
export async function publishSet(client: GraphqlClient, setId: string, submitter: Identity = BUREAU, reviewer?: Identity) {
  const submitted = await client.request(PUBLISH, { id: setId }, submitter);
  if (submitted.errors?.length) throw new Error(`publishCatchmentSet: ${JSON.stringify(submitted.errors)}`);
  return approve(client, submitted.data!.publishCatchmentSet.id, reviewer ?? reviewerOf(submitter as { districtCode: string }));
}

/** Approves a review item; throws on any error. */
export async function approve(client: GraphqlClient, id: string, reviewer: Identity) {
  const approved = await client.request(APPROVE, { id }, reviewer);
  if (approved.errors?.length) throw new Error(`approveCatchmentChange: ${JSON.stringify(approved.errors)}`);
  return approved.data!.approveCatchmentChange;
}

/** Imports a district boundary (and contacts) as the district's bureau and approves it as a second officer. */
export async function publishBoundary(client: GraphqlClient, code: string, geometry: object, extra: Record<string, unknown> = {}, name = `区${code}`) {
  const submitter: Identity = { role: 'BUREAU', subject: 'planner-1', districtCode: code };
  const res = await client.request(
    IMPORT_DISTRICT,
    { input: { districtCode: code, content: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { adcode: code, name }, geometry }] }), ...extra } },
    submitter,
  );
  const report = res.data?.importDistrictBoundary;
  if (!report?.accepted) throw new Error(`importDistrictBoundary: ${JSON.stringify(res.errors ?? report?.problems)}`);
  return { report, approved: await approve(client, report.review.id, reviewerOf(submitter as { districtCode: string })) };
}
