import { BUREAU, IMPORT, squareZone, startCatchmentsServer } from './catchmentsServer';

let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  harness = await startCatchmentsServer();
});
afterAll(() => harness.stop());

const input = (features: unknown[]) => ({
  districtCode: '370812',
  year: 2026,
  stage: 'JUNIOR',
  content: JSON.stringify({ type: 'FeatureCollection', features }),
});

describe('importCatchments', () => {
  it('when one feature is malformed, then that feature is named and nothing is stored', async () => {
    const unclosed = squareZone('未闭合', ['3708120001'], [116.7, 35.5, 116.71, 35.51]);
    (unclosed.geometry.coordinates[0] as number[][]).pop();
    (unclosed.geometry.coordinates[0] as number[][]).push([116.7, 35.505]);
    const swapped = squareZone('颠倒', ['3708120002'], [35.5, 116.7, 35.51, 116.71]);
    const res = await harness.client.request(IMPORT, { input: input([squareZone('好', ['3708120003'], [116.72, 35.5, 116.73, 35.51]), unclosed, swapped]) }, BUREAU);
    expect(res.data!.importCatchments.accepted).toBe(false);
    expect(res.data!.importCatchments.problems).toEqual([
      { index: 1, reason: '外边界没有闭合（第一个点和最后一个点不同）' },
      { index: 2, reason: expect.stringContaining('经度和纬度似乎填反了') },
    ]);
    expect(await harness.database.connection.collection('zones').countDocuments()).toBe(0);
    expect(await harness.database.connection.collection('zone_sets').countDocuments()).toBe(0);
  });

  it('when 2 of 770 features are invalid, then exactly those 2 are named and nothing is stored unless repairs are requested', async () => {
    const grid = Array.from({ length: 770 }, (_, i) => {
      const [col, row] = [i % 35, Math.floor(i / 35)];
      return squareZone(`第${i}区`, [], [116.7 + col * 0.002, 35.5 + row * 0.002, 116.702 + col * 0.002, 35.502 + row * 0.002]);
    });
    const bowtie = grid[123]!.geometry.coordinates[0] as number[][];
    [bowtie[1], bowtie[2]] = [bowtie[2]!, bowtie[1]!]; // crosses itself
    const doubled = grid[650]!.geometry.coordinates[0] as number[][];
    doubled.splice(2, 0, [...doubled[2]!]); // repeats a point
    const asFiled = (await harness.client.request(IMPORT, { input: input(grid) }, BUREAU)).data!.importCatchments;
    expect(asFiled).toMatchObject({ accepted: false, imported: 0, repairs: [] });
    expect(asFiled.problems).toEqual([
      { index: 123, reason: expect.stringMatching(/^边界自相交（在经度 [\d.]+、纬度 [\d.]+ 附近）（边界线交叉、重叠或共用一段边）$/) },
      { index: 650, reason: '外边界的第 3 个点和第 4 个点重复（相邻两点相同）' },
    ]);
    expect(await harness.database.connection.collection('zones').countDocuments()).toBe(0);

    const repaired = (await harness.client.request(IMPORT, { input: { ...input(grid), repair: true } }, BUREAU)).data!.importCatchments;
    expect(repaired).toMatchObject({ accepted: true, imported: 770, problems: [] });
    expect(repaired.repairs.map((r: any) => [r.index, r.name, r.repair])).toEqual([
      [123, '第123区', 'RESOLVE_SELF_INTERSECTION'],
      [650, '第650区', 'DROP_DUPLICATE_POINTS'],
    ]);
    await harness.database.connection.collection('zones').deleteMany({});
    await harness.database.connection.collection('zone_sets').deleteMany({});
  });

  it('when a zone is drafted, then the public cannot see it until it is published', async () => {
    const res = await harness.client.request(IMPORT, { input: input([squareZone('初中一区', ['3708120004'], [116.7, 35.5, 116.71, 35.51])]) }, BUREAU);
    expect(res.data!.importCatchments.accepted).toBe(true);
    const located = await harness.client.request('{ locate(lng: 116.705, lat: 35.505) { matches { catchment { name } } } }');
    expect(located.data!.locate.matches).toEqual([]);
  });

  it('when a school user imports zones, then it is refused', async () => {
    const res = await harness.client.request(IMPORT, { input: input([]) }, { role: 'SCHOOL', subject: 's', schoolId: '3708120001' });
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
