import { BUREAU, IMPORT, PUBLISH, squareZone, startCatchmentsServer } from './catchmentsServer';

let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
let draftId: string;
let draftZoneId: string;
beforeAll(async () => {
  harness = await startCatchmentsServer();
  const res = await harness.client.request(IMPORT, { input: input() }, BUREAU);
  draftId = res.data!.importCatchments.setId;
  draftZoneId = (await harness.client.request(`query($id: ID!) { zoneSet(id: $id) { catchments { id } } }`, { id: draftId }, BUREAU)).data!.zoneSet.catchments[0].id;
});
afterAll(() => harness.stop());

const input = () => ({
  districtCode: '370812',
  year: 2026,
  stage: 'PRIMARY',
  content: JSON.stringify({ type: 'FeatureCollection', features: [squareZone('西区', ['3708120001'], [116.78, 35.54, 116.8, 35.56])] }),
});
const PUBLIC = undefined;
const SCHOOL = { role: 'SCHOOL', subject: 's', schoolId: '3708120001' } as const;
const NEIGHBOUR = { role: 'BUREAU', subject: 'n', districtCode: '370811' } as const;
const codeOf = async (query: string, variables: Record<string, unknown>, identity?: object) =>
  (await harness.client.request(query, variables, identity as never)).errors?.[0]?.extensions?.code ?? 'OK';

describe('authorisation', () => {
  it.each([
    ['the public', PUBLIC, 'UNAUTHENTICATED'],
    ['a school', SCHOOL, 'FORBIDDEN'],
    ["another district's bureau", NEIGHBOUR, 'FORBIDDEN'],
  ])('when %s imports zones or a boundary, then it is refused', async (_, identity, code) => {
    expect(await codeOf(IMPORT, { input: input() }, identity)).toBe(code);
    const boundary = { districtCode: '370812', content: '{"type":"FeatureCollection","features":[]}' };
    expect(await codeOf(`mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { accepted } }`, { input: boundary }, identity)).toBe(code);
  });

  it.each([
    ['the public', PUBLIC, 'UNAUTHENTICATED'],
    ['a school', SCHOOL, 'FORBIDDEN'],
    ["another district's bureau", NEIGHBOUR, 'FORBIDDEN'],
  ])('when %s publishes a set, then it is refused', async (_, identity, code) => {
    expect(await codeOf(PUBLISH, { id: draftId }, identity)).toBe(code);
  });

  it.each([
    ['the public', PUBLIC],
    ['a school', SCHOOL],
    ["another district's bureau", NEIGHBOUR],
  ])('when %s reads a draft in any way, then it sees nothing', async (_, identity) => {
    const res = await harness.client.request(
      `query($id: ID!, $reps: [_Any!]!) {
        zoneSet(id: $id) { id }
        zoneSets(districtCode: "370812") { id }
        catchments(districtCode: "370812", stage: PRIMARY) { id }
        _entities(representations: $reps) { ... on Catchment { id } }
      }`,
      { id: draftId, reps: [{ __typename: 'Catchment', id: draftZoneId }] },
      identity as never,
    );
    expect(res.data).toEqual({ zoneSet: null, zoneSets: [], catchments: [], _entities: [null] });
  });

  it('when the district bureau reads its draft, then it sees it', async () => {
    const res = await harness.client.request(
      `query($reps: [_Any!]!) { zoneSets(districtCode: "370812") { status } _entities(representations: $reps) { ... on Catchment { name status } } }`,
      { reps: [{ __typename: 'Catchment', id: draftZoneId }] },
      BUREAU,
    );
    expect(res.data).toEqual({ zoneSets: [{ status: 'DRAFT' }], _entities: [{ name: '西区', status: 'DRAFT' }] });
  });
});
