import { OpenDataStore } from './OpenDataStore';
import type { PublicApi } from './PublicApi';

/** A gateway answering the open-data queries by operation name, counting them; `treeSize` is the log's head. */
function fakeGateway() {
  const calls: string[] = [];
  const state = { treeSize: 1 };
  const api = (async (query: string) => {
    const operation = /query (\w+)/.exec(query)![1]!;
    calls.push(operation);
    await new Promise((resolve) => setTimeout(resolve, 5));
    switch (operation) {
      case 'OpenDataHead':
        return {
          publicationLogHead: { districtCode: '370812', treeSize: state.treeSize, rootHash: `root${state.treeSize}`, timestamp: '2026-12-03T00:00:00Z', signature: 'sig' },
          district: { code: '370812', name: '兖州区', sampleData: true },
          zoneSets: [{ year: 2026, stage: 'PRIMARY', status: 'PUBLISHED' }],
        };
      case 'OpenDataZones':
        return { catchments: [] };
      case 'OpenDataSchools':
        return { schools: { nodes: [], endCursor: null, hasNextPage: false } };
      case 'OpenDataFigures':
        return { enrolmentPlans: [], admissionResults: [] };
      default:
        throw new Error(`unexpected ${operation}`);
    }
  }) as PublicApi;
  return { api, calls, state };
}

const licence = { text: '许可', url: null };

describe('OpenDataStore', () => {
  it('when many requests arrive within the head TTL, then one head query serves them and the files are made once', async () => {
    const gateway = fakeGateway();
    const store = new OpenDataStore(gateway.api, licence, 60_000);
    const sets = await Promise.all(Array.from({ length: 20 }, () => store.get('370812', 2026)));
    expect(new Set(sets).size).toBe(1);
    // One head for the requests, then the generation's own head before and after its reads.
    expect(gateway.calls.filter((c) => c === 'OpenDataHead')).toHaveLength(3);
    expect(gateway.calls.filter((c) => c === 'OpenDataSchools')).toHaveLength(1);
  });

  it('when the head moves, then the next request makes the files again, stamped with the new head', async () => {
    const gateway = fakeGateway();
    const store = new OpenDataStore(gateway.api, licence, 0);
    const first = await store.get('370812', 2026);
    expect(await store.get('370812', 2026)).toBe(first);
    gateway.state.treeSize = 2;
    const second = await store.get('370812', 2026);
    expect([first.head.treeSize, second.head.treeSize]).toEqual([1, 2]);
    expect(second.files.get('manifest.json')!.sha256).not.toBe(first.files.get('manifest.json')!.sha256);
    // The data files did not change: same bytes, same hash (and ETag).
    expect(second.files.get('schools.csv')!.sha256).toBe(first.files.get('schools.csv')!.sha256);
  });

  it('when a year has no open data, then NOT_FOUND names the years there are', async () => {
    const store = new OpenDataStore(fakeGateway().api, licence, 0);
    await expect(store.get('370812', 2019)).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('已有年度：2027、2026') });
  });
});
