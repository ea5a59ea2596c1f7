import { BUREAU, IMPORT, squareZone, startCatchmentsServer } from './catchmentsServer';

/** The diff covers what a zone says, not only its ground: 四至 text, rules, schools and allocation, each before and after. */
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  harness = await startCatchmentsServer({ syncWaitMs: 5_000 });
}, 60_000);
afterAll(() => harness.stop());

const S1 = '3708120001';
const S2 = '3708120002';
const EDITED = `edited { before { name } after { name } changes { field label before after added removed } }`;
const CHANGES = `query($from: ID!, $to: ID!) { zoneSetChanges(fromSetId: $from, toSetId: $to) { unchanged added { name } removed { name } reshaped { after { name } } ${EDITED} } }`;
const JOB = `query($id: ID!) { catchmentJob(id: $id) { status result { __typename ... on ZoneSetChanges { unchanged ${EDITED} } } } }`;

async function draft(features: unknown[]): Promise<string> {
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features }) } }, BUREAU);
  expect(res.data?.importCatchments).toMatchObject({ accepted: true });
  return res.data!.importCatchments.setId;
}

const west = (text: string, schools = [S1]) => ({ ...squareZone('西区', schools, [116.78, 35.54, 116.8, 35.56]), properties: { name: '西区', schools, boundaryText: text } });
const east = () => squareZone('东区', [S2], [116.8, 35.54, 116.82, 35.56]);

describe('zoneSetChanges covers the text', () => {
  let first: string;
  let textOnly: string;
  let schoolsToo: string;
  beforeAll(async () => {
    first = await draft([west('东至建设路，西至人民路'), east()]);
    textOnly = await draft([west('东至建设路，西至解放路'), east()]);
    schoolsToo = await draft([west('东至建设路，西至人民路', [S1, S2]), east()]);
  });

  it('when two sets differ only in one zone\'s 四至 text, then the set is not unchanged and the text is listed before and after', async () => {
    const res = await harness.client.request(CHANGES, { from: first, to: textOnly }, BUREAU);
    expect(res.errors).toBeUndefined();
    expect(res.data!.zoneSetChanges).toEqual({
      unchanged: 1,
      added: [],
      removed: [],
      reshaped: [],
      edited: [{
        before: { name: '西区' },
        after: { name: '西区' },
        changes: [{ field: 'BOUNDARY_TEXT', label: '四至', before: '东至建设路，西至人民路', after: '东至建设路，西至解放路', added: [], removed: [] }],
      }],
    });
  });

  it('when a zone gains a school (and so becomes a lottery zone), then each change is named, and the job result of startZoneSetDiff says the same', async () => {
    const res = await harness.client.request(CHANGES, { from: first, to: schoolsToo }, BUREAU);
    expect(res.errors).toBeUndefined();
    const expected = [
      { field: 'SCHOOLS', label: '学校', before: S1, after: `${S1}、${S2}`, added: [S2], removed: [] },
      { field: 'ALLOCATION_METHOD', label: '招生方式', before: 'NEAREST', after: 'LOTTERY', added: [], removed: [] },
    ];
    expect(res.data!.zoneSetChanges.edited.map((e: any) => e.changes)).toEqual([expected]);
    const started = await harness.client.request(`mutation($a: ID!, $b: ID!) { startZoneSetDiff(fromSetId: $a, toSetId: $b) { id } }`, { a: first, b: schoolsToo }, BUREAU);
    expect(started.errors).toBeUndefined();
    const job = (await harness.client.request(JOB, { id: started.data!.startZoneSetDiff.id }, BUREAU)).data!.catchmentJob;
    expect(job).toMatchObject({ status: 'DONE', result: { __typename: 'ZoneSetChanges', unchanged: 1 } });
    expect(job.result.edited[0].changes).toEqual(expected);
  });

  it('when a set is compared with itself, then nothing is edited and every zone is unchanged', async () => {
    const res = await harness.client.request(CHANGES, { from: first, to: first }, BUREAU);
    expect(res.data!.zoneSetChanges).toMatchObject({ unchanged: 2, edited: [] });
  });
});
