import { connectMongo } from '@zsgk/db';
import { versionId } from '@zsgk/publication';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';
import { approve, IMPORT, publishSet, REVIEWER, squareZone } from './catchmentsServer';
import { BUREAU, IMPORT_GAZETTEER, publishTwoZones, startGazetteerServer } from './gazetteerServer';

/**
 * One gazetteer per district serves every school year: publishing next year's zones does not empty
 * it, an address resolves under either year, and one whose zone changed between the years says so.
 */
let harness: Awaited<ReturnType<typeof startGazetteerServer>>;
beforeAll(async () => {
  harness = await startGazetteerServer();
  await publishTwoZones(harness.client); // 2026: 西区 116.78–116.80 (3708120001) | 东区 116.80–116.82 (3708120002)
  const csv = [
    '类型,名称,别名,起号,止号,单双号,经度,纬度,小学学区',
    '小区,留守小区,,,,,116.785,35.55,', // 西区 in both years
    '小区,迁移小区,,,,,116.795,35.55,', // 西区 in 2026, 东区 in 2027 (the strip 116.79–116.80 moves)
    '小区,指定小区,,,,,116.785,35.55,东区', // assigned to 东区 by name: 东区 in both years
  ].join('\n');
  const res = await harness.client.request(IMPORT_GAZETTEER, { input: { districtCode: '370812', year: 2026, content: csv } }, BUREAU);
  expect(res.data!.importGazetteer).toMatchObject({ accepted: true, version: 1, imported: 3 });
  await approve(harness.client, res.data!.importGazetteer.review.id, REVIEWER);
  // 2027: 西区 shrinks to 116.78–116.79 and 东区 takes the strip.
  const next = await harness.client.request(IMPORT, {
    input: {
      districtCode: '370812', year: 2027, stage: 'PRIMARY',
      content: JSON.stringify({ type: 'FeatureCollection', features: [squareZone('西区', ['3708120001'], [116.78, 35.54, 116.79, 35.56]), squareZone('东区', ['3708120002'], [116.79, 35.54, 116.82, 35.56])] }),
    },
  }, BUREAU);
  expect(next.data!.importCatchments).toMatchObject({ accepted: true });
  await publishSet(harness.client, next.data!.importCatchments.setId);
}, 60_000);
afterAll(() => harness.stop());

const GEOCODE = `query($text: String!, $year: Int) {
  geocode(text: $text, districtCode: "370812", year: $year, stage: PRIMARY) {
    year gazetteerVersion gazetteerValidFrom
    candidates { name zones { source catchment { name year } } yearChanges { stage fromYear toYear changed summary from { name year } to { name year schools { id } } } }
  }
}`;
const geocode = async (text: string, year?: number) => {
  const res = await harness.client.request(GEOCODE, { text, year });
  expect(res.errors).toBeUndefined();
  return res.data!.geocode;
};

describe('the gazetteer across school years', () => {
  it('when next year\'s zones are published, then the gazetteer is not emptied: an address resolves under the new year without a re-import', async () => {
    const answer = await geocode('留守小区');
    expect(answer).toMatchObject({ year: 2027, gazetteerVersion: 1, gazetteerValidFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(answer.candidates[0].zones).toEqual([{ source: 'POLYGON', catchment: { name: '西区', year: 2027 } }]);
    const imports = await harness.client.request(`{ catchmentChanges(districtCode: "370812") { kind recordKey } }`, {}, BUREAU);
    expect(imports.data!.catchmentChanges.filter((c: any) => c.kind === 'GAZETTEER')).toEqual([{ kind: 'GAZETTEER', recordKey: '370812' }]);
  });

  it('when an address\'s zone changed between the years, then the answer for the new year says from which zone to which', async () => {
    const answer = await geocode('迁移小区', 2027);
    expect(answer.candidates[0].zones).toEqual([{ source: 'POLYGON', catchment: { name: '东区', year: 2027 } }]);
    expect(answer.candidates[0].yearChanges).toEqual([{
      stage: 'PRIMARY', fromYear: 2026, toYear: 2027, changed: true, summary: '2026 年属「西区」，2027 年属「东区」',
      from: [{ name: '西区', year: 2026 }], to: [{ name: '东区', year: 2027, schools: [{ id: '3708120002' }] }],
    }]);
  });

  it('when the earlier year is asked, then the same address answers from that year\'s zones (no earlier year to compare)', async () => {
    const answer = await geocode('迁移小区', 2026);
    expect(answer).toMatchObject({ year: 2026, gazetteerVersion: 1 });
    expect(answer.candidates[0]).toMatchObject({ zones: [{ source: 'POLYGON', catchment: { name: '西区', year: 2026 } }], yearChanges: [] });
  });

  it('when an address stays in its zone, or is assigned to a zone by name, then it resolves in each year and is not changed', async () => {
    expect((await geocode('留守小区', 2027)).candidates[0].yearChanges).toEqual([expect.objectContaining({ changed: false, summary: '2026 年与 2027 年同属「西区」' })]);
    const assigned = (await geocode('指定小区', 2027)).candidates[0];
    expect(assigned.zones).toEqual([{ source: 'GAZETTEER_ASSIGNMENT', catchment: { name: '东区', year: 2027 } }]);
    expect(assigned.yearChanges).toEqual([expect.objectContaining({ changed: false, from: [{ name: '东区', year: 2026 }] })]);
  });

  it('when validFrom is not a date, then the import is refused naming it', async () => {
    const res = await harness.client.request(IMPORT_GAZETTEER, { input: { districtCode: '370812', year: 2027, validFrom: '2027-02-30', content: '类型,名称,经度,纬度\n小区,新小区,116.785,35.55' } }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validFrom' });
  });

  it('when a gazetteer stored per school year is found at start-up, then it becomes the district\'s version 1 once, and answers for every year', async () => {
    const current = harness.database.connection.collection('gazetteer_current');
    const published = (await current.findOne({ key: '370812' }))!;
    // As stored before: key district:year, no validFrom.
    await current.deleteOne({ _id: published._id as any });
    const { _id, validFrom, ...rest } = published;
    await current.insertOne({ ...rest, _id: versionId('GAZETTEER', '370812:2026', 1) as any, key: '370812:2026', year: 2026 });
    await harness.database.connection.collection('gazetteer_sets').updateMany({}, { $unset: { validFrom: '' } });
    for (let i = 0; i < 2; i++) {
      // A new process on the same database: createServer migrates before serving.
      const connection = await connectMongo(harness.database.uri, harness.database.name);
      const restarted = await createServer({ connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: harness.ledgerDb });
      await restarted.stop();
      await connection.close();
    }
    const migrated = await current.find({ key: '370812' }).toArray();
    expect(migrated.map((d) => [d._id, d.version, d.setId])).toEqual([[versionId('GAZETTEER', '370812', 1), 1, published.setId]]);
    expect(migrated[0]!.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await geocode('迁移小区', 2027)).candidates[0].yearChanges[0]).toMatchObject({ changed: true });
  });
});
