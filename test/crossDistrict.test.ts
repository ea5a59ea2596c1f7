import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type ConstDirectiveNode } from 'graphql';
import type { GraphqlResponse } from '@zsgk/testkit';
import { startSystem } from './support/startSystem';
import {
  OURS, THEIRS, type District, INSIDE, SQUARE, school, square, zones, boundaryFile, rulesFile, rulesForm, resultsFile, policy, namedList, resultInput, transferInput, schoolRulesInput, planInput, plansFile, consultation, gazetteer,
} from './support/crossDistrictInputs';

/**
 * Issue 10, item 1: no bureau, school or anonymous caller can change, attach to or shadow another
 * district's records through any mutation, and each refusal is audited under the district it targeted.
 *
 * The mutations are read from gateway/supergraph.graphql, so a mutation added to any subgraph fails
 * this test until the table below has a row for it. Every row is sent through the real gateway by
 * 370811 (兖州区's western neighbour 任城区) at a record of 370812 (兖州区), both with their real
 * boundaries, and must be refused naming the record and 370812, leave 370812's reads as they were,
 * and appear in 370812's audit of the subgraph that owns the mutation.
 */
type Graph = 'SCHOOLS' | 'CATCHMENTS' | 'ADMISSIONS' | 'LEDGER';

function mutationsOfSupergraph(): Record<string, Graph> {
  const sdl = readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8');
  const graphOf = (directives: readonly ConstDirectiveNode[] = []) =>
    /graph: (\w+)/.exec(directives.filter((d) => d.name.value === 'join__field').map((d) => print(d)).join(' '))?.[1] as Graph;
  const found: Record<string, Graph> = {};
  for (const definition of parse(sdl).definitions) {
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Mutation') {
      for (const field of definition.fields ?? []) found[field.name.value] = graphOf(field.directives);
    }
  }
  return found;
}

const officer = (districtCode: string, subject: string) => ({ role: 'BUREAU', subject, districtCode }) as const;
const CLERK = officer(THEIRS, 'yz-clerk');
const REVIEWER = officer(THEIRS, 'yz-reviewer');
const AUDITOR = officer(THEIRS, 'yz-auditor');
const INTRUDER = officer(OURS, 'rc-clerk');
const INTRUDER_REVIEWER = officer(OURS, 'rc-reviewer');
/** Registered schools, one per district, and a code in no register. */
const THEIR_SCHOOL = '3708120001';
const OUR_SCHOOL = '3708110001';
const UNREGISTERED = '3708119999';

let system: Awaited<ReturnType<typeof startSystem>>;
const tokens: Record<string, string> = {};
/** Ids of 370812's records made in the setup: what the rows aim at. */
const their: Record<'draftSet' | 'catchmentChange' | 'registerChange' | 'bureauChange' | 'draftPolicy' | 'policy' | 'draftSubmission' | 'submission' | 'consultation' | 'pendingConsultation', string> = {} as never;

const send = (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlResponse> =>
  system.gateway.request(query, variables, undefined, token ? { authorization: `Bearer ${token}` } : {});
const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
  const res = await send(query, variables, token);
  if (res.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0] as any;
};


const M = {
  importEnrolmentRules: 'mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { accepted review { id } } }',
  saveEnrolmentRules: 'mutation($input: EnrolmentRulesInput!) { saveEnrolmentRules(input: $input) { id } }',
  importAdmissionResults: 'mutation($input: AdmissionsImportInput!) { importAdmissionResults(input: $input) { accepted review { id } } }',
  saveAdmissionResult: 'mutation($input: AdmissionResultInput!, $submit: Boolean) { saveAdmissionResult(input: $input, submit: $submit) { id } }',
  saveTransferReport: 'mutation($input: TransferReportInput!, $submit: Boolean) { saveTransferReport(input: $input, submit: $submit) { id } }',
  saveSchoolRules: 'mutation($input: SchoolRulesInput!, $submit: Boolean) { saveSchoolRules(input: $input, submit: $submit) { id } }',
  saveEnrolmentPlan: 'mutation($input: EnrolmentPlanInput!, $submit: Boolean) { saveEnrolmentPlan(input: $input, submit: $submit) { id } }',
  importEnrolmentPlans: 'mutation($input: AdmissionsImportInput!) { importEnrolmentPlans(input: $input) { accepted review { id } } }',
  submitSubmission: 'mutation($id: ID!) { submitSubmission(id: $id) { id } }',
  approveSubmission: 'mutation($id: ID!) { approveSubmission(id: $id) { id } }',
  returnSubmission: 'mutation($id: ID!) { returnSubmission(id: $id, reason: "不同意") { id } }',
  savePolicyDocument: 'mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }',
  publishPolicyDocument: 'mutation($id: ID!) { publishPolicyDocument(id: $id) { id } }',
  setPolicyDocumentExpiry: 'mutation($id: ID!) { setPolicyDocumentExpiry(id: $id, effectiveUntil: "2024-06-30", reason: "废止") { id } }',
  publishNamedList: 'mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }',
  approveBureauChange: 'mutation($id: ID!) { approveBureauChange(id: $id) { id } }',
  returnBureauChange: 'mutation($id: ID!) { returnBureauChange(id: $id, reason: "不同意") { id } }',
  importDistrictBoundary: 'mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { accepted review { id } problems { reason } } }',
  importCatchments: 'mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { reason } } }',
  publishCatchmentSet: 'mutation($id: ID!) { publishCatchmentSet(setId: $id) { id } }',
  openZoneSetConsultation: 'mutation($id: ID!) { openZoneSetConsultation(setId: $id, consultationId: "370812/0123456789ab", closesOn: "2030-01-31") { id } }',
  approveCatchmentChange: 'mutation($id: ID!) { approveCatchmentChange(id: $id) { id } }',
  startCoverageReport: 'mutation($id: ID!) { startCoverageReport(setId: $id) { id } }',
  startZoneSetDiff: 'mutation($id: ID!) { startZoneSetDiff(fromSetId: $id, toSetId: $id) { id } }',
  returnCatchmentChange: 'mutation($id: ID!) { returnCatchmentChange(id: $id, reason: "不同意") { id } }',
  importGazetteer: 'mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted review { id } } }',
  setSingleOfficerPublishing: 'mutation($d: String!) { setSingleOfficerPublishing(districtCode: $d, allowed: true, reason: "本区仅一名工作人员") { version } }',
  importSchools: 'mutation($input: SchoolImportInput!) { importSchools(input: $input) { accepted change { id } problems { row field reason } } }',
  createSchool: 'mutation($input: SchoolInput!) { createSchool(input: $input) { change { id } } }',
  updateSchool: 'mutation($id: ID!) { updateSchool(id: $id, patch: { name: "改名小学" }) { change { id } } }',
  closeSchool: 'mutation($id: ID!) { closeSchool(id: $id, closedOn: "2026-07-31", reason: "撤并") { change { id } } }',
  reopenSchool: 'mutation($id: ID!) { reopenSchool(id: $id) { change { id } } }',
  approveRegisterChange: 'mutation($id: ID!) { approveRegisterChange(id: $id) { id } }',
  returnRegisterChange: 'mutation($id: ID!) { returnRegisterChange(id: $id, reason: "不同意") { id } }',
  openConsultation: 'mutation($input: ConsultationInput!) { openConsultation(input: $input) { id recordKey } }',
  submitConsultationComment: 'mutation($id: ID!) { submitConsultationComment(consultationId: $id, text: "建议延长报名时间，方便家长。") { receipt } }',
  saveCommentGroups: 'mutation($id: ID!) { saveCommentGroups(consultationId: $id, revision: 0, groups: []) { revision } }',
  closeConsultation: 'mutation($id: ID!) { closeConsultation(id: $id, finalRecordId: "ENROLMENT_RULES:370812:2026:PRIMARY@v1") { id } }',
} as const;

// ---- the table ----------------------------------------------------------------------------------
/** One call: who sends it, with what, and the refusal it must meet (its message holding every `names`). */
interface Attempt {
  what: string;
  as: 'BUREAU' | 'SCHOOL';
  variables: () => Record<string, unknown>;
  code: 'FORBIDDEN' | 'NOT_FOUND';
  names: () => string[];
  /** The district whose audit must show the refusal. */
  auditedIn: string;
}
interface Row {
  /** 370811 aiming at 370812's records (none for a mutation open to every caller). */
  foreign: Attempt[];
  /**
   * Open to every caller by design (public comments on a consultation): anonymous and 370811's bureau
   * are accepted on 370812's published record without their identity stored, and refused NOT_FOUND on
   * one still in review.
   */
  openToAll?: { published: () => Record<string, unknown>; inReview: () => Record<string, unknown> };
  /** The same mutation naming a school in no register, where it takes a school id. */
  unregistered?: Attempt;
}

const bureau = (what: string, variables: () => Record<string, unknown>, names: () => string[]): Attempt => ({ what: `${OURS}'s bureau ${what}`, as: 'BUREAU', variables, code: 'FORBIDDEN', names, auditedIn: THEIRS });
const fromSchool = (what: string, variables: () => Record<string, unknown>, names: () => string[]): Attempt => ({ ...bureau(what, variables, names), what: `a ${OURS} school ${what}`, as: 'SCHOOL' });
const unregistered = (as: Attempt['as'], variables: () => Record<string, unknown>): Attempt => ({
  what: `${as === 'SCHOOL' ? `school ${UNREGISTERED}` : `${OURS}'s bureau`} names ${UNREGISTERED}, in no register`, as, variables, code: 'NOT_FOUND', names: () => [UNREGISTERED], auditedIn: OURS,
});
/** A school-drafted record: a school of 370811 drafting for 370812's school, and the bureau of 370811 trying it too. */
const schoolDraftRow = (input: (districtCode: string, schoolId: string) => Record<string, unknown>): Row => ({
  foreign: [
    fromSchool(`drafts for ${THEIR_SCHOOL}`, () => input(THEIRS, THEIR_SCHOOL), () => [THEIR_SCHOOL, THEIRS]),
    bureau(`drafts for ${THEIR_SCHOOL}`, () => input(THEIRS, THEIR_SCHOOL), () => [THEIR_SCHOOL, THEIRS]),
  ],
  unregistered: unregistered('SCHOOL', () => input(OURS, UNREGISTERED)),
});
const reviewRow = (item: keyof typeof their, label: string): Row => ({
  foreign: [bureau(`decides ${THEIRS}'s ${label}`, () => ({ id: their[item] }), () => [their[item], THEIRS])],
});
const schoolEditRow: Row = {
  foreign: [bureau(`edits ${THEIR_SCHOOL}`, () => ({ id: THEIR_SCHOOL }), () => [THEIR_SCHOOL, THEIRS])],
  unregistered: unregistered('BUREAU', () => ({ id: UNREGISTERED })),
};

const TABLE: Record<string, Row> = {
  importEnrolmentRules: { foreign: [bureau(`imports rules for ${THEIRS}`, () => rulesFile(THEIRS, 2026), () => [THEIRS])] },
  saveEnrolmentRules: { foreign: [bureau(`saves ${THEIRS}'s rules in the form`, () => rulesForm(THEIRS, 2026), () => [THEIRS])] },
  importAdmissionResults: {
    foreign: [
      bureau(`corrects ${THEIR_SCHOOL}'s result in its own file`, () => resultsFile(OURS, THEIR_SCHOOL, { admitted: 150, correctionReason: '更正', explanation: { reasonCode: 'OTHER', text: '更正' } }), () => [THEIR_SCHOOL, THEIRS]),
      bureau(`imports a file for ${THEIRS}`, () => resultsFile(THEIRS, THEIR_SCHOOL, { admitted: 150, correctionReason: '更正' }), () => [THEIRS]),
    ],
    unregistered: unregistered('BUREAU', () => resultsFile(OURS, UNREGISTERED)),
  },
  saveAdmissionResult: schoolDraftRow(resultInput),
  saveTransferReport: schoolDraftRow(transferInput),
  saveSchoolRules: schoolDraftRow(schoolRulesInput),
  saveEnrolmentPlan: schoolDraftRow(planInput),
  importEnrolmentPlans: {
    foreign: [
      bureau(`plans ${THEIR_SCHOOL}'s seats in its own file`, () => plansFile(OURS, THEIR_SCHOOL), () => [THEIR_SCHOOL, THEIRS]),
      bureau(`imports plans for ${THEIRS}`, () => plansFile(THEIRS, THEIR_SCHOOL), () => [THEIRS]),
    ],
    unregistered: unregistered('BUREAU', () => plansFile(OURS, UNREGISTERED)),
  },
  submitSubmission: {
    foreign: [
      fromSchool(`submits ${THEIRS}'s draft`, () => ({ id: their.draftSubmission }), () => [their.draftSubmission, THEIRS]),
      bureau(`submits ${THEIRS}'s draft`, () => ({ id: their.draftSubmission }), () => [their.draftSubmission, THEIRS]),
    ],
  },
  approveSubmission: reviewRow('submission', 'school submission'),
  returnSubmission: reviewRow('submission', 'school submission'),
  savePolicyDocument: { foreign: [bureau(`edits ${THEIRS}'s draft policy`, () => policy(THEIRS, '兖教发〔2026〕9号'), () => [THEIRS])] },
  publishPolicyDocument: { foreign: [bureau(`submits ${THEIRS}'s draft policy`, () => ({ id: their.draftPolicy }), () => [their.draftPolicy, THEIRS])] },
  setPolicyDocumentExpiry: { foreign: [bureau(`ends ${THEIRS}'s policy`, () => ({ id: their.policy }), () => [their.policy, THEIRS])] },
  publishNamedList: {
    foreign: [
      bureau(`lists on ${THEIR_SCHOOL} in its own district's name`, () => namedList(OURS, THEIR_SCHOOL), () => [THEIR_SCHOOL, THEIRS]),
      bureau(`lists on ${THEIR_SCHOOL} in ${THEIRS}'s name`, () => namedList(THEIRS, THEIR_SCHOOL), () => [THEIRS]),
    ],
    unregistered: unregistered('BUREAU', () => namedList(OURS, UNREGISTERED)),
  },
  approveBureauChange: reviewRow('bureauChange', 'bureau change'),
  returnBureauChange: reviewRow('bureauChange', 'bureau change'),
  importDistrictBoundary: {
    foreign: [
      bureau(`imports ${THEIRS}'s boundary`, () => boundaryFile(THEIRS), () => [THEIRS]),
      bureau(`widens its own boundary over ${THEIRS}`, () => boundaryFile(OURS, { type: 'Polygon', coordinates: [[[116.4, 35.12], [116.9, 35.12], [116.9, 35.73], [116.4, 35.73], [116.4, 35.12]]] }), () => [THEIRS]),
    ],
  },
  importCatchments: {
    foreign: [
      bureau(`draws a zone inside ${THEIRS}`, () => zones(OURS, 2026, [square('越界区', [OUR_SCHOOL], SQUARE[THEIRS])]), () => [THEIRS]),
      bureau(`serves ${THEIR_SCHOOL} from its own zone`, () => zones(OURS, 2026, [square('任城一区', [THEIR_SCHOOL], SQUARE[OURS])]), () => [THEIR_SCHOOL, THEIRS]),
      bureau(`imports zones for ${THEIRS}`, () => zones(THEIRS, 2026, [square('兖州一区', [THEIR_SCHOOL], SQUARE[THEIRS])]), () => [THEIRS]),
    ],
    unregistered: unregistered('BUREAU', () => zones(OURS, 2026, [square('任城二区', [UNREGISTERED], SQUARE[OURS])])),
  },
  publishCatchmentSet: { foreign: [bureau(`submits ${THEIRS}'s draft set`, () => ({ id: their.draftSet }), () => [their.draftSet, THEIRS])] },
  openZoneSetConsultation: { foreign: [bureau(`opens ${THEIRS}'s draft set for comment`, () => ({ id: their.draftSet }), () => [their.draftSet, THEIRS])] },
  approveCatchmentChange: reviewRow('catchmentChange', 'zone set change'),
  startCoverageReport: { foreign: [bureau(`checks the coverage of ${THEIRS}'s draft set`, () => ({ id: their.draftSet }), () => [their.draftSet, THEIRS])] },
  startZoneSetDiff: { foreign: [bureau(`compares ${THEIRS}'s draft set`, () => ({ id: their.draftSet }), () => [their.draftSet, THEIRS])] },
  returnCatchmentChange: reviewRow('catchmentChange', 'zone set change'),
  importGazetteer: {
    foreign: [
      bureau(`imports ${THEIRS}'s gazetteer`, () => gazetteer(THEIRS, INSIDE[THEIRS]), () => [THEIRS]),
      bureau(`places its own compound inside ${THEIRS}`, () => gazetteer(OURS, INSIDE[THEIRS]), () => [THEIRS]),
    ],
  },
  setSingleOfficerPublishing: { foreign: [bureau(`lowers ${THEIRS}'s review`, () => ({ d: THEIRS }), () => [THEIRS])] },
  importSchools: {
    foreign: [bureau(`imports a register file for ${THEIRS}`, () => ({ input: { districtCode: THEIRS, format: 'JSON', content: JSON.stringify([school(THEIR_SCHOOL, THEIRS, { name: '改名小学' })]) } }), () => [THEIRS])],
  },
  createSchool: {
    foreign: [
      bureau(`registers a school in ${THEIRS}`, () => ({ input: school('3708120002', THEIRS) }), () => ['3708120002', THEIRS]),
      bureau(`registers ${THEIR_SCHOOL} again in its own district`, () => ({ input: school(THEIR_SCHOOL, OURS) }), () => [THEIR_SCHOOL, THEIRS]),
    ],
  },
  updateSchool: schoolEditRow,
  closeSchool: schoolEditRow,
  reopenSchool: schoolEditRow,
  approveRegisterChange: reviewRow('registerChange', 'register change'),
  returnRegisterChange: reviewRow('registerChange', 'register change'),
  openConsultation: { foreign: [bureau(`opens a consultation for ${THEIRS}`, () => consultation(THEIRS, '越区发起的征求意见'), () => [THEIRS])] },
  submitConsultationComment: { foreign: [], openToAll: { published: () => ({ id: their.consultation }), inReview: () => ({ id: their.pendingConsultation }) } },
  saveCommentGroups: { foreign: [bureau(`groups the comments on ${THEIRS}'s consultation`, () => ({ id: their.consultation }), () => [their.consultation, THEIRS])] },
  closeConsultation: { foreign: [bureau(`closes ${THEIRS}'s consultation`, () => ({ id: their.consultation }), () => [their.consultation, THEIRS])] },
};

// ---- what each assertion reads ------------------------------------------------------------------
/** 370812 as the public sees it, and its review queues as its own bureau sees them: a refused write changes neither. */
async function snapshotOfTheirs() {
  const visible = await send(`query($school: ID!, $d: String!) {
    schools(filter: { districtCode: $d }, first: 100) { totalCount nodes { id name status version } }
    school(id: $school) { name status version admissions { id version admitted } enrolmentRules { id version } schoolRules { id version } enrolmentPlans { id version }
      transfers { id version } namedLists { id version entryCount } catchments { id version } }
    district(code: $d) { name boundary contact { department enquiryPhone } }
    catchments(districtCode: $d, stage: PRIMARY) { id name version }
    locate(lng: ${INSIDE[THEIRS].lng}, lat: ${INSIDE[THEIRS].lat}, stage: PRIMARY) { year matches { catchment { id districtCode } } }
    policyDocuments(districtCode: $d) { id version effectiveUntil published }
    enrolmentRules(districtCode: $d, year: 2026, stage: PRIMARY) { id version }
    admissionResults(districtCode: $d, year: 2025) { id version admitted }
    namedLists(districtCode: $d, year: 2026) { id version entryCount }
    districtSettings(districtCode: $d) { version singleOfficerAllowed }
    publicationLogHead(districtCode: $d) { treeSize rootHash }
  }`, { school: THEIR_SCHOOL, d: THEIRS });
  const queues = await send(`query($d: String!) {
    registerChanges(districtCode: $d) { id status } catchmentChanges(districtCode: $d) { id status } bureauChanges(districtCode: $d) { id status }
    submissions(districtCode: $d) { id status } zoneSets(districtCode: $d) { id status version } policyDocuments(districtCode: $d, includeDrafts: true) { id title version }
  }`, { d: THEIRS }, tokens.auditor);
  expect(visible.errors ?? []).toEqual([]);
  expect(queues.errors ?? []).toEqual([]);
  return { visible: visible.data, queues: queues.data };
}

/** Refusals in a district's audit of the subgraph that owns the mutation, newest first, each as one line. */
const AUDITS: Record<Graph, (districtCode: string) => Promise<string[]>> = {
  SCHOOLS: async (d) => (await ok('query($d: String!) { registerAudit(districtCode: $d, first: 500) { operation outcome errorCode schoolIds reviewId summary } }', { d }, tokens[`auditor${d}`]!))
    .filter((e: any) => e.outcome === 'REFUSED').map((e: any) => `${e.operation} ${e.errorCode} ${e.schoolIds.join(',')} ${e.reviewId ?? ''} ${e.summary}`),
  CATCHMENTS: async (d) => (await ok('query($d: String!) { catchmentAudit(districtCode: $d, limit: 1000) { action outcome code target summary } }', { d }, tokens[`auditor${d}`]!))
    .filter((e: any) => e.outcome === 'REFUSED').map((e: any) => `${e.action} ${e.code} ${e.target ?? ''} ${e.summary}`),
  ADMISSIONS: async (d) => (await ok('query($d: String!) { history(districtCode: $d, first: 1000) { action entityId schoolId summary } }', { d }, tokens[`auditor${d}`]!))
    .filter((e: any) => e.action.startsWith('REFUSED_')).map((e: any) => `${e.action} ${e.entityId ?? ''} ${e.schoolId ?? ''} ${e.summary}`),
  LEDGER: async (d) => {
    const res = await fetch(`${system.gatewayBaseUrl}/audit?limit=1000`, { headers: { authorization: `Bearer ${tokens[`auditor${d}`]}` } });
    const { entries } = (await res.json()) as { entries: { fields: string[]; outcome: string; errorCodes: string[]; subject: string | null }[] };
    return entries.filter((e) => e.outcome === 'ERROR' && e.fields.includes('setSingleOfficerPublishing')).map((e) => `${e.fields} ${e.errorCodes} ${e.subject}`);
  },
};

function expectRefusal(res: GraphqlResponse, attempt: Attempt) {
  expect(res.data && Object.values(res.data).some((v) => v !== null)).toBeFalsy();
  expect(res.errors?.[0]?.extensions?.code).toBe(attempt.code);
  for (const name of attempt.names()) expect(res.errors![0]!.message).toContain(name);
}

async function expectAuditedOnce(graph: Graph, districtCode: string, before: string[], attempt: Attempt) {
  const after = await AUDITS[graph](districtCode);
  const added = after.slice(0, after.length - before.length);
  expect(added.length).toBeGreaterThan(0);
  expect(added.join('\n')).toContain(graph === 'LEDGER' ? INTRUDER.subject : attempt.names()[0]);
}

// ---- the tests ----------------------------------------------------------------------------------
const MUTATIONS = mutationsOfSupergraph();

it('when the supergraph is read, then every mutation has a row in the table (and no row is stale)', () => {
  expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(TABLE).sort());
});

describe('through the gateway, 370811 aiming at 370812', () => {
  beforeAll(async () => {
    system = await startSystem();
    for (const [name, identity] of Object.entries({ clerk: CLERK, reviewer: REVIEWER, auditor: AUDITOR, intruder: INTRUDER, intruderReviewer: INTRUDER_REVIEWER })) {
      tokens[name] = await system.token(identity);
    }
    tokens[`auditor${THEIRS}`] = tokens.auditor!;
    tokens[`auditor${OURS}`] = await system.token(officer(OURS, 'rc-auditor'));
    tokens.school = await system.token({ role: 'SCHOOL', subject: 'rc-head', schoolId: OUR_SCHOOL });
    tokens.theirSchool = await system.token({ role: 'SCHOOL', subject: 'yz-head', schoolId: THEIR_SCHOOL });
    tokens.unregisteredSchool = await system.token({ role: 'SCHOOL', subject: 'nobody', schoolId: UNREGISTERED });
    const sides = [[THEIRS, tokens.clerk!, tokens.reviewer!], [OURS, tokens.intruder!, tokens.intruderReviewer!]] as const;

    // Both real boundaries and one school in each district, each submitted by one officer and approved by another.
    for (const [code, clerk, reviewer] of sides) {
      await ok(M.approveCatchmentChange, { id: (await ok(M.importDistrictBoundary, boundaryFile(code), clerk)).review.id }, reviewer);
      const schoolId = code === THEIRS ? THEIR_SCHOOL : OUR_SCHOOL;
      await ok(M.approveRegisterChange, { id: (await ok(M.createSchool, { input: school(schoolId, code) }, clerk)).change.id }, reviewer);
    }
    // 370812's published records: zones, rules, a policy, a result, a named list.
    const setId = (await ok(M.importCatchments, zones(THEIRS, 2026, [square('兖州一区', [THEIR_SCHOOL], SQUARE[THEIRS])]), tokens.clerk!)).setId;
    await ok(M.approveCatchmentChange, { id: (await ok(M.publishCatchmentSet, { id: setId }, tokens.clerk!)).id }, tokens.reviewer!);
    await ok(M.approveBureauChange, { id: (await ok(M.importEnrolmentRules, rulesFile(THEIRS, 2026), tokens.clerk!)).review.id }, tokens.reviewer!);
    their.policy = (await ok(M.savePolicyDocument, policy(THEIRS, '兖教发〔2026〕8号'), tokens.clerk!)).id;
    await ok(M.approveBureauChange, { id: (await ok(M.publishPolicyDocument, { id: their.policy }, tokens.clerk!)).id }, tokens.reviewer!);
    await ok(M.approveBureauChange, { id: (await ok(M.importAdmissionResults, resultsFile(THEIRS, THEIR_SCHOOL), tokens.clerk!)).review.id }, tokens.reviewer!);
    await ok(M.approveBureauChange, { id: (await ok(M.publishNamedList, namedList(THEIRS, THEIR_SCHOOL), tokens.clerk!)).id }, tokens.reviewer!);
    // …and what is still on its way: drafts and items waiting for 370812's second officer.
    their.draftSet = (await ok(M.importCatchments, zones(THEIRS, 2028, [square('兖州一区', [THEIR_SCHOOL], SQUARE[THEIRS])]), tokens.clerk!)).setId;
    const pendingSet = (await ok(M.importCatchments, zones(THEIRS, 2027, [square('兖州一区', [THEIR_SCHOOL], SQUARE[THEIRS])]), tokens.clerk!)).setId;
    their.catchmentChange = (await ok(M.publishCatchmentSet, { id: pendingSet }, tokens.clerk!)).id;
    their.bureauChange = (await ok(M.importEnrolmentRules, rulesFile(THEIRS, 2027), tokens.clerk!)).review.id;
    their.registerChange = (await ok(M.updateSchool, { id: THEIR_SCHOOL }, tokens.clerk!)).change.id;
    their.draftPolicy = (await ok(M.savePolicyDocument, policy(THEIRS, '兖教发〔2026〕9号'), tokens.clerk!)).id;
    their.submission = (await ok(M.saveAdmissionResult, resultInput(THEIRS, THEIR_SCHOOL), tokens.theirSchool!)).id;
    their.draftSubmission = (await ok(M.saveTransferReport, transferInput(THEIRS, THEIR_SCHOOL), tokens.theirSchool!)).id;
    const opened = await ok(M.openConsultation, consultation(THEIRS), tokens.clerk!);
    await ok(M.approveBureauChange, { id: opened.id }, tokens.reviewer!);
    their.consultation = opened.recordKey;
    their.pendingConsultation = (await ok(M.openConsultation, consultation(THEIRS, '待审核的征求意见'), tokens.clerk!)).recordKey;
  }, 120_000);
  afterAll(() => system?.stop());

  const tokenOf = (attempt: Attempt) => (attempt.as === 'SCHOOL' ? (attempt.code === 'NOT_FOUND' ? tokens.unregisteredSchool : tokens.school) : tokens.intruder);

  describe.each(Object.keys(TABLE).sort())('%s', (mutation) => {
    const row = TABLE[mutation]!;
    const graph = () => MUTATIONS[mutation]!;

    /** Sends the attempt: refused as the row says, 370812 unchanged, the refusal in the audit. */
    const refusedAndAudited = async (attempt: Attempt) => {
      const before = { theirs: await snapshotOfTheirs(), audit: await AUDITS[graph()](attempt.auditedIn) };
      expectRefusal(await send(M[mutation as keyof typeof M], attempt.variables(), tokenOf(attempt)), attempt);
      expect(await snapshotOfTheirs()).toEqual(before.theirs);
      await expectAuditedOnce(graph(), attempt.auditedIn, before.audit, attempt);
    };

    if (row.foreign.length) {
      it.each(row.foreign.map((a) => [a.what, a] as const))(
        `when %s, then it is refused naming the record and 370812, 370812's reads are unchanged, and 370812's audit records it`,
        (_what, attempt) => refusedAndAudited(attempt),
      );
    }

    if (row.openToAll) {
      const open = row.openToAll;
      it(`when anonymous and ${OURS}'s bureau send it to ${THEIRS}'s published record, then it is taken with no identity stored, and 370812's reads are unchanged`, async () => {
        const before = await snapshotOfTheirs();
        for (const token of [undefined, tokens.intruder]) {
          const res = await send(M[mutation as keyof typeof M], open.published(), token);
          expect(res.errors ?? []).toEqual([]);
        }
        expect(await snapshotOfTheirs()).toEqual(before);
        const history = await ok('query($d: String!) { history(districtCode: $d, first: 1000) { action actor } }', { d: THEIRS }, tokens.auditor!);
        const taken = history.filter((e: any) => e.action === 'COMMENT');
        expect(taken.length).toBeGreaterThan(0);
        expect(taken.every((e: any) => e.actor === 'anonymous')).toBe(true);
      });
      it(`when anyone sends it to ${THEIRS}'s record still in review, then it is refused NOT_FOUND and nothing changes`, async () => {
        const before = await snapshotOfTheirs();
        for (const token of [undefined, tokens.intruder, tokens.clerk]) {
          expect((await send(M[mutation as keyof typeof M], open.inReview(), token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        }
        expect(await snapshotOfTheirs()).toEqual(before);
      });
      return;
    }

    if (row.unregistered) {
      it(`when ${row.unregistered.what}, then it is refused NOT_FOUND naming the id, nothing changes, and it is audited`, () => refusedAndAudited(row.unregistered!));
    }

    it('when an anonymous caller sends it, then it is refused and nothing is stored', async () => {
      const before = await snapshotOfTheirs();
      const res = await send(M[mutation as keyof typeof M], row.foreign[0]!.variables());
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(res.errors?.[0]?.extensions?.code);
      expect(await snapshotOfTheirs()).toEqual(before);
    });
  });
});
