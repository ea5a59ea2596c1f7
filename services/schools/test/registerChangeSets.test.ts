import { openTestDatabase, type TestDatabase } from '@zsgk/testkit';
import { RegisterChangeSets } from '../src/data/RegisterChangeSets';
import type { SchoolChange } from '../src/register/RegisterChange';

let database: TestDatabase;
let sets: RegisterChangeSets;
beforeAll(async () => {
  database = await openTestDatabase('changesets');
  sets = new RegisterChangeSets(database.connection);
});
afterAll(() => database.drop());

function change(n: number): SchoolChange {
  const schoolId = String(3708120000 + n);
  return {
    schoolId,
    baseVersion: n % 2 ? 3 : null,
    next: { id: schoolId, name: `兖州区第${n}小学`, stages: ['PRIMARY'], ownership: 'PUBLIC', districtCode: '370812', address: `建设路${n}号`, location: { lng: 116.79, lat: 35.55 } } as SchoolChange['next'],
    changedFields: ['name'],
    before: n % 2 ? { name: `旧名${n}` } : {},
    row: n + 2,
  };
}

it('when 2,500 changes are saved, then they load back in order across three chunks, stored gzipped', async () => {
  const changes = Array.from({ length: 2_500 }, (_, i) => change(i));
  const id = await sets.save(changes);
  expect(await sets.load(id, 2_500)).toEqual(changes);
  const stored = await database.connection.collection('register_change_sets').find({ _id: { $regex: `^${id}#` } } as never).toArray();
  expect(stored.map((doc) => Object.keys(doc).sort())).toEqual([['_id', 'gzippedJson'], ['_id', 'gzippedJson'], ['_id', 'gzippedJson']]);
});

it('when a change set was written before compression (changes as an array), then it still loads', async () => {
  const changes = [change(1), change(2)];
  await database.connection.collection('register_change_sets').insertOne({ _id: 'legacy-set#0', changes } as never);
  expect(await sets.load('legacy-set', 2)).toEqual(changes);
});

it('when a chunk is missing, then loading says how many of the changes it holds', async () => {
  const id = await sets.save(Array.from({ length: 1_500 }, (_, i) => change(i)));
  await database.connection.collection('register_change_sets').deleteOne({ _id: `${id}#1` } as never);
  await expect(sets.load(id, 1_500)).rejects.toThrow(`holds 1000 of its 1500 changes`);
});
