import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { loadHolidayCalendar } from './calendar/loadHolidayCalendar';
import type { WorkingDayCalendar } from './calendar/WorkingDayCalendar';
import { createAdmissionStores, ensureAllIndexes, type AdmissionStores } from './data/AdmissionModels';
import { createCitationCheck } from './policy/checkPolicyCitations';
import { createLoaders, type AdmissionsContext, type AdmissionsServices } from './resolvers/AdmissionsContext';
import { resolvers } from './resolvers/resolvers';
import { HttpSchoolDirectory, RecordsSchoolDirectory, type SchoolDirectory } from './schoolsApi/SchoolDirectory';
import { createKindSpecs } from './workflow/submissionKinds';
import { SubmissionWorkflow } from './workflow/SubmissionWorkflow';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  production?: boolean;
  bodyLimit?: string;
  /** The schools subgraph's GraphQL URL; unset, districts come from bureau-published records. */
  schoolsUrl?: string;
  /** Holiday calendar; the bundled one by default. */
  calendar?: WorkingDayCalendar;
}

/** Builds the admissions subgraph (no listen), so tests can start it on port 0. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp> {
  const stores = createAdmissionStores(deps.connection);
  await ensureAllIndexes(stores);
  const services = createServices(stores, deps);
  return createSubgraphApp<AdmissionsContext>({
    name: 'admissions',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers,
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({ identity, ...services, ...createLoaders(stores) }),
    production: deps.production,
    bodyLimit: deps.bodyLimit,
  });
}

export function createServices(stores: AdmissionStores, deps: Pick<ServerDeps, 'schoolsUrl' | 'calendar'>): AdmissionsServices {
  const directory = deps.schoolsUrl ? new HttpSchoolDirectory(deps.schoolsUrl) : recordsDirectory(stores);
  const kinds = createKindSpecs(
    { ADMISSION_RESULT: stores.results, TRANSFER: stores.transfers, SCHOOL_RULES: stores.schoolRules },
    createCitationCheck(stores.policies),
  );
  const workflow = new SubmissionWorkflow({ submissions: stores.submissions, kinds, directory, audit: stores.audit });
  return { stores, workflow, directory, calendar: deps.calendar ?? loadHolidayCalendar() };
}

/** Without SCHOOLS_URL: the bureau's own published records say which school is whose. */
function recordsDirectory(stores: AdmissionStores): SchoolDirectory {
  const union = async (lists: Promise<string[]>[]) => [...new Set((await Promise.all(lists)).flat())];
  return new RecordsSchoolDirectory({
    districtsOfSchool: (schoolId) => union([stores.results.distinct('districtCode', { schoolId }), stores.transfers.distinct('districtCode', { schoolId })]),
    schoolsOfDistrict: (districtCode, stage) =>
      union([stores.resultFigures.schoolIds(districtCode, stage), ...(stage ? [] : [stores.transfers.distinct('schoolId', { districtCode })])]),
  });
}
