import { startSystem } from './support/startSystem';

let system: Awaited<ReturnType<typeof startSystem>>;
beforeAll(async () => {
  system = await startSystem({ subgraphTimeoutMs: 2000 });
});
afterAll(() => system?.stop());

it('when the catchments subgraph is down, then schools-only queries work, locate names the missing service, /readyz says which, and it recovers without a gateway restart', async () => {
  await system.stopSubgraph('catchments');

  const schoolsOnly = await system.gateway.request('{ schools(first: 1) { totalCount } }');
  expect(schoolsOnly.errors).toBeUndefined();
  expect(schoolsOnly.data!.schools.totalCount).toBe(0);

  const mixed = await system.gateway.request('{ schools(first: 1) { totalCount } locate(lng: 116.79, lat: 35.55) { nearBoundary } }');
  expect(mixed.data!.schools.totalCount).toBe(0);
  expect(mixed.errors![0]).toMatchObject({
    message: expect.stringContaining('catchments service is unavailable'),
    extensions: { code: 'SERVICE_UNAVAILABLE', details: { service: 'catchments' } },
  });

  const ready = await fetch(`${system.gatewayBaseUrl}/readyz`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ subgraphs: { schools: 'ready', catchments: 'down', admissions: 'ready' } });

  await system.restartSubgraph('catchments');
  const recovered = await system.gateway.request('{ locate(lng: 116.79, lat: 35.55) { nearBoundary matches { edgeDistanceMeters } } }');
  expect(recovered.errors).toBeUndefined();
  expect(recovered.data!.locate).toEqual({ nearBoundary: false, matches: [] });
  expect((await fetch(`${system.gatewayBaseUrl}/readyz`)).status).toBe(200);
});
