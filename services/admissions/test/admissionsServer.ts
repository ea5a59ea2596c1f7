import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';

/** Starts the admissions subgraph in-process on a free port against a fresh database. */
export async function startAdmissionsServer(options: { schoolsUrl?: string } = {}) {
  const database = await openTestDatabase('admissions');
  const server = await createServer({ connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, schoolsUrl: options.schoolsUrl });
  const listening = await listenOnFreePort(server.app);
  return {
    database,
    client: new GraphqlClient(`${listening.baseUrl}/graphql`),
    count: (collection: string, filter: Record<string, unknown> = {}) => database.connection.collection(collection).countDocuments(filter),
    async stop() {
      await listening.close();
      await server.stop();
      await database.drop();
    },
  };
}

export const DISTRICT = '370812';
export const BUREAU = { role: 'BUREAU', subject: 'reviewer-1', districtCode: DISTRICT } as const;
export const OTHER_BUREAU = { role: 'BUREAU', subject: 'reviewer-9', districtCode: '370811' } as const;
export const SCHOOL_A = '2137081001';
export const SCHOOL_B = '2137081002';
export const schoolUser = (schoolId: string, subject = `clerk-${schoolId}`) => ({ role: 'SCHOOL', subject, schoolId }) as const;

export function resultRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { schoolId: SCHOOL_A, year: 2025, stage: 'PRIMARY', round: 1, plannedSeats: 180, applicants: 201, admitted: 180, ...overrides };
}

export const IMPORT_RESULTS = `mutation($input: AdmissionsImportInput!) {
  importAdmissionResults(input: $input) { accepted created unchanged problems { row field reason } }
}`;

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
