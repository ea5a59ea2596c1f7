import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createTokenVerifier } from '@zsgk/gateway/src/auth/createTokenVerifier';
import { createGateway } from '@zsgk/gateway/src/createGateway';
import { IDENTITY_HEADER } from '@zsgk/identity';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import { startSystem } from './support/startSystem';

/** What an eavesdropper between the gateway and the admissions subgraph sees: headers and body bytes. */
interface Captured {
  headers: IncomingHttpHeaders;
  body: string;
}

let system: Awaited<ReturnType<typeof startSystem>>;
let tap: { url: string; server: Server; seen: Captured[] };
let gatewayDb: TestDatabase;
let tapped: { stop(): Promise<void> };
let gatewayListening: Awaited<ReturnType<typeof listenOnFreePort>>;
let client: GraphqlClient;

// A loopback proxy that forwards every request unchanged and keeps a copy, as a captured link would.
async function startTap(target: string): Promise<typeof tap> {
  const seen: Captured[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ headers: req.headers, body });
    const answer = await fetch(target, { method: req.method, headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: String(req.headers[IDENTITY_HEADER] ?? '') }, body });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}${new URL(target).pathname}`, server, seen };
}

beforeAll(async () => {
  system = await startSystem();
  tap = await startTap(system.urls.admissions);
  gatewayDb = await openTestDatabase('gateway-replay');
  const gateway = await createGateway({
    subgraphUrls: { ...system.urls, admissions: tap.url },
    identitySecret: TEST_IDENTITY_SECRET,
    connection: gatewayDb.connection,
    verifyToken: createTokenVerifier({ localPublicJwk: system.keys.publicJwk, issuer: 'zsgk-test', audience: 'zsgk-gateway' }),
    rate: { perSecond: 1000, burst: 1000 },
  });
  tapped = gateway;
  gatewayListening = await listenOnFreePort(gateway.app);
  client = new GraphqlClient(`${gatewayListening.baseUrl}/graphql`);
});
afterAll(async () => {
  await gatewayListening?.close();
  await tapped?.stop();
  await new Promise((resolve) => tap?.server.close(resolve));
  await gatewayDb?.drop();
  await system?.stop();
});

const bureau = { role: 'BUREAU', subject: 'clerk-replay', districtCode: '370812' } as const;
const LIST = `query($d: String!) { policyDocuments(districtCode: $d, includeDrafts: true) { id documentNumber } }`;
const SAVE = `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id documentNumber } }`;
const policy = (documentNumber: string) => ({
  districtCode: '370812', documentNumber, title: `${documentNumber} 关于随迁子女入学的实施办法`, issuer: '兖州区教育和体育局',
  categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01',
});

/** Sends captured headers and a body straight to the admissions subgraph, as the attacker would. */
const replay = (captured: Captured, body = captured.body) =>
  fetch(system.urls.admissions, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: String(captured.headers[IDENTITY_HEADER]) },
    body,
  }).then((r) => r.json() as Promise<any>);

const gatewayRequest = async (query: string, variables: Record<string, unknown>) => {
  const token = await system.token(bureau);
  const from = tap.seen.length;
  const res = await client.request(query, variables, undefined, { authorization: `Bearer ${token}` });
  const captured = tap.seen.slice(from);
  expect(captured).toHaveLength(1); // each operation here needs exactly one admissions request
  expect(captured[0]!.headers[IDENTITY_HEADER]).toBeDefined();
  return { res, captured: captured[0]! };
};
const documentNumbers = async () => (await gatewayRequest(LIST, { d: '370812' })).res.data!.policyDocuments.map((d: any) => d.documentNumber);

describe('a captured forwarded identity', () => {
  it("when a read's header is reused for a savePolicyDocument write, then the write is refused and nothing is saved", async () => {
    const { captured } = await gatewayRequest(LIST, { d: '370812' });
    const forged = await replay(captured, JSON.stringify({ query: SAVE, variables: { input: policy('兖教发〔2026〕31号') } }));
    expect(forged.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await documentNumbers()).not.toContain('兖教发〔2026〕31号');
  });

  it('when a write is replayed verbatim, then the replay is refused as replayed and nothing is written twice', async () => {
    const { res, captured } = await gatewayRequest(SAVE, { input: policy('兖教发〔2026〕32号') });
    expect(res.data!.savePolicyDocument.documentNumber).toBe('兖教发〔2026〕32号');
    const before = await documentNumbers();
    const again = await replay(captured);
    expect(again.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('Replayed request') });
    expect(await documentNumbers()).toEqual(before);
  });

  it('when a read is replayed verbatim, then it is answered as for the bureau (drafts included)', async () => {
    await gatewayRequest(SAVE, { input: policy('兖教发〔2026〕33号') });
    const { res, captured } = await gatewayRequest(LIST, { d: '370812' });
    const again = await replay(captured);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(res.data);
    expect(again.data.policyDocuments.map((d: any) => d.documentNumber)).toContain('兖教发〔2026〕33号');
  });
});
