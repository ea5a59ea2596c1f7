import { approve, REVIEWER } from './catchmentsServer';
import { BUREAU, IMPORT_GAZETTEER, publishTwoZones, startGazetteerServer } from './gazetteerServer';

/** What the web map needs to make a link and to decide whether to ask: the entry id, how it matched, the number, clearMatch. */
const GEOCODE_MATCH = `query($text: String!, $limit: Int) {
  geocode(text: $text, districtCode: "370812", year: 2026, limit: $limit) {
    clearMatch
    candidates { id kind name match houseNumber score parity zones { catchment { name } } }
  }
}`;

let harness: Awaited<ReturnType<typeof startGazetteerServer>>;

const importGazetteer = async (rows: string[]) => {
  const csv = ['类型,名称,别名,起号,止号,单双号,经度,纬度,小学学区', ...rows].join('\n');
  const res = await harness.client.request(IMPORT_GAZETTEER, { input: { districtCode: '370812', year: 2026, content: csv } }, BUREAU);
  expect(res.data!.importGazetteer).toMatchObject({ accepted: true, problems: [] });
  await approve(harness.client, res.data!.importGazetteer.review.id, REVIEWER);
};

beforeAll(async () => {
  harness = await startGazetteerServer();
  await publishTwoZones(harness.client);
  await importGazetteer([
    '小区,幸福华庭,幸福,,,,116.79,35.55,西区',
    '小区,龙城家园,龙城,,,,116.81,35.55,',
    '路段,建设路,,1,99,单号,,,西区',
    '路段,建设路,,2,98,双号,,,东区',
  ]);
});
afterAll(() => harness.stop());

const geocode = async (text: string, limit = 5) => {
  const res = await harness.client.request(GEOCODE_MATCH, { text, limit });
  expect(res.errors).toBeUndefined();
  return res.data!.geocode;
};

describe('geocode: what was matched, and whether to ask', () => {
  it('when 建设路16号 is typed, then the 双号 range is a clear match with the number 16 and a stable 12-hex id', async () => {
    const answer = await geocode('建设路16号');
    expect(answer.clearMatch).toBe(true);
    expect(answer.candidates).toEqual([
      expect.objectContaining({ kind: 'STREET_RANGE', name: '建设路', match: 'NUMBER_IN_RANGE', houseNumber: 16, parity: 'EVEN', score: 1, zones: [{ catchment: { name: '东区' } }] }),
    ]);
    expect(answer.candidates[0].id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('when the gazetteer is imported again with the rows in another order, then each entry keeps its id', async () => {
    const before = (await geocode('建设路16号')).candidates[0].id;
    const compoundBefore = (await geocode('幸福华庭')).candidates[0].id;
    await importGazetteer(['路段,建设路,,2,98,双号,,,东区', '路段,建设路,,1,99,单号,,,西区', '小区,龙城家园,龙城,,,,116.81,35.55,', '小区,幸福华庭,幸福,,,,116.79,35.55,西区']);
    expect((await geocode('建设路16号')).candidates[0].id).toBe(before);
    expect((await geocode('幸福华庭')).candidates[0].id).toBe(compoundBefore);
    expect((await geocode('建设路15号')).candidates[0].id).not.toBe(before);
  });

  it('when a street is typed without a number, then both sides are candidates and the match is not clear', async () => {
    const answer = await geocode('建设路');
    expect(answer.clearMatch).toBe(false);
    expect(answer.candidates.map((c: any) => [c.parity, c.match, c.houseNumber]).sort()).toEqual([['EVEN', 'STREET_WITHOUT_NUMBER', null], ['ODD', 'STREET_WITHOUT_NUMBER', null]]);
  });

  it.each([
    ['幸福小区', '幸福华庭', 'NAME_IN_TEXT'],
    ['龙城花园', '龙城家园', 'NAME_IN_TEXT'],
    ['建设路16', '建设路', 'NUMBER_IN_RANGE'],
    ['建设露16号', '建设路', 'NUMBER_IN_RANGE'],
    ['建设路500号', '建设路', 'NUMBER_OUTSIDE_RANGE'],
  ])('when %s is typed, then %s is offered (%s) but not answered', async (text, name, match) => {
    const answer = await geocode(text);
    expect(answer.clearMatch).toBe(false);
    expect(answer.candidates[0]).toMatchObject({ name, match });
  });

  it('when one candidate is asked for, then clearMatch still weighs the runner-up', async () => {
    const answer = await geocode('建设路16号幸福华庭', 1);
    expect(answer.candidates).toHaveLength(1);
    expect(answer.clearMatch).toBe(false);
  });
});
