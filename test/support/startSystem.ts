import { createServer as createAdmissions } from '@zsgk/admissions/src/server';
import { createServer as createCatchments } from '@zsgk/catchments/src/server';
import { createGateway } from '@zsgk/gateway/src/createGateway';
import { createServer as createSchools } from '@zsgk/schools/src/server';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';

type Listening = Awaited<ReturnType<typeof listenOnFreePort>>;

/**
 * The whole system in-process: three subgraphs, each on its own fresh database and free port, and
 * the gateway in front of them. `stopSubgraph` / `restartSubgraph` let tests take one down.
 */
export async function startSystem(options: { allowedOrigins?: string[] } = {}) {
  const databases = await Promise.all(['schools', 'catchments', 'admissions'].map((name) => openTestDatabase(name)));
  const [schoolsDb, catchmentsDb, admissionsDb] = databases as [typeof databases[0], typeof databases[0], typeof databases[0]];
  const schools = await createSchools({ connection: schoolsDb.connection, identitySecret: TEST_IDENTITY_SECRET });
  const catchments = await createCatchments({ connection: catchmentsDb.connection, identitySecret: TEST_IDENTITY_SECRET, indexPollMs: 200 });
  const admissions = await createAdmissions({ connection: admissionsDb.connection, identitySecret: TEST_IDENTITY_SECRET });
  const listening: Record<'schools' | 'catchments' | 'admissions', Listening> = {
    schools: await listenOnFreePort(schools.app),
    catchments: await listenOnFreePort(catchments.app),
    admissions: await listenOnFreePort(admissions.app),
  };
  const urls = {
    schools: `${listening.schools.baseUrl}/graphql`,
    catchments: `${listening.catchments.baseUrl}/graphql`,
    admissions: `${listening.admissions.baseUrl}/graphql`,
  };
  const gateway = await createGateway({ subgraphUrls: urls, identitySecret: TEST_IDENTITY_SECRET, allowedOrigins: options.allowedOrigins });
  const gatewayListening = await listenOnFreePort(gateway.app);
  return {
    urls,
    gatewayUrl: `${gatewayListening.baseUrl}/graphql`,
    gatewayBaseUrl: gatewayListening.baseUrl,
    gateway: new GraphqlClient(`${gatewayListening.baseUrl}/graphql`),
    async stop() {
      await gatewayListening.close();
      await gateway.stop();
      for (const l of Object.values(listening)) await l.close();
      await Promise.all([schools.stop(), catchments.stop(), admissions.stop()]);
      await Promise.all(databases.map((d) => d.drop()));
    },
  };
}
