import { IDENTITY_HEADER, PUBLIC, signIdentity } from '@zsgk/identity';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import { createServer } from '../src/server';
import { APPROVE_CHANGE, BUREAU, DISTRICT, REVIEW_FIELDS, SECOND_BUREAU } from './admissionsServer';

/**
 * Comments limited per client address across replicas: two admissions instances on one database,
 * the address signed into each request as the gateway signs it (@zsgk/identity, claim `ip`).
 */
let database: TestDatabase;
let replicas: Array<{ url: string; close(): Promise<void> }>;
const ledgerDb = () => `${database.name}_ledger`;
const today = '2026-12-03';

beforeAll(async () => {
  database = await openTestDatabase('comment_limits');
  replicas = [];
  for (let i = 0; i < 2; i++) {
    const server = await createServer({
      connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: ledgerDb(), today: () => today,
      commentLimits: { sameTextPerHour: 100, perClientPerHour: 10, perConsultationPerHour: 1000 },
    });
    const listening = await listenOnFreePort(server.app);
    replicas.push({ url: `${listening.baseUrl}/graphql`, close: async () => { await listening.close(); await server.stop(); } });
  }
});
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await database.connection.useDb(ledgerDb(), { useCache: true }).dropDatabase().catch(() => undefined);
  await database.drop();
});

const COMMENT = 'mutation($id: ID!, $text: String!) { submitConsultationComment(consultationId: $id, text: $text) { receipt } }';

/** A comment sent to `url` as the gateway would send it for an anonymous client at `address`. */
async function comment(url: string, id: string, text: string, address?: string): Promise<string> {
  const body = JSON.stringify({ query: COMMENT, variables: { id, text } });
  const header: Record<string, string> = address ? { [IDENTITY_HEADER]: await signIdentity(PUBLIC, TEST_IDENTITY_SECRET, { method: 'POST', url, body }, { clientAddress: address }) } : {};
  const response = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...header }, body })).json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return response.errors ? (response.errors[0]?.extensions?.code ?? 'ERROR') : 'ok';
}

async function openConsultation(title: string): Promise<string> {
  const client = new GraphqlClient(replicas[0]!.url);
  const input = { districtCode: DISTRICT, subjectKind: 'OTHER', subjectId: null, title, draftText: '草案正文……', basis: '依据', howToComment: '本平台', opensOn: today };
  const opened = await client.request(`mutation($input: ConsultationInput!) { openConsultation(input: $input) { ${REVIEW_FIELDS} } }`, { input }, BUREAU);
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  const approved = await client.request(APPROVE_CHANGE, { id: (opened.data as any).openConsultation.id }, SECOND_BUREAU);
  if (approved.errors) throw new Error(JSON.stringify(approved.errors));
  return (approved.data as any).approveBureauChange.recordKey;
}

it('when one client sends 40 comments at once through two replicas against 10 per client, then exactly 10 pass and the others are RATE_LIMITED; another address still may comment', async () => {
  const id = await openConsultation('每客户限流测试');
  const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => comment(replicas[i % 2]!.url, id, `第 ${i} 条意见，内容各不相同。`, '203.0.113.5')));
  expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10);
  expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(30);
  expect(await comment(replicas[1]!.url, id, '另一位家长的意见。', '203.0.113.6')).toBe('ok');
}, 120_000);

it('when the request carries no signed address (the subgraph called directly), then the per-client limit does not apply and the others still do', async () => {
  const id = await openConsultation('无地址限流测试');
  const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => comment(replicas[i % 2]!.url, id, `直接调用的第 ${i} 条意见。`)));
  expect(outcomes.every((o) => o === 'ok')).toBe(true);
}, 120_000);
