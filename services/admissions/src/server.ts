import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { openDistrictSettings, openPublicationLog, openReviewQueue, type PublicationLog, type ReviewQueue } from '@zsgk/publication';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { RowProblem } from '@zsgk/errors';
import type { Connection } from 'mongoose';
import { rulesKey, type Stage } from './admissions/Admission';
import { problemsError } from './admissions/problemsError';
import { beijingDate, loadHolidayCalendar, PUBLICATION_WORKING_DAYS, type WorkingDayCalendar } from '@zsgk/working-days';
import { createAdmissionStores, ensureAllIndexes, type AdmissionStores } from './data/AdmissionModels';
import { CONSULTATION_KIND } from './consultation/Consultation';
import { Consultations } from './consultation/Consultations';
import { ContactRetention, DEFAULT_CONTACT_RETENTION_DAYS, type ContactSweep } from './consultation/ContactRetention';
import type { CommentLimits } from './data/CommentRateLimiter';
import { createConsultationStores, ensureConsultationIndexes, type ConsultationStores } from './data/ConsultationStores';
import { createConsultationLoaders } from './resolvers/consultationResolvers';
import { createPlanChecks } from './plans/checkPlans';
import { admissionRound } from './policy/admissionRound';
import { createCitationCheck } from './policy/checkPolicyCitations';
import { PolicyChanges } from './policy/PolicyChanges';
import { Publisher, type FaultHook } from './publication/Publisher';
import type { VersionChange } from './publication/VersionChange';
import { repairPublications, type RepairReport } from './publication/repairPublications';
import { createLoaders, type AdmissionsContext, type AdmissionsServices } from './resolvers/AdmissionsContext';
import { resolvers } from './resolvers/resolvers';
import { BureauChanges } from './review/BureauChanges';
import { HttpSchoolDirectory, RecordsSchoolDirectory, type SchoolDirectory } from './schoolsApi/SchoolDirectory';
import { DistrictScope } from './scope/DistrictScope';
import { createKindSpecs } from './workflow/submissionKinds';
import { SubmissionWorkflow } from './workflow/SubmissionWorkflow';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  production?: boolean;
  bodyLimit?: string;
  /** The schools subgraph's GraphQL URL; unset, bureau writes naming schools are refused (see README). */
  schoolsUrl?: string;
  /** How long a call to the schools service waits (SERVICE_TIMEOUT_MS; default 5000). */
  serviceTimeoutMs?: number;
  /** Holiday calendar; the bundled one by default. */
  calendar?: WorkingDayCalendar;
  /** Working days before an unpublished decision is overdue (default 20). */
  publicationWorkingDays?: number;
  /** Database of the publication log and district settings on the same server (default zsgk_ledger). */
  ledgerDb?: string;
  /** Test only: called after each step of a publication, to simulate a crash there. */
  faults?: FaultHook;
  /** Rate limits of public consultation comments (default DEFAULT_COMMENT_LIMITS). */
  commentLimits?: CommentLimits;
  /** Days commenters' contacts are kept after their consultation closed (default 180). */
  contactRetentionDays?: number;
  /** Run the retention sweep (and clear ended rate-limit hours) at start and every this many ms; unset: only when `sweepContacts()` is called. */
  contactSweepIntervalMs?: number;
  /** Test only: today in Beijing as the consultations see it (default the clock). */
  today?: () => string;
}

/**
 * Builds the admissions subgraph (no listen), so tests can start it on port 0. Before serving, it
 * finishes any publication a crash left half-done (repairPublications); `repair` is what that did.
 */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp & { repair: RepairReport; sweepContacts(): Promise<ContactSweep> }> {
  const stores = createAdmissionStores(deps.connection);
  const log = openPublicationLog(deps.connection, deps.ledgerDb);
  const reviews = openReviewQueue(deps.connection, 'review_events', { settings: openDistrictSettings(deps.connection, deps.ledgerDb) });
  const consultationStores = createConsultationStores(deps.connection, deps.commentLimits);
  await Promise.all([ensureAllIndexes(stores), log.ensureIndexes(), reviews.ensureIndexes(), ensureConsultationIndexes(consultationStores)]);
  const services = createServices(stores, { ...deps, log, reviews, consultationStores });
  const repair = await repairPublications({ reviews, changes: services.changes, submissions: stores.submissions, workflow: services.workflow });
  const app = await createSubgraphApp<AdmissionsContext>({
    name: 'admissions',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers,
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity, { clientAddress }) => ({ identity, clientAddress, ...services, ...createLoaders(stores, services.publisher), ...createConsultationLoaders((ids) => consultationStores.comments.counts(ids)) }),
    production: deps.production,
    bodyLimit: deps.bodyLimit,
  });
  const retention = new ContactRetention({
    closed: () => consultationStores.consultations.find({ phase: 'CLOSED' }),
    clearContacts: (ids) => consultationStores.comments.clearContacts(ids),
    audit: stores.audit,
    today: deps.today ?? (() => beijingDate()),
    retentionDays: deps.contactRetentionDays ?? DEFAULT_CONTACT_RETENTION_DAYS,
    log: (line) => console.info(line),
  });
  const sweepContacts = async () => {
    await consultationStores.limiter.removeExpired();
    return retention.sweep();
  };
  const sweepNow = () => void sweepContacts().catch((error: unknown) => console.error('[admissions] contact retention sweep failed; retried at the next interval', error));
  const timer = deps.contactSweepIntervalMs ? setInterval(sweepNow, deps.contactSweepIntervalMs) : undefined;
  timer?.unref();
  if (timer) sweepNow();
  const stopApp = app.stop;
  return Object.assign(app, {
    repair,
    sweepContacts,
    stop: async () => {
      if (timer) clearInterval(timer);
      await stopApp();
    },
  });
}

export function createServices(
  stores: AdmissionStores,
  deps: Pick<ServerDeps, 'schoolsUrl' | 'serviceTimeoutMs' | 'calendar' | 'faults' | 'today' | 'publicationWorkingDays'> & { log: PublicationLog; reviews: ReviewQueue; consultationStores: ConsultationStores },
): AdmissionsServices {
  const directory = deps.schoolsUrl ? new HttpSchoolDirectory(deps.schoolsUrl, deps.serviceTimeoutMs) : recordsDirectory(stores);
  const scope = new DistrictScope({ registeredDistricts: (ids) => directory.registeredDistricts(ids), audit: stores.audit });
  const publisher = new Publisher({
    log: deps.log,
    faults: deps.faults,
    targets: {
      ENROLMENT_RULES: { store: stores.rules },
      ADMISSION_RESULT: { store: stores.results, afterPublish: (fields) => stores.results.updateFigures(fields) },
      TRANSFER: { store: stores.transfers },
      SCHOOL_RULES: { store: stores.schoolRules },
      NAMED_LIST: { store: stores.namedLists },
      POLICY_DOCUMENT: { store: stores.policies.versions },
      ENROLMENT_PLAN: { store: stores.plans },
      [CONSULTATION_KIND]: { store: deps.consultationStores.consultations },
    },
  });
  const roundOf = async (districtCode: string, year: number, stage: string) => {
    const rules = (await stores.rules.findInForce([rulesKey({ districtCode, year, stage: stage as Stage })])).values().next().value;
    return admissionRound(year, rules?.timetable ?? null);
  };
  const citations = createCitationCheck({ findByNumbers: (d, n) => stores.policies.findByNumbers(d, n), roundOf });
  const plans = createPlanChecks({ findInForce: (keys) => stores.plans.findInForce(keys), roundOf });
  /** A result's checks needing the database: cited policies, and the published plan it is compared with. */
  const checkResult: AdmissionsServices['checkResult'] = async (fields, row = 1) => [...(await citations(fields, row)), ...(await plans.result(fields, row))];
  const throwProblems = async (list: VersionChange<any>[], check: (fields: any) => Promise<RowProblem[]>) => {
    const problems = (await Promise.all(list.map((c) => check(c.fields)))).flat();
    if (problems.length) throw problemsError(problems, 'id');
  };
  const changes: BureauChanges = new BureauChanges({
    reviews: deps.reviews,
    publisher,
    scope,
    audit: stores.audit,
    rechecks: {
      ADMISSION_RESULT: (list) => throwProblems(list, checkResult),
      ENROLMENT_PLAN: (list) => throwProblems(list, plans.plan),
      POLICY_DOCUMENT: (list) => policyChanges.recheck(list),
      [CONSULTATION_KIND]: (list: VersionChange<any>[]) => consultations.recheck(list),
    },
  });
  const policyChanges = new PolicyChanges({
    scope,
    changes,
    findById: (id) => stores.policies.findById(id),
    resultsOf: (districtCode) => stores.results.findInForceFields({ districtCode }, ['schoolId', 'year', 'stage', 'round', 'preferential']),
    roundOf,
  });
  const kinds = createKindSpecs({ ADMISSION_RESULT: stores.results, TRANSFER: stores.transfers, SCHOOL_RULES: stores.schoolRules, ENROLMENT_PLAN: stores.plans }, checkResult, plans.plan);
  const consultations = new Consultations({
    scope,
    changes,
    audit: stores.audit,
    today: deps.today ?? (() => beijingDate()),
    versions: deps.consultationStores.consultations,
    comments: deps.consultationStores.comments,
    groupings: deps.consultationStores.groupings,
    limiter: deps.consultationStores.limiter,
    policyDistrict: async (id) => (await stores.policies.findById(id))?.districtCode ?? null,
    versionDistrict: async (kind, recordId) => {
      const [found] = await publisher.findVersions([{ kind, recordId }]);
      return (found as { districtCode?: string } | null)?.districtCode ?? null;
    },
  });
  const workflow = new SubmissionWorkflow({ submissions: stores.submissions, kinds, directory, audit: stores.audit, publisher, scope });
  return { stores, workflow, directory, calendar: deps.calendar ?? loadHolidayCalendar(), publicationWorkingDays: deps.publicationWorkingDays ?? PUBLICATION_WORKING_DAYS, scope, changes, policyChanges, publisher, checkResult, checkPlan: plans.plan, ...{ consultations } };
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
