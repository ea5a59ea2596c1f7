import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDemoBoundary } from '@zsgk/demo-district';
import type { TestDatabase } from '@zsgk/testkit';
import { verifyPublicationLog, type VerifyReport } from '@zsgk/publication';
import { startSystem } from './support/startSystem';

// Publishes records through the real services (submit, then a second officer approves), checks that
// `npm run verify`'s code says ok, then edits stored versions behind the system's back, as an intruder
// with database access would, and expects the verifier to name exactly those records.

const DISTRICT = '370812';
const CLERK = { role: 'BUREAU', subject: 'clerk-1', districtCode: DISTRICT } as const;
const REVIEWER = { role: 'BUREAU', subject: 'reviewer-2', districtCode: DISTRICT } as const;

let system: Awaited<ReturnType<typeof startSystem>>;
let publicKeyPem: string;
const published: Record<string, string> = {};

beforeAll(async () => {
  system = await startSystem({ rate: { perSecond: 1000, burst: 1000 } });
  published.boundary = await publishBoundary();
  published.policy = await publishPolicy();
  published.rules = await publishRules();
  // The bureau hands out the key file the ledger wrote when it first signed (here: asked for its key).
  await fetch(`${system.gatewayBaseUrl}/ledger/${DISTRICT}/public-key`);
  publicKeyPem = readFileSync(path.join(system.ledgerKeyDir, `${DISTRICT}.pub.pem`), 'utf8');
}, 120_000);
afterAll(() => system.stop());

async function as(identity: typeof CLERK | typeof REVIEWER, query: string, variables: Record<string, unknown> = {}) {
  const token = await system.token(identity);
  const response = await system.gateway.request(query, variables, undefined, { authorization: `Bearer ${token}` });
  if (response.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** The district boundary with the bureau's public contacts (catchments, kind DISTRICT_BOUNDARY). */
async function publishBoundary(): Promise<string> {
  const boundary = readDemoBoundary(DISTRICT);
  const submitted = await as(CLERK, `mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { accepted review { id } } }`, {
    input: {
      districtCode: DISTRICT, crs: 'GCJ02', content: JSON.stringify({ type: 'FeatureCollection', features: [boundary.raw] }),
      contact: { department: '兖州区教育和体育局', enquiryPhone: '0537-3412345', supervisionPhone: '0537-3416789', address: '兖州区建设东路 1 号' },
    },
  });
  await as(REVIEWER, `mutation($id: ID!) { approveCatchmentChange(id: $id) { id status } }`, { id: submitted.importDistrictBoundary.review.id });
  return onlyRecord('DISTRICT_BOUNDARY');
}

/** A preferential-admission policy document (admissions, kind POLICY_DOCUMENT). */
async function publishPolicy(): Promise<string> {
  await as(CLERK, `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`, {
    input: { districtCode: DISTRICT, documentNumber: '兖教发〔2026〕9号', title: '军人子女优待', issuer: '兖州区教育和体育局', categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '军人子女优待政策解读' },
  });
  const submitted = await as(CLERK, `mutation { publishPolicyDocument(id: "${DISTRICT}/兖教发〔2026〕9号") { id } }`);
  await as(REVIEWER, `mutation($id: ID!) { approveBureauChange(id: $id) { id } }`, { id: submitted.publishPolicyDocument.id });
  return onlyRecord('POLICY_DOCUMENT');
}

/** The district's enrolment rules (admissions, kind ENROLMENT_RULES). */
async function publishRules(): Promise<string> {
  const rows = [{ year: 2026, stage: 'PRIMARY', title: '2026 年小学招生方案', admissionMethod: '就近入学', interpretation: '2026 年小学招生政策解读', timetable: [{ phase: '报名', startsOn: '2026-06-20', endsOn: '2026-06-26' }] }];
  const submitted = await as(CLERK, `mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { accepted review { id } } }`, {
    input: { districtCode: DISTRICT, content: JSON.stringify(rows) },
  });
  await as(REVIEWER, `mutation($id: ID!) { approveBureauChange(id: $id) { id } }`, { id: submitted.importEnrolmentRules.review.id });
  return onlyRecord('ENROLMENT_RULES');
}

let entriesCache: { kind: string; recordId: string }[] | null = null;
async function onlyRecord(kind: string): Promise<string> {
  const response = await fetch(`${system.gatewayBaseUrl}/ledger/${DISTRICT}/entries?count=500`);
  entriesCache = (await response.json()) as { kind: string; recordId: string }[];
  const ids = [...new Set(entriesCache.filter((entry) => entry.kind === kind).map((entry) => entry.recordId))];
  if (ids.length !== 1) throw new Error(`expected one ${kind} record in the log, found ${JSON.stringify(ids)}`);
  return ids[0]!;
}

/** Edits the stored version document `_id = recordId` in whichever collection of the service holds it. */
async function tamper(database: TestDatabase, recordId: string, set: Record<string, unknown>): Promise<void> {
  const db = database.connection.db!;
  for (const { name } of await db.listCollections().toArray()) {
    const result = await db.collection(name).updateOne({ _id: recordId as never }, { $set: set });
    if (result.matchedCount === 1) return;
  }
  throw new Error(`no collection of ${database.name} holds ${recordId}`);
}

const verify = (options: { recordId?: string } = {}) =>
  verifyPublicationLog({ gatewayUrl: system.gatewayBaseUrl, districtCode: DISTRICT, publicKeyPem, ...options });
const named = (report: VerifyReport) => report.districts.flatMap((d) => d.mismatches.map((m) => m.recordId)).sort();

describe('the publication log, verified from outside', () => {
  it('when nothing was touched, then the verifier says ok over every entry, trusting only the public key file', async () => {
    const report = await verify();
    expect(report.districts[0]!.problems).toEqual([]);
    expect(report.notYetVerifiable).toEqual([]);
    expect(report.districts[0]!.matched).toBeGreaterThanOrEqual(3);
    expect(report.ok).toBe(true);
  });

  it('when a record is named, then its inclusion proof is checked against the signed head', async () => {
    const report = await verify({ recordId: published.rules! });
    expect(report.ok).toBe(true);
    expect(report.districts[0]!.lines.join('\n')).toMatch(/inclusion proof ok/);
  });

  it('when the head is checked with another key, then the verifier fails on the signature', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const report = await verifyPublicationLog({ gatewayUrl: system.gatewayBaseUrl, districtCode: DISTRICT, publicKeyPem: other });
    expect(report.ok).toBe(false);
    expect(report.districts[0]!.problems.join('\n')).toContain('signature does not verify');
  });

  it('when an intruder edits the published enrolment rules in the database, then the verifier names that record', async () => {
    await tamper(system.databases.admissions, published.rules!, { title: '2026 年小学招生方案（已改）' });
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(named(report)).toEqual([published.rules]);
  });

  it('when an intruder moves a policy document’s dates, then the verifier names that policy too', async () => {
    await tamper(system.databases.admissions, published.policy!, { effectiveFrom: '2020-01-01' });
    expect(named(await verify())).toEqual([published.policy, published.rules].sort());
  });

  it('when an intruder rewrites the district’s public contacts, then the verifier names the boundary record', async () => {
    await tamper(system.databases.catchments, published.boundary!, { 'contact.enquiryPhone': '0537-0000000' });
    const report = await verify();
    expect(named(report)).toEqual([published.boundary, published.policy, published.rules].sort());
    expect(report.districts[0]!.mismatches.find((m) => m.recordId === published.boundary)).toMatchObject({ kind: 'DISTRICT_BOUNDARY' });
  });
});
