import { approve, BUREAU, IMPORT, PUBLISH, publishSet, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';

let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  harness = await startCatchmentsServer();
});
afterAll(() => harness.stop());

const draft = async (features: unknown[]) =>
  (
    await harness.client.request(
      IMPORT,
      { input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features }) } },
      BUREAU,
    )
  ).data!.importCatchments.setId as string;

// One request reads the catalog three times (two points and the list); all three must agree.
const QUERY = `{
  a: locate(lng: 116.785, lat: 35.55, stage: PRIMARY) { matches { catchment { name version } } }
  b: locate(lng: 116.815, lat: 35.55, stage: PRIMARY) { matches { catchment { name version } } }
  all: catchments(districtCode: "370812", stage: PRIMARY) { name version }
}`;
// Version 1: 西区 | 东区. Version 2 renames and reshapes everything, so a mix could not go unnoticed.
const EXPECTED: Record<number, { a: string[]; b: string[]; all: string[] }> = {
  1: { a: ['西区'], b: ['东区'], all: ['东区', '西区'] },
  2: { a: ['新一区'], b: ['新一区'], all: ['新二区', '新一区'] },
};

it('when a new set is published while lookups run, then every answer comes wholly from the old or the new set, never an error', async () => {
  await publishSet(
    harness.client,
    await draft([squareZone('西区', ['3708120001'], [116.78, 35.54, 116.8, 35.56]), squareZone('东区', ['3708120002'], [116.8, 35.54, 116.82, 35.56])]),
  );
  const next = await draft([squareZone('新一区', ['3708120001'], [116.78, 35.54, 116.82, 35.56]), squareZone('新二区', ['3708120002'], [116.78, 35.56, 116.82, 35.58])]);
  // Submitted now; the approval below is what publishes it.
  const review = (await harness.client.request(PUBLISH, { id: next }, BUREAU)).data!.publishCatchmentSet.id as string;

  const seen: Record<number, number> = { 1: 0, 2: 0 };
  const failures: string[] = [];
  let published = false;
  const worker = async () => {
    // Keep asking until the new version has answered a good number of times after the publish.
    while (seen[2]! < 60 && failures.length === 0) {
      const res = await harness.client.request(QUERY);
      if (res.errors?.length) {
        failures.push(JSON.stringify(res.errors));
        continue;
      }
      const { a, b, all } = res.data!;
      const versions = new Set([...a.matches, ...b.matches].map((m: any) => m.catchment.version).concat(all.map((c: any) => c.version)));
      const version = [...versions][0] as number;
      const answer = { a: a.matches.map((m: any) => m.catchment.name).sort(), b: b.matches.map((m: any) => m.catchment.name).sort(), all: all.map((c: any) => c.name) };
      if (versions.size !== 1 || JSON.stringify(answer) !== JSON.stringify(EXPECTED[version])) failures.push(JSON.stringify(res.data));
      else seen[version]! += 1;
      if (version === 2 && !published) failures.push('the new set answered before it was published');
    }
  };
  const workers = Array.from({ length: 8 }, worker);
  while (seen[1]! < 40) await new Promise((resolve) => setTimeout(resolve, 5));
  const publishing = approve(harness.client, review, REVIEWER);
  published = true;
  expect(await publishing).toMatchObject({ status: 'PUBLISHED' });
  await Promise.all(workers);

  expect(failures).toEqual([]);
  expect(seen[1]).toBeGreaterThanOrEqual(40);
  expect(seen[2]).toBeGreaterThanOrEqual(60);
});
