import { startSystem } from './support/startSystem';

let system: Awaited<ReturnType<typeof startSystem>>;
beforeAll(async () => {
  system = await startSystem({ subgraphTimeoutMs: 2000, importTimeoutMs: 8000 });
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

it('when the catchments subgraph accepts connections but never answers, then locate fails within the subgraph timeout, naming the service, and other fields still answer', async () => {
  const net = await import('node:net');
  const port = Number(new URL(system.urls.catchments).port);
  await system.stopSubgraph('catchments');
  const sockets = new Set<import('node:net').Socket>();
  const silent = net.createServer((socket) => {
    sockets.add(socket); // reads, never replies
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', () => resolve()));
  try {
    const started = Date.now();
    const res = await system.gateway.request('{ schools(first: 1) { totalCount } locate(lng: 116.79, lat: 35.55) { nearBoundary } }');
    const waited = Date.now() - started;
    expect(res.data!.schools.totalCount).toBe(0);
    expect(res.errors![0]).toMatchObject({
      message: expect.stringContaining('did not answer within 2000 ms'),
      extensions: { code: 'SERVICE_UNAVAILABLE', details: { service: 'catchments' } },
    });
    expect(waited).toBeLessThan(10_000); // bounded by the 2 s timeout, not the client's patience
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    await system.restartSubgraph('catchments');
  }
});

it('when a subgraph takes longer than the usual timeout, then a bulk import through /graphql/import still gets its answer (its own timeout) while /graphql gives up naming the service', async () => {
  const http = await import('node:http');
  const port = Number(new URL(system.urls.catchments).port);
  await system.stopSubgraph('catchments');
  // Answers every request after 3.5 s: past SUBGRAPH_TIMEOUT_MS (2 s here), within the import timeout (8 s).
  const slow = http.createServer((_req, res) => {
    _req.resume();
    setTimeout(() => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { locate: null } }));
    }, 3500);
  });
  await new Promise<void>((resolve) => slow.listen(port, '127.0.0.1', () => resolve()));
  try {
    const query = '{ locate(lng: 116.79, lat: 35.55) { nearBoundary } }';
    const usual = await system.gateway.request(query);
    expect(usual.errors![0]).toMatchObject({ message: expect.stringContaining('did not answer within 2000 ms'), extensions: { code: 'SERVICE_UNAVAILABLE' } });

    const token = await system.token({ role: 'BUREAU', subject: 'slow-import-officer', districtCode: '370812' });
    const started = Date.now();
    const response = await fetch(`${system.gatewayBaseUrl}/graphql/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: { locate: null }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ locate: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  } finally {
    slow.closeAllConnections();
    await new Promise<void>((resolve) => slow.close(() => resolve()));
    await system.restartSubgraph('catchments');
  }
});
