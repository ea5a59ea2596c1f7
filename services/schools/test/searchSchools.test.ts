import { schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
  const rows = [
    schoolRow(1, { name: '兖州区实验小学', address: '兖州区建设东路1号', location: { lng: 116.78, lat: 35.55 } }),
    schoolRow(2, { name: '兖州区第一中学', stages: ['JUNIOR'], address: '兖州区实验路8号', location: { lng: 116.79, lat: 35.56 } }),
    schoolRow(3, { name: '兖州区育才小学', ownership: 'PRIVATE', address: '兖州区九州大道2号', location: { lng: 116.9, lat: 35.7 } }),
    schoolRow(4, { name: '兖州区新城小学', status: 'PLANNED', address: '兖州区新城规划路', location: null, enquiryPhone: null, supervisionPhone: null, petitionAddress: null }),
    schoolRow(5, { name: 'Yanzhou (Experimental) School.*', address: '兖州区建设西路5号', location: { lng: 116.781, lat: 35.551 } }),
    ...Array.from({ length: 7 }, (_, i) => schoolRow(10 + i, { name: `兖州区第${10 + i}小学`, address: `兖州区鼓楼街${i}号`, location: { lng: 116.85, lat: 35.6 } })),
  ];
  expect((await harness.importApproved(rows)).created).toBe(rows.length);
});
afterAll(() => harness.stop());

const search = async (filter: Record<string, unknown>, first = 50, after?: string) => {
  const res = await harness.client.request(
    'query($f: SchoolFilter, $first: Int, $after: String) { schools(filter: $f, first: $first, after: $after) { totalCount endCursor hasNextPage nodes { id name } } }',
    { f: filter, first, after },
  );
  return res;
};
const ids = async (filter: Record<string, unknown>) => (await search(filter)).data!.schools.nodes.map((n: { id: string }) => n.id.slice(-2));

describe('schools search', () => {
  it('when the text is a Chinese substring, then schools whose name or address contain it are found', async () => {
    expect(await ids({ text: '实验' })).toEqual(['01', '02']);
    expect(await ids({ text: '实验小学' })).toEqual(['01']);
    expect(await ids({ text: '鼓楼' })).toHaveLength(7);
  });

  it('when the text holds regex syntax, then it is matched literally', async () => {
    expect(await ids({ text: '.*' })).toEqual(['05']);
    expect(await ids({ text: '(experimental)' })).toEqual(['05']);
    expect(await ids({ text: '[实验]' })).toEqual([]);
    expect(await ids({ text: '^兖' })).toEqual([]);
  });

  it('when the text is shaped like a query operator, then it is literal text and matches nothing', async () => {
    expect(await ids({ text: '{"$gt": ""}' })).toEqual([]);
    expect(await ids({ text: '$where' })).toEqual([]);
  });

  it('when an operator object is passed where text belongs, then GraphQL refuses it', async () => {
    const res = await search({ text: { $gt: '' } });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.data).toBeUndefined();
  });

  it('when filtering by stage, ownership, status and box, then each narrows the result', async () => {
    expect(await ids({ stage: 'JUNIOR' })).toEqual(['02']);
    expect(await ids({ ownership: 'PRIVATE' })).toEqual(['03']);
    expect(await ids({ status: 'PLANNED' })).toEqual(['04']);
    expect(await ids({ bbox: { minLng: 116.775, minLat: 35.545, maxLng: 116.795, maxLat: 35.565 } })).toEqual(['01', '02', '05']);
    expect(await ids({ bbox: { minLng: 116.775, minLat: 35.545, maxLng: 116.795, maxLat: 35.565 }, text: '小学' })).toEqual(['01']);
  });

  it('when a filtered list is paged, then the pages together are exactly the filtered list, in order', async () => {
    const all = (await search({ text: '小学' })).data!.schools;
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = (await search({ text: '小学' }, 3, after)).data!.schools;
      expect(res.totalCount).toBe(all.totalCount);
      seen.push(...res.nodes.map((n: { id: string }) => n.id));
      if (!res.hasNextPage) break;
      after = res.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n: { id: string }) => n.id));
    expect(seen.length).toBe(10);
  });

  it('when the box is inverted or the text is empty or too long, then the argument is named', async () => {
    const inverted = await search({ bbox: { minLng: 117, minLat: 35, maxLng: 116, maxLat: 36 } });
    expect(inverted.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.bbox.minLng' });
    const empty = await search({ text: '  ' });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
    const long = await search({ text: '学'.repeat(51) });
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  it('when filtering by ids, then exactly those schools come back, combined with the other filters', async () => {
    const all = (await search({ text: '兖州区' })).data!.schools.nodes.map((n: { id: string }) => n.id);
    const wanted = [all[0], all[2], all[5]];
    expect((await search({ ids: wanted })).data!.schools.nodes.map((n: { id: string }) => n.id)).toEqual(wanted);
    expect(await ids({ ids: wanted, ownership: 'PRIVATE' })).toEqual([all[2].slice(-2)]);
    expect(await ids({ ids: [] })).toEqual([]);
  });

  it('when an id is not a 10-digit code or too many are asked for, then the argument is named in Chinese', async () => {
    const bad = await search({ ids: ['12345'] });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ids.0' });
    expect(bad.errors![0]!.message).toContain('10 位数字');
    const many = await search({ ids: Array.from({ length: 501 }, (_, i) => String(3708120000 + i)) });
    expect(many.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ids' });
  });
});
