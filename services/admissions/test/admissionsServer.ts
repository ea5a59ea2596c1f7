import type { LogEntry } from '@zsgk/publication';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import type { FaultHook } from '../src/publication/Publisher';
import { createServer } from '../src/server';
import { startSchoolRegisterStub, type Register } from './schoolRegisterStub';

export const DISTRICT = '370812';
export const FOREIGN_DISTRICT = '370811';
export const BUREAU = { role: 'BUREAU', subject: 'reviewer-1', districtCode: DISTRICT } as const;
/** A second officer of the same bureau: approves what BUREAU submits (先审查、后公开). */
export const SECOND_BUREAU = { role: 'BUREAU', subject: 'reviewer-2', districtCode: DISTRICT } as const;
export const OTHER_BUREAU = { role: 'BUREAU', subject: 'reviewer-9', districtCode: FOREIGN_DISTRICT } as const;
export const SCHOOL_A = '2137081001';
export const SCHOOL_B = '2137081002';
/** Registered in 370811, not in DISTRICT. */
export const FOREIGN_SCHOOL = '2137081199';
/** In no register. */
export const UNREGISTERED_SCHOOL = '2137089999';
export const schoolUser = (schoolId: string, subject = `clerk-${schoolId}`) => ({ role: 'SCHOOL', subject, schoolId }) as const;

/** The register the harness's stub serves unless a test gives its own: 2137081001 … 2137081009 in DISTRICT, one foreign school. */
export function defaultRegister(): Register {
  const register: Register = { [FOREIGN_SCHOOL]: { districtCode: FOREIGN_DISTRICT, stages: ['PRIMARY'] } };
  for (let i = 1; i <= 9; i++) register[`213708100${i}`] = { districtCode: DISTRICT, stages: ['PRIMARY', 'JUNIOR'] };
  return register;
}

/**
 * Starts the admissions subgraph in-process on a free port against a fresh database (and a fresh
 * ledger database for its publication log), with a stub of the school register unless `schoolsUrl`
 * is given. `restart` starts a second server on the same databases, which runs the startup repair.
 */
export async function startAdmissionsServer(options: { schoolsUrl?: string; register?: Register; withoutRegister?: boolean; faults?: FaultHook } = {}) {
  const database = await openTestDatabase('admissions');
  const ledgerDb = `${database.name}_ledger`;
  const stub = options.schoolsUrl || options.withoutRegister ? null : await startSchoolRegisterStub(options.register ?? defaultRegister());
  const schoolsUrl = options.schoolsUrl ?? stub?.url;
  const start = async (faults?: FaultHook) => {
    const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, schoolsUrl, ledgerDb, faults });
    return { server, listening: await listenOnFreePort(server.app) };
  };
  let running = await start(options.faults);
  const harness = {
    database,
    ledgerDb,
    register: stub?.register ?? null,
    client: new GraphqlClient(`${running.listening.baseUrl}/graphql`),
    get repair() {
      return running.server.repair;
    },
    count: (collection: string, filter: Record<string, unknown> = {}) => database.connection.collection(collection).countDocuments(filter),
    /** The publication log entries of a district, in index order. */
    logEntries: async (districtCode = DISTRICT): Promise<LogEntry[]> =>
      (await database.connection.useDb(ledgerDb, { useCache: true }).collection('log_entries').find({ districtCode }).sort({ index: 1 }).toArray()) as unknown as LogEntry[],
    /** Stops the server and starts another on the same databases (as after a crash): its startup repairs. */
    async restart(faults?: FaultHook) {
      await running.listening.close();
      await running.server.stop();
      running = await start(faults);
      harness.client = new GraphqlClient(`${running.listening.baseUrl}/graphql`);
    },
    async stop() {
      await running.listening.close();
      await running.server.stop();
      await stub?.stop();
      await database.connection.useDb(ledgerDb, { useCache: true }).dropDatabase().catch(() => undefined);
      await database.drop();
    },
  };
  return harness;
}

export function resultRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { schoolId: SCHOOL_A, year: 2025, stage: 'PRIMARY', round: 1, plannedSeats: 180, applicants: 201, admitted: 180, ...overrides };
}

export const REVIEW_FIELDS = 'id kind recordKey status summary submittedBy reviewedBy returnReason published { kind recordKey recordId version }';
export const IMPORT_RESULTS = `mutation($input: AdmissionsImportInput!) {
  importAdmissionResults(input: $input) { accepted created unchanged problems { row field reason } review { ${REVIEW_FIELDS} } }
}`;
export const IMPORT_RULES = `mutation($input: AdmissionsImportInput!) {
  importEnrolmentRules(input: $input) { accepted created unchanged problems { row field reason } review { ${REVIEW_FIELDS} } }
}`;
export const APPROVE_CHANGE = `mutation($id: ID!) { approveBureauChange(id: $id) { ${REVIEW_FIELDS} } }`;
export const RETURN_CHANGE = `mutation($id: ID!, $reason: String!) { returnBureauChange(id: $id, reason: $reason) { ${REVIEW_FIELDS} } }`;

type Client = { request: GraphqlClient['request'] };
/** Submits as `submitter`, then approves as `approver` (another officer): what publishing means now. */
export async function importApproved(client: Client, mutation: string, field: string, rows: unknown[], submitter: object = BUREAU, approver: object = SECOND_BUREAU, districtCode = DISTRICT) {
  const submitted = await client.request(mutation, { input: { districtCode, content: JSON.stringify(rows) } }, submitter as never);
  const report = submitted.data?.[field];
  if (!report?.accepted) throw new Error(`import refused: ${JSON.stringify(submitted.errors ?? report?.problems)}`);
  if (!report.review) return { report, approved: null };
  const approved = await client.request(APPROVE_CHANGE, { id: report.review.id }, approver as never);
  if (approved.errors) throw new Error(`approval refused: ${JSON.stringify(approved.errors)}`);
  return { report, approved: approved.data!.approveBureauChange };
}

export const SUBMISSION_FIELDS = `id kind status districtCode districtVerifiedBy submittedBy reviewedBy returnReason publishedRecordId correctionReason
  school { id } admissionResult { plannedSeats admitted explanation { reasonCode } preferential { category count policyDocumentNumber } }`;
export const SAVE_RESULT = `mutation($input: AdmissionResultInput!, $submit: Boolean) {
  saveAdmissionResult(input: $input, submit: $submit) { ${SUBMISSION_FIELDS} } }`;
export const APPROVE = `mutation($id: ID!) { approveSubmission(id: $id) { ${SUBMISSION_FIELDS} } }`;
export const RETURN = `mutation($id: ID!, $reason: String!) { returnSubmission(id: $id, reason: $reason) { ${SUBMISSION_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitSubmission(id: $id) { ${SUBMISSION_FIELDS} } }`;

/** A school's figures as its clerk enters them. */
export function resultInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2026, stage: 'PRIMARY', plannedSeats: 180, applicants: 240, admitted: 180, ...overrides };
}
