import { PUBLIC } from '@zsgk/identity';
import { createSubgraphApp } from '@zsgk/subgraph-host';
import { listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import { parse } from 'graphql';
import { createGateway } from '../src/createGateway';

/**
 * The client's address reaches the subgraphs signed, for per-client limits there (consultation
 * comments): the gateway signs `req.ip` (after `trust proxy`) into an anonymous write's identity
 * header and subgraph-host hands the verified address to the context. A stand-in admissions subgraph
 * (the real subgraph host, a one-field schema) answers the comment with the address it was given.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('gateway_client_address');
});
afterAll(() => database.drop());

const ADMISSIONS = parse(`
  type Query { ping: String }
  type Mutation { submitConsultationComment(consultationId: ID!, text: String!, contact: String): CommentReceipt! }
  type CommentReceipt { receipt: String! consultationId: ID! duplicate: Boolean! submittedAt: String! }
`);
const COMMENT = JSON.stringify({ query: 'mutation { submitConsultationComment(consultationId: "370812/x", text: "意见") { receipt } }' });

it('when an anonymous comment reaches the subgraph through the gateway, then it carries the client address the gateway trusted, and a forged header is ignored', async () => {
  const admissions = await createSubgraphApp<{ identity: typeof PUBLIC; clientAddress?: string }>({
    name: 'admissions', typeDefs: ADMISSIONS, identitySecret: TEST_IDENTITY_SECRET, isReady: async () => true,
    buildContext: (identity, { clientAddress }) => ({ identity, clientAddress }),
    resolvers: { Mutation: { submitConsultationComment: (_: unknown, args: { consultationId: string }, ctx: { identity: { role: string }; clientAddress?: string }) => ({ receipt: `${ctx.identity.role} ${ctx.clientAddress ?? 'no address'}`, consultationId: args.consultationId, duplicate: false, submittedAt: '' }) } } as never,
  });
  const subgraph = await listenOnFreePort(admissions.app);
  const url = `${subgraph.baseUrl}/graphql`;
  const gateway = await createGateway({
    subgraphUrls: { schools: url, catchments: url, admissions: url }, identitySecret: TEST_IDENTITY_SECRET, connection: database.connection,
    verifyToken: async () => PUBLIC, trustProxy: 'loopback', rateStore: 'process',
  });
  const server = await listenOnFreePort(gateway.app);
  try {
    const viaGateway = await fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.42' }, body: COMMENT });
    expect(await viaGateway.json()).toEqual({ data: { submitConsultationComment: { receipt: 'PUBLIC 203.0.113.42' } } });
    // Straight to the subgraph, with a header the caller wrote: no address is believed.
    const direct = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zsgk-identity': 'forged', 'x-forwarded-for': '198.51.100.1' }, body: COMMENT });
    expect(await direct.json()).toMatchObject({ data: { submitConsultationComment: { receipt: 'PUBLIC no address' } } });
  } finally {
    await server.close();
    await gateway.stop();
    await subgraph.close();
    await admissions.stop();
  }
}, 60_000);
