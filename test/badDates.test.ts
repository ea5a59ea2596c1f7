import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type InputValueDefinitionNode, type TypeNode } from 'graphql';
import { fieldLabel } from '@zsgk/messages';
import type { GraphqlResponse } from '@zsgk/testkit';
import { startSystem } from './support/startSystem';
import { boundaryFile } from './support/crossDistrictInputs';

/**
 * Every date the supergraph accepts, sent every kind of bad date through the real gateway: each must
 * be refused as BAD_USER_INPUT naming the field, never INTERNAL_SERVER_ERROR, and store nothing.
 *
 * Which arguments and input fields are dates is read from gateway/supergraph.graphql, so a date added
 * to any subgraph fails this test until the table below covers it. The rule: an argument or input
 * field is a date when its description says YYYY-MM-DD, or when it is not a number or a boolean and
 * its name is on/asOf/from/until, ends in On/Date/At, starts with date/effective/expires.
 */
const DATE_NAME = /^(on|asOf|from|until)$|On$|Date$|At$|^date|^effective|^expires/;
/** Types a date never travels in (publicationLogEntries(from: Int) is an index). */
const NOT_DATES = new Set(['Int', 'Float', 'Boolean']);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

function dateCoordinates(): string[] {
  const sdl = readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8');
  const found: string[] = [];
  const isDate = (value: InputValueDefinitionNode) =>
    /YYYY-MM-DD/.test(value.description?.value ?? '') || (DATE_NAME.test(value.name.value) && !NOT_DATES.has(namedType(value.type)));
  for (const definition of parse(sdl).definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      for (const field of definition.fields ?? []) {
        for (const arg of field.arguments ?? []) if (isDate(arg)) found.push(`${definition.name.value}.${field.name.value}(${arg.name.value})`);
      }
    }
    if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && !definition.name.value.startsWith('join__')) {
      for (const field of definition.fields ?? []) if (isDate(field)) found.push(`${definition.name.value}.${field.name.value}`);
    }
  }
  return found.sort();
}

const DISTRICT = '370812';
const BUREAU = { role: 'BUREAU', subject: 'clerk-dates', districtCode: DISTRICT } as const;
const SECOND_BUREAU = { role: 'BUREAU', subject: 'reviewer-dates', districtCode: DISTRICT } as const;
const BAD = ['2026-13-01', '2026-00-10', '2026-01-32', '2026-02-29', '2026-1-5', 'yesterday', '2026-09-01T00:00:00Z'];
/** Out of the field's year window: 1850 for policy and "on a date" fields; schools may be that old. */
const TOO_EARLY = { policy: '1850-01-01', school: '1750-01-01' };

let system: Awaited<ReturnType<typeof startSystem>>;
let tokens: Record<'bureau' | 'second' | 'school', string>;
const send = (query: string, variables: Record<string, unknown>, token?: string): Promise<GraphqlResponse> =>
  system.gateway.request(query, variables, undefined, token ? { authorization: `Bearer ${token}` } : {});
const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const res = await send(query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!;
};

const school = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `日期测试学校${id.slice(-3)}`, stages: ['PRIMARY'], ownership: 'PUBLIC', districtCode: DISTRICT, address: '兖州区建设路1号',
  location: { lng: 116.79, lat: 35.55 }, enquiryPhone: '0537-3412345', supervisionPhone: '0537-3419999', petitionAddress: '教育局信访室', ...extra,
});
const policy = (documentNumber: string, extra: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, documentNumber, title: `${documentNumber} 关于军人子女入学优待的实施办法`, issuer: '兖州区教育和体育局',
  categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '军人子女可在驻地就近入学', ...extra,
});
const rules = (extra: Record<string, unknown>) => ({ year: 2026, stage: 'PRIMARY', title: '兖州区2026年义务教育学校招生工作方案', admissionMethod: '就近免试入学', interpretation: '招生政策解读', ...extra });

const CREATE_SCHOOL = 'mutation($input: SchoolInput!) { createSchool(input: $input) { change { id } } }';
const SCHOOL_STATE = `query($id: ID!) { school(id: $id) { status openedOn closedOn updatedAt }
  registerChanges(districtCode: "${DISTRICT}") { id status } }`;
const SAVE_POLICY = 'mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }';
const POLICIES = `{ policyDocuments(districtCode: "${DISTRICT}", includeDrafts: true) { id documentNumber effectiveFrom effectiveUntil published }
  bureauChanges(districtCode: "${DISTRICT}") { id status } }`;
const EXPIRING_POLICY = '兖教发〔2026〕31号';
const OPEN_CONSULTATION = 'mutation($input: ConsultationInput!) { openConsultation(input: $input) { id } }';
const consultation = (extra: Record<string, unknown>) => ({ districtCode: DISTRICT, subjectKind: 'OTHER', title: '日期测试征求意见', draftText: '草案', basis: '依据', howToComment: '通过本平台提交', ...extra });
let expiringPolicyId: string;
const SAVE_RULES = 'mutation($input: EnrolmentRulesInput!) { saveEnrolmentRules(input: $input) { id } }';
/**
 * The rules form for one year and stage: each row its own, so the control of one never waits in review
 * beside another's (the form is refused while a different one for the same rules waits), and none is
 * the 2026 primary rules the file imports below use.
 */
const rulesForm = (year: number, stage: string, extra: Record<string, unknown>) => ({
  districtCode: DISTRICT, ...rules({ year, stage, timetable: [{ phase: '网上报名', startsOn: `${year}-07-01`, endsOn: `${year}-07-10` }] }), ...extra,
});
const phaseDates = (year: number, stage: string, dates: Record<string, string>) =>
  rulesForm(year, stage, { timetable: [{ phase: '网上报名', startsOn: `${year}-07-01`, endsOn: `${year}-07-10`, ...dates }] });

/** The publication clock's decision date (issue 13 item 4): every submitting mutation takes one; the controls use a past date. */
const DECIDED = '2026-09-25';
/** A school of the register (created in beforeAll) whose clerk saves the school submissions below. */
const CLERK_SCHOOL = '2137089201';
const SUBMISSIONS = `{ submissions(districtCode: "${DISTRICT}") { id status } }`;
const submissions = () => ok(SUBMISSIONS, {}, tokens.bureau);
const schoolInput = (extra: Record<string, unknown>) => ({ districtCode: DISTRICT, schoolId: CLERK_SCHOOL, ...extra });
let draftPolicyId: string;
let draftZoneSetId: string;
/** A second draft set, and a zone-set consultation opened (and approved) for it, for openZoneSetConsultation's closesOn. */
let consultationDraftSetId: string;
let zoneConsultationId: string;
const ZONE_CHANGES = `{ catchmentChanges(districtCode: "${DISTRICT}") { id status } }`;

/** A school's state and the district's register changes in review: a refused write adds to neither. */
const schoolState = (id: string) => ok(SCHOOL_STATE, { id }, tokens.bureau);
/** The district's policy documents (drafts too) and bureau changes in review. */
const policies = () => ok(POLICIES, {}, tokens.bureau);

/** How to send a date to one field, with a good date that gets past the date check, and what it may store. */
interface DateField {
  role: 'PUBLIC' | 'BUREAU' | 'SCHOOL';
  early: string;
  good: string;
  send(date: string, token?: string): Promise<GraphqlResponse>;
  /** What the field could write; equal before and after the bad dates. Absent for reads. */
  stored?(): Promise<unknown>;
}

const TABLE: Record<string, DateField> = {
  'ConsultationInput.opensOn': { role: 'BUREAU', early: TOO_EARLY.policy, good: '2030-01-01', send: (opensOn, token) => send(OPEN_CONSULTATION, { input: consultation({ opensOn }) }, token), stored: policies },
  'ConsultationInput.closesOn': { role: 'BUREAU', early: TOO_EARLY.policy, good: '2030-02-28', send: (closesOn, token) => send(OPEN_CONSULTATION, { input: consultation({ opensOn: '2030-01-01', closesOn }) }, token), stored: policies },
  'Query.enrolmentTimetable(on)': {
    role: 'PUBLIC', early: TOO_EARLY.policy, good: '2026-07-01',
    send: (on) => send(`query($on: String) { enrolmentTimetable(districtCode: "${DISTRICT}", year: 2026, stage: PRIMARY, on: $on) { on } }`, { on }),
  },
  'PolicyDocument.status(on)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-07-01',
    send: (on, token) => send(`query($on: String) { policyDocuments(districtCode: "${DISTRICT}", includeDrafts: true) { status(on: $on) } }`, { on }, token),
  },
  'Query.publicationDeadline(from)': {
    role: 'PUBLIC', early: TOO_EARLY.policy, good: '2026-07-01',
    send: (from) => send('query($from: String!) { publicationDeadline(from: $from) { dueOn } }', { from }),
  },
  'Query.overduePublications(asOf)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-07-01',
    send: (asOf, token) => send(`query($asOf: String) { overduePublications(districtCode: "${DISTRICT}", year: 2026, stage: PRIMARY, asOf: $asOf) { __typename } }`, { asOf }, token),
  },
  'Query.admissionsSummary(asOf)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-07-01',
    send: (asOf, token) => send(`query($asOf: String) { admissionsSummary(districtCode: "${DISTRICT}", year: 2026, stage: PRIMARY, asOf: $asOf) { __typename } }`, { asOf }, token),
  },
  'Mutation.setPolicyDocumentExpiry(effectiveUntil)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2030-12-31',
    send: (effectiveUntil, token) => send('mutation($id: ID!, $until: String!) { setPolicyDocumentExpiry(id: $id, effectiveUntil: $until) { id } }', { id: expiringPolicyId, until: effectiveUntil }, token),
    stored: policies,
  },
  'PolicyDocumentInput.effectiveFrom': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-03-01',
    send: (effectiveFrom, token) => send(SAVE_POLICY, { input: policy('兖教发〔2026〕32号', { effectiveFrom }) }, token),
    stored: policies,
  },
  'PolicyDocumentInput.effectiveUntil': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2030-12-31',
    send: (effectiveUntil, token) => send(SAVE_POLICY, { input: policy('兖教发〔2026〕33号', { effectiveFrom: '1990-01-01', effectiveUntil }) }, token),
    stored: policies,
  },
  'Mutation.closeSchool(closedOn)': {
    role: 'BUREAU', early: TOO_EARLY.school, good: '2026-07-31',
    send: (closedOn, token) => send('mutation($on: String!) { closeSchool(id: "2137089201", closedOn: $on, reason: "并入实验小学") { warnings } }', { on: closedOn }, token),
    stored: () => schoolState('2137089201'),
  },
  'EnrolmentRulesInput.issuedOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2027-03-01',
    send: (issuedOn, token) => send(SAVE_RULES, { input: rulesForm(2027, 'PRIMARY', { issuedOn }) }, token),
    stored: policies,
  },
  'TimetablePhaseInput.startsOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2027-07-01',
    send: (startsOn, token) => send(SAVE_RULES, { input: phaseDates(2027, 'JUNIOR', { startsOn }) }, token),
    stored: policies,
  },
  'TimetablePhaseInput.endsOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-07-10',
    send: (endsOn, token) => send(SAVE_RULES, { input: phaseDates(2026, 'JUNIOR', { endsOn }) }, token),
    stored: policies,
  },
  'SchoolInput.openedOn': {
    role: 'BUREAU', early: TOO_EARLY.school, good: '1902-09-01',
    send: (openedOn, token) => send(CREATE_SCHOOL, { input: school('2137089202', { openedOn }) }, token),
    stored: () => schoolState('2137089202'),
  },
  'AdmissionsImportInput.decidedOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { accepted } }', { input: { districtCode: DISTRICT, content: JSON.stringify([rules({ year: 2025 })]), decidedOn } }, token),
    stored: policies,
  },
  'EnrolmentRulesInput.decidedOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send(SAVE_RULES, { input: rulesForm(2027, 'SENIOR', { decidedOn }) }, token),
    stored: policies,
  },
  'NamedListInput.decidedOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }', {
      input: schoolInput({ kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '日期测试录取名单', entries: [{ name: '张三明' }], decidedOn }),
    }, token),
    stored: policies,
  },
  'ConsultationInput.decidedOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send(OPEN_CONSULTATION, { input: consultation({ title: '决定日期测试征求意见', opensOn: '2030-03-01', decidedOn }) }, token),
    stored: policies,
  },
  'Mutation.publishPolicyDocument(decidedOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($id: ID!, $d: String) { publishPolicyDocument(id: $id, decidedOn: $d) { id } }', { id: draftPolicyId, d: decidedOn }, token),
    stored: policies,
  },
  'Mutation.setPolicyDocumentExpiry(decidedOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($id: ID!, $d: String) { setPolicyDocumentExpiry(id: $id, effectiveUntil: "2031-12-31", decidedOn: $d) { id } }', { id: expiringPolicyId, d: decidedOn }, token),
    stored: policies,
  },
  'AdmissionResultInput.decidedOn': {
    role: 'SCHOOL', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: AdmissionResultInput!) { saveAdmissionResult(input: $input) { id } }', { input: schoolInput({ year: 2026, stage: 'PRIMARY', plannedSeats: 180, applicants: 200, admitted: 180, decidedOn }) }, token),
    stored: submissions,
  },
  'EnrolmentPlanInput.decidedOn': {
    role: 'SCHOOL', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: EnrolmentPlanInput!) { saveEnrolmentPlan(input: $input) { id } }', { input: schoolInput({ year: 2027, stage: 'PRIMARY', plannedSeats: 180, decidedOn }) }, token),
    stored: submissions,
  },
  'SchoolRulesInput.decidedOn': {
    role: 'SCHOOL', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: SchoolRulesInput!) { saveSchoolRules(input: $input) { id } }', { input: schoolInput({ year: 2026, stage: 'PRIMARY', rules: ['按划片招生'], decidedOn }) }, token),
    stored: submissions,
  },
  'TransferReportInput.decidedOn': {
    role: 'SCHOOL', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: TransferReportInput!) { saveTransferReport(input: $input) { id } }', { input: schoolInput({ year: 2026, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 1 }], decidedOn }) }, token),
    stored: submissions,
  },
  'SchoolImportInput.decidedOn': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: SchoolImportInput!) { importSchools(input: $input) { accepted } }', { input: { districtCode: DISTRICT, format: 'JSON', content: JSON.stringify([school('2137089221')]), decidedOn } }, token),
    stored: () => schoolState('2137089221'),
  },
  'Mutation.createSchool(decidedOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($input: SchoolInput!, $d: String) { createSchool(input: $input, decidedOn: $d) { warnings } }', { input: school('2137089222'), d: decidedOn }, token),
    stored: () => schoolState('2137089222'),
  },
  'Mutation.updateSchool(decidedOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($d: String) { updateSchool(id: "2137089204", patch: { enquiryPhone: "0537-3410000" }, decidedOn: $d) { warnings } }', { d: decidedOn }, token),
    stored: () => schoolState('2137089204'),
  },
  'Mutation.closeSchool(decidedOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($d: String) { closeSchool(id: "2137089205", closedOn: "2026-07-31", reason: "并入实验小学", decidedOn: $d) { warnings } }', { d: decidedOn }, token),
    stored: () => schoolState('2137089205'),
  },
  'Mutation.reopenSchool(decidedOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($d: String) { reopenSchool(id: "2137089206", decidedOn: $d) { warnings } }', { d: decidedOn }, token),
    stored: () => schoolState('2137089206'),
  },
  'Mutation.publishCatchmentSet(decidedOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: DECIDED,
    send: (decidedOn, token) => send('mutation($id: ID!, $d: String) { publishCatchmentSet(setId: $id, decidedOn: $d) { id } }', { id: draftZoneSetId, d: decidedOn }, token),
    stored: () => ok(ZONE_CHANGES, {}, tokens.bureau),
  },
  'Mutation.openZoneSetConsultation(closesOn)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2030-02-28',
    send: (closesOn, token) => send('mutation($id: ID!, $c: ID!, $on: String!) { openZoneSetConsultation(setId: $id, consultationId: $c, closesOn: $on) { id } }', { id: consultationDraftSetId, c: zoneConsultationId, on: closesOn }, token),
    stored: () => ok(ZONE_CHANGES, {}, tokens.bureau),
  },
  'GazetteerImportInput.validFrom': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-09-01',
    send: (validFrom, token) => send('mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted } }', { input: { districtCode: DISTRICT, year: 2026, validFrom, content: '类型,名称,经度,纬度\n小区,日期测试小区,116.79,35.55' } }, token),
    stored: () => ok(ZONE_CHANGES, {}, tokens.bureau),
  },
  'Query.overdueAdmissionsChanges(asOf)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-11-02',
    send: (asOf, token) => send(`query($asOf: String) { overdueAdmissionsChanges(districtCode: "${DISTRICT}", asOf: $asOf) { asOf } }`, { asOf }, token),
  },
  'Query.overdueRegisterChanges(asOf)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-11-02',
    send: (asOf, token) => send(`query($asOf: String) { overdueRegisterChanges(districtCode: "${DISTRICT}", asOf: $asOf) { asOf } }`, { asOf }, token),
  },
  'Query.overdueZoneSets(asOf)': {
    role: 'BUREAU', early: TOO_EARLY.policy, good: '2026-11-02',
    send: (asOf, token) => send(`query($asOf: String) { overdueZoneSets(districtCode: "${DISTRICT}", asOf: $asOf) { asOf } }`, { asOf }, token),
  },
  'SchoolPatch.openedOn': {
    role: 'BUREAU', early: TOO_EARLY.school, good: '1902-09-01',
    send: (openedOn, token) => send('mutation($on: String) { updateSchool(id: "2137089203", patch: { openedOn: $on }) { warnings } }', { on: openedOn }, token),
    stored: () => schoolState('2137089203'),
  },
};

/** The error a bad date must give: coded BAD_USER_INPUT (never INTERNAL_SERVER_ERROR), naming the field and quoting the value. */
function expectRefusal(res: GraphqlResponse, field: string, value: string) {
  expect(res.errors?.length).toBeGreaterThan(0);
  for (const error of res.errors!) {
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(error.extensions!.field)).toMatch(new RegExp(`(^|\\.)${field}$`));
    // Named as the API calls it, or as the staff see it (the catalogue's Chinese label of the field).
    const label = fieldLabel(String(error.extensions!.field));
    expect([error.message.includes(field), error.message.includes(label)]).toContain(true);
    expect(error.message).toContain(JSON.stringify(value));
  }
}

it('when the supergraph is read, then every date argument and input field has a row in the table (and no row is stale)', () => {
  expect(dateCoordinates()).toEqual(Object.keys(TABLE).sort());
});

describe('through the gateway', () => {
  beforeAll(async () => {
    system = await startSystem();
    tokens = {
      bureau: await system.token(BUREAU), second: await system.token(SECOND_BUREAU),
      school: await system.token({ role: 'SCHOOL', subject: 'clerk-school-dates', schoolId: CLERK_SCHOOL }),
    };
    // Schools in the register and a published policy: each written by one officer, approved by another.
    for (const id of ['2137089201', '2137089203', '2137089204', '2137089205']) {
      const { change } = (await ok(CREATE_SCHOOL, { input: school(id, { openedOn: '1998-09-01' }) }, tokens.bureau)).createSchool;
      await ok('mutation($id: ID!) { approveRegisterChange(id: $id) { id } }', { id: change.id }, tokens.second);
    }
    expiringPolicyId = (await ok(SAVE_POLICY, { input: policy(EXPIRING_POLICY) }, tokens.bureau)).savePolicyDocument.id;
    const submitted = (await ok('mutation($id: ID!) { publishPolicyDocument(id: $id) { id } }', { id: expiringPolicyId }, tokens.bureau)).publishPolicyDocument;
    await ok('mutation($id: ID!) { approveBureauChange(id: $id) { id } }', { id: submitted.id }, tokens.second);
    // For the decision dates: a closed school to reopen, a draft policy and a draft zone set to submit.
    const closed = (await ok('mutation($input: SchoolImportInput!) { importSchools(input: $input) { change { id } } }', {
      input: { districtCode: DISTRICT, format: 'JSON', content: JSON.stringify([school('2137089206', { openedOn: '1998-09-01', status: 'CLOSED', closedOn: '2020-07-31', closureReason: '撤并' })]) },
    }, tokens.bureau)).importSchools;
    await ok('mutation($id: ID!) { approveRegisterChange(id: $id) { id } }', { id: closed.change.id }, tokens.second);
    draftPolicyId = (await ok(SAVE_POLICY, { input: policy('兖教发〔2026〕34号') }, tokens.bureau)).savePolicyDocument.id;
    // Zones are checked against the district's published boundary: publish it first (one officer imports, another approves).
    const boundary = (await ok('mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { review { id } } }', boundaryFile(DISTRICT), tokens.bureau)).importDistrictBoundary;
    await ok('mutation($id: ID!) { approveCatchmentChange(id: $id) { id } }', { id: boundary.review.id }, tokens.second);
    const drawn = (await ok('mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { reason } } }', {
      input: { districtCode: DISTRICT, year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features: [
        { type: 'Feature', properties: { name: '日期测试片区', schools: [CLERK_SCHOOL] }, geometry: { type: 'Polygon', coordinates: [[[116.78, 35.54], [116.8, 35.54], [116.8, 35.56], [116.78, 35.56], [116.78, 35.54]]] } },
      ] }) },
    }, tokens.bureau)).importCatchments;
    draftZoneSetId = drawn.setId;
    consultationDraftSetId = (await ok('mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { setId } }', {
      input: { districtCode: DISTRICT, year: 2027, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features: [
        { type: 'Feature', properties: { name: '日期测试片区', schools: [CLERK_SCHOOL] }, geometry: { type: 'Polygon', coordinates: [[[116.78, 35.54], [116.8, 35.54], [116.8, 35.56], [116.78, 35.56], [116.78, 35.54]]] } },
      ] }) },
    }, tokens.bureau)).importCatchments.setId;
    const opened = (await ok('mutation($input: ConsultationInput!) { openConsultation(input: $input) { id } }', {
      input: consultation({ subjectKind: 'ZONE_SET', subjectId: consultationDraftSetId, title: '2027 年划片征求意见（日期测试）', opensOn: '2030-01-01', closesOn: '2030-02-28' }),
    }, tokens.bureau)).openConsultation;
    zoneConsultationId = (await ok('mutation($id: ID!) { approveBureauChange(id: $id) { recordKey } }', { id: opened.id }, tokens.second)).approveBureauChange.recordKey;
  });
  afterAll(() => system?.stop());

  describe('bad dates on every date field of the supergraph', () => {
    it.each(Object.keys(TABLE).sort())('when %s gets a bad date, then it is refused naming the field and nothing is stored', async (coordinate) => {
      const entry = TABLE[coordinate]!;
      const token = entry.role === 'BUREAU' ? tokens.bureau : entry.role === 'SCHOOL' ? tokens.school : undefined;
      const field = /\((\w+)\)$/.exec(coordinate)?.[1] ?? coordinate.split('.').pop()!;
      const before = await entry.stored?.();
      for (const value of [...BAD, entry.early]) {
        const res = await entry.send(value, token);
        expectRefusal(res, field, value);
      }
      expect(await entry.stored?.()).toEqual(before);
      // The same request with a good date passes the date check: the refusals above were the dates'.
      const control = await entry.send(entry.good, token);
      expect(control.errors ?? []).toEqual([]);
    });
  });

  describe('bad dates inside imported files', () => {
    const IMPORT_SCHOOLS = `mutation($input: SchoolImportInput!) { importSchools(input: $input) { accepted problems { row field reason } } }`;
    const IMPORT_RULES = `mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { accepted problems { row field reason } } }`;
    const RULES = `{ enrolmentRules(districtCode: "${DISTRICT}", year: 2026, stage: PRIMARY) { title } bureauChanges(districtCode: "${DISTRICT}") { id status } }`;
    const phase = (dates: Record<string, string>) => ({ timetable: [{ phase: '网上报名', startsOn: '2026-07-01', endsOn: '2026-07-05', ...dates }] });
    const FILE_FIELDS: [string, string, (date: string) => Promise<GraphqlResponse>, () => Promise<unknown>][] = [
      ['school register (JSON)', 'openedOn', (d) => send(IMPORT_SCHOOLS, { input: { districtCode: DISTRICT, format: 'JSON', content: JSON.stringify([school('2137089211', { openedOn: d })]) } }, tokens.bureau), () => schoolState('2137089211')],
      ['school register (JSON)', 'closedOn', (d) => send(IMPORT_SCHOOLS, { input: { districtCode: DISTRICT, format: 'JSON', content: JSON.stringify([school('2137089212', { status: 'CLOSED', closedOn: d, closureReason: '撤并' })]) } }, tokens.bureau), () => schoolState('2137089212')],
      ['school register (CSV)', '开办日期', (d) => send(IMPORT_SCHOOLS, { input: { districtCode: DISTRICT, format: 'CSV', content: `学校标识码,学校名称,学段,办学性质,地址,经度,纬度,招生咨询电话,监督举报电话,信访接待地址,开办日期\n2137089213,日期测试学校213,小学,公办,兖州区建设路1号,116.79,35.55,0537-3412345,0537-3419999,教育局信访室,${d}\n` } }, tokens.bureau), () => schoolState('2137089213')],
      ['enrolment rules', 'issuedOn', (d) => send(IMPORT_RULES, { input: { districtCode: DISTRICT, content: JSON.stringify([rules({ issuedOn: d })]) } }, tokens.bureau), () => ok(RULES, {}, tokens.bureau)],
      ['enrolment rules', 'timetable.0.startsOn', (d) => send(IMPORT_RULES, { input: { districtCode: DISTRICT, content: JSON.stringify([rules(phase({ startsOn: d }))]) } }, tokens.bureau), () => ok(RULES, {}, tokens.bureau)],
      ['enrolment rules', 'timetable.0.endsOn', (d) => send(IMPORT_RULES, { input: { districtCode: DISTRICT, content: JSON.stringify([rules(phase({ endsOn: d }))]) } }, tokens.bureau), () => ok(RULES, {}, tokens.bureau)],
    ];

    it.each(FILE_FIELDS)('when a row of the %s has a bad %s, then the row is refused naming the field (as the file names it) and nothing is stored', async (_file, field, importWith, stored) => {
      const before = await stored();
      // A CSV cell of 2026-1-5 is read as Excel writes dates (2026-01-05), so it is no bad date there.
      const bad = [...BAD, '1750-01-01'].filter((d) => !(_file.includes('CSV') && d === '2026-1-5'));
      for (const value of bad) {
        const res = await importWith(value);
        expect(res.errors).toBeUndefined();
        const report = Object.values(res.data!)[0] as { accepted: boolean; problems: { row: number; field: string; reason: string }[] };
        expect(report.accepted).toBe(false);
        expect(report.problems).toContainEqual({ row: expect.any(Number), field, reason: expect.stringContaining(JSON.stringify(value)) });
      }
      expect(await stored()).toEqual(before);
    });
  });
});
