import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType, isScalarType, isEnumType, isNonNullType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { APPROVE_CHANGE, BUREAU, DISTRICT, OTHER_BUREAU, SCHOOL_A, schoolUser, SECOND_BUREAU, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
let schema: GraphQLSchema;
const listIds: string[] = [];

const PEOPLE = [
  { name: '张三明', idNumber: '37081220150101123X', category: 'MILITARY_FAMILY' },
  { name: '欧阳娜娜', idNumber: '370812201603154321', category: 'MARTYR_CHILD' },
  { name: '李四', idNumber: null, category: 'HIGH_LEVEL_TALENT' },
];
const RAW = [...PEOPLE.map((p) => p.name), '37081220150101123X', '370812201603154321', '20150101', '20160315'];
const PUBLISH = `mutation($input: NamedListInput!) { publishNamedList(input: $input) { id status } }`;

beforeAll(async () => {
  harness = await startAdmissionsServer();
  for (const input of [
    { districtCode: DISTRICT, kind: 'POLICY_PREFERENCE', year: 2026, stage: 'PRIMARY', title: '2026年政策性照顾学生名单公示', entries: PEOPLE },
    { districtCode: DISTRICT, schoolId: SCHOOL_A, kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '实验小学2026年录取名单', entries: PEOPLE.map(({ name, idNumber }) => ({ name, idNumber })) },
  ]) {
    const res = await harness.client.request(PUBLISH, { input }, BUREAU);
    const approved = await harness.client.request(APPROVE_CHANGE, { id: res.data!.publishNamedList.id }, SECOND_BUREAU);
    listIds.push(approved.data!.approveBureauChange.published[0].recordId);
  }
  const introspection = await harness.client.request(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data as never);
});
afterAll(() => harness.stop());

/** Argument values for any field on a path; unknown optional arguments are left out. */
const ARGUMENT_VALUES: Record<string, () => string> = {
  districtCode: () => `"${DISTRICT}"`,
  year: () => '2026',
  stage: () => 'PRIMARY',
  id: () => `"${listIds[0]}"`,
  schoolId: () => `"${SCHOOL_A}"`,
  term: () => 'AUTUMN',
  from: () => '"2026-07-01"',
  reason: () => '"x"',
  representations: () => `[{ __typename: "School", id: "${SCHOOL_A}", districtCode: "${DISTRICT}" }]`,
};

function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => ARGUMENT_VALUES[a.name] && (isNonNullType(a.type) || ['year', 'stage', 'districtCode'].includes(a.name)));
  const missing = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && !ARGUMENT_VALUES[a.name]);
  if (missing.length) return '!';
  return args.length ? `(${args.map((a) => `${a.name}: ${ARGUMENT_VALUES[a.name]!()}`).join(', ')})` : '';
}

/** Every query path from Query to NamedListEntry, each type at most once per path. */
function pathsToEntries(): string[] {
  const queries: string[] = [];
  const entryLeaves = (type: GraphQLObjectType) =>
    Object.values(type.getFields()).filter((f) => isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))).map((f) => f.name).join(' ');
  const walk = (type: GraphQLObjectType, seen: Set<string>, wrap: (inner: string) => string) => {
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (field.name === '_entities') {
        const school = schema.getType('School') as GraphQLObjectType;
        walk(school, new Set([...seen, 'School']), (inner) => wrap(`_entities${argumentsOf(field)} { ... on School { ${inner} } }`));
        continue;
      }
      if (!isObjectType(target) || seen.has(target.name)) continue;
      const args = argumentsOf(field);
      if (args === '!') continue;
      if (target.name === 'NamedListEntry') {
        queries.push(wrap(`${field.name}${args} { ${entryLeaves(target)} }`));
        continue;
      }
      walk(target, new Set([...seen, target.name]), (inner) => wrap(`${field.name}${args} { ${inner} }`));
    }
  };
  walk(schema.getQueryType()!, new Set(['Query']), (inner) => `{ ${inner} }`);
  return queries;
}

describe('named lists are masked on every path but the district bureau’s unmasked one', () => {
  it.each([
    ['an anonymous caller', undefined],
    ['a school user', schoolUser(SCHOOL_A)],
    ['the bureau of another district', OTHER_BUREAU],
    ['the district bureau (without asking unmasked)', BUREAU],
  ])('when %s follows every schema path to a list entry, then no unmasked name or ID number comes back', async (_who, identity) => {
    const queries = pathsToEntries();
    expect(queries.length).toBeGreaterThanOrEqual(4);
    let maskedEntries = 0;
    for (const query of queries) {
      const body = JSON.stringify(await harness.client.request(query, {}, identity as never));
      for (const raw of RAW) expect({ query, leaked: body.includes(raw) ? raw : null }).toEqual({ query, leaked: null });
      maskedEntries += (body.match(/"masked":true/g) ?? []).length;
    }
    // The walk reached real entries (Query.namedLists, Query.namedList, School.namedLists via _entities…), all masked.
    expect(maskedEntries).toBeGreaterThanOrEqual(3 * PEOPLE.length);
  });

  it('when anyone but the district bureau asks for entries unmasked, then it is refused', async () => {
    const query = `{ namedList(id: "${listIds[0]}") { entries(unmasked: true) { name idNumber } } }`;
    for (const identity of [undefined, schoolUser(SCHOOL_A), OTHER_BUREAU]) {
      const res = await harness.client.request(query, {}, identity as never);
      expect(res.errors![0]!.extensions!.code).toMatch(/FORBIDDEN/);
      expect(JSON.stringify(res)).not.toContain('张三明');
    }
  });

  it('when the district bureau asks unmasked, then it reads the names, and the read is in the history (who, when, which list); the public reads them masked by the one rule', async () => {
    const query = (unmasked: boolean) => `{ namedList(id: "${listIds[0]}") { entries(unmasked: ${unmasked}) { name idNumber masked } } }`;
    const reads = `{ history(districtCode: "${DISTRICT}", entityId: "${listIds[0]}") { action actor at entityId changes } }`;
    const before = (await harness.client.request(reads, {}, BUREAU)).data!.history.filter((e: any) => e.action === 'READ_UNMASKED');
    expect((await harness.client.request(query(true), {}, BUREAU)).data!.namedList.entries[0]).toEqual({ name: '张三明', idNumber: '37081220150101123X', masked: false });
    const after = (await harness.client.request(reads, {}, BUREAU)).data!.history.filter((e: any) => e.action === 'READ_UNMASKED');
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ actor: 'reviewer-1', entityId: listIds[0], changes: null, at: expect.any(String) });
    expect(JSON.stringify(after)).not.toContain('张三明');
    expect((await harness.client.request(query(false))).data!.namedList.entries).toEqual([
      { name: '张*明', idNumber: '370812********123X', masked: true },
      { name: '欧**娜', idNumber: '370812********4321', masked: true },
      { name: '李*', idNumber: null, masked: true },
    ]);
  });

  it('when a list carries more than it needs (an address), then it is refused and nothing is stored', async () => {
    const res = await harness.client.request(
      `mutation { publishNamedList(input: { districtCode: "${DISTRICT}", kind: POLICY_PREFERENCE, year: 2026, stage: JUNIOR, title: "t",
        entries: [{ name: "王五", category: "MILITARY_FAMILY", address: "某路1号" }] }) { id } }`, {}, BUREAU);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await harness.count('named_lists', { stage: 'JUNIOR' })).toBe(0);
    expect(await harness.count('review_events', { recordKey: { $regex: 'JUNIOR' } })).toBe(0);
  });

  it('when the publication log content of a list is read, then the people are masked and a digest stands for the entries', async () => {
    const res = await harness.client.request(`{ _entities(representations: [{ __typename: "PublicationLogEntry", kind: "NAMED_LIST", recordId: "${listIds[0]}", version: 1 }]) {
      ... on PublicationLogEntry { admissionsContent } } }`);
    const content = res.data!._entities[0].admissionsContent as string;
    for (const raw of RAW) expect(content).not.toContain(raw);
    expect(JSON.parse(content)).toMatchObject({ entries: expect.arrayContaining([{ name: '张*明', idNumber: '370812********123X', category: 'MILITARY_FAMILY' }]), entriesDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
