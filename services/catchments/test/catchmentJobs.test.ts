import { BUREAU, IMPORT, startCatchmentsServer } from './catchmentsServer';

/**
 * Coverage reports and set diffs of a large set run as jobs on the geometry worker (loaded from the
 * TypeScript sources under jest, as under tsx), while the service keeps answering lookups.
 */
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  harness = await startCatchmentsServer({ syncWaitMs: 0 });
}, 60_000);
afterAll(() => harness.stop());

const OTHER_BUREAU = { role: 'BUREAU', subject: 'planner-9', districtCode: '370811' } as const;
const JOB = `id kind districtCode status progress error result {
  __typename
  ... on CoverageReport { overlaps { catchments { name } areaSquareMeters } zonesWithoutSchool { name } }
  ... on ZoneSetChanges { unchanged edited { after { name } changes { field before after added removed } } areaMoved { areaSquareMeters } }
}`;
const POLL = `query($id: ID!) { catchmentJob(id: $id) { ${JOB} } }`;
const LOCATE = `{ locate(lng: 116.7, lat: 35.5, stage: PRIMARY) { nearBoundary } }`;

/** A grid of `side` × `side` zones of 4 × 10 = 40 positions each, tiling 116.61–116.99 × 35.41–35.69 (inside 370812). */
function gridZones(side: number, schoolOf: (i: number) => string) {
  const [x0, y0, w, h] = [116.61, 35.41, 0.38 / side, 0.28 / side];
  const edge = (ax: number, ay: number, bx: number, by: number) => Array.from({ length: 10 }, (_, k) => [round(ax + ((bx - ax) * k) / 10), round(ay + ((by - ay) * k) / 10)]);
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  return Array.from({ length: side * side }, (_, i) => {
    const [x, y] = [x0 + (i % side) * w, y0 + Math.floor(i / side) * h];
    const ring = [...edge(x, y, x + w, y), ...edge(x + w, y, x + w, y + h), ...edge(x + w, y + h, x, y + h), ...edge(x, y + h, x, y)];
    return { type: 'Feature', properties: { name: `区${i}`, schools: [schoolOf(i)] }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
  });
}

async function importSet(features: unknown[]): Promise<string> {
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features }) } }, BUREAU);
  expect(res.data?.importCatchments).toMatchObject({ accepted: true });
  return res.data!.importCatchments.setId;
}

/** Polls the job while sending lookups one after another; the longest wait for a lookup answer. */
async function pollWhileLocating(id: string) {
  let done = false;
  let longestLookupMs = 0;
  let lookups = 0;
  const locating = (async () => {
    while (!done) {
      const t = Date.now();
      const res = await harness.client.request(LOCATE, {});
      expect(res.errors).toBeUndefined();
      longestLookupMs = Math.max(longestLookupMs, Date.now() - t);
      lookups++;
    }
  })();
  const started = Date.now();
  let job;
  for (;;) {
    job = (await harness.client.request(POLL, { id }, BUREAU)).data!.catchmentJob;
    if (job.status === 'DONE' || job.status === 'FAILED' || Date.now() - started > 120_000) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  done = true;
  await locating;
  return { job, ms: Date.now() - started, longestLookupMs, lookups };
}

describe('coverage and diff jobs', () => {
  let firstSet: string;
  let secondSet: string;
  beforeAll(async () => {
    firstSet = await importSet(gridZones(45, (i) => `37081200${String(i % 90).padStart(2, '0')}`));
    // The next version: every tenth zone now serves another school.
    secondSet = await importSet(gridZones(45, (i) => `37081200${String(i % 10 === 0 ? 99 : i % 90).padStart(2, '0')}`));
  }, 240_000);

  it('when the bureau starts a coverage report of 2,025 zones, then it answers at once with a job that finishes while lookups keep answering', async () => {
    const started = Date.now();
    const res = await harness.client.request(`mutation($id: ID!) { startCoverageReport(setId: $id) { ${JOB} } }`, { id: firstSet }, BUREAU);
    expect(res.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(res.data!.startCoverageReport).toMatchObject({ kind: 'COVERAGE_REPORT', districtCode: '370812', result: null });
    const { job, ms, longestLookupMs, lookups } = await pollWhileLocating(res.data!.startCoverageReport.id);
    console.log(`coverage job of 2,025 zones: ${ms} ms; ${lookups} lookups meanwhile, the slowest ${longestLookupMs} ms`);
    expect(job).toMatchObject({ status: 'DONE', progress: 1, error: null, result: { __typename: 'CoverageReport', overlaps: [], zonesWithoutSchool: [] } });
    expect(ms).toBeLessThan(60_000);
    expect(lookups).toBeGreaterThan(0);
    expect(longestLookupMs).toBeLessThan(3_000);
  }, 120_000);

  it('when the bureau starts a diff of two 2,025-zone versions, then the job reports the ground of the re-assigned zones as moved', async () => {
    const res = await harness.client.request(`mutation($a: ID!, $b: ID!) { startZoneSetDiff(fromSetId: $a, toSetId: $b) { ${JOB} } }`, { a: firstSet, b: secondSet }, BUREAU);
    expect(res.errors).toBeUndefined();
    const { job, longestLookupMs } = await pollWhileLocating(res.data!.startZoneSetDiff.id);
    // The 203 re-assigned zones kept their ground but not their school: edited, not unchanged.
    expect(job).toMatchObject({ status: 'DONE', result: { __typename: 'ZoneSetChanges', unchanged: 2025 - 203 } });
    expect(job.result.edited).toHaveLength(203);
    expect(job.result.edited[0].changes).toEqual([{ field: 'SCHOOLS', before: '3708120000', after: '3708120099', added: ['3708120099'], removed: ['3708120000'] }]);
    // Re-assigned zones (every tenth, to school 99) moved to one new school group each: 9 groups from i % 90.
    expect(job.result.areaMoved.length).toBeGreaterThan(0);
    expect(longestLookupMs).toBeLessThan(3_000);
  }, 120_000);

  it('when the same report is asked again, then the kept job answers, and the synchronous field answers from it', async () => {
    const first = await harness.client.request(`mutation($id: ID!) { startCoverageReport(setId: $id) { id status } }`, { id: firstSet }, BUREAU);
    const again = await harness.client.request(`mutation($id: ID!) { startCoverageReport(setId: $id) { id status } }`, { id: firstSet }, BUREAU);
    expect(again.data!.startCoverageReport).toEqual(first.data!.startCoverageReport);
    const sync = await harness.client.request(`query($id: ID!) { coverageReport(setId: $id) { overlaps { areaSquareMeters } } }`, { id: firstSet }, BUREAU);
    expect(sync.errors).toBeUndefined();
    expect(sync.data!.coverageReport).toEqual({ overlaps: [] });
  });

  it('when a synchronous field cannot finish within its wait, then it answers STILL_RUNNING naming the job', async () => {
    const res = await harness.client.request(`query($id: ID!) { coverageReport(setId: $id, minAreaSquareMeters: 5) { notes } }`, { id: secondSet }, BUREAU);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'STILL_RUNNING' });
    expect(JSON.stringify(res.errors?.[0])).toMatch(/jobId/);
  });

  it("when another district's bureau or the public asks, then the job is absent and starting one is refused", async () => {
    const res = await harness.client.request(`mutation($id: ID!) { startCoverageReport(setId: $id) { id } }`, { id: firstSet }, BUREAU);
    const id = res.data!.startCoverageReport.id;
    expect((await harness.client.request(POLL, { id }, OTHER_BUREAU)).data!.catchmentJob).toBeNull();
    expect((await harness.client.request(POLL, { id })).data!.catchmentJob).toBeNull();
    const refused = await harness.client.request(`mutation($id: ID!) { startCoverageReport(setId: $id) { id } }`, { id: firstSet }, OTHER_BUREAU);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await harness.client.request(`mutation($a: ID!, $b: ID!) { startZoneSetDiff(fromSetId: $a, toSetId: $b) { id } }`, { a: firstSet, b: secondSet });
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|NOT_FOUND/);
  });
});
