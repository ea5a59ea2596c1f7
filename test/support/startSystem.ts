import { createServer as createAdmissions } from '@zsgk/admissions/src/server';
import { HttpSchoolRegister } from '@zsgk/catchments/src/register/HttpSchoolRegister';
import { createServer as createCatchments } from '@zsgk/catchments/src/server';
import { createServer as createLedger } from '@zsgk/ledger/src/server';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTokenVerifier } from '@zsgk/gateway/src/auth/createTokenVerifier';
import { issueToken } from '@zsgk/gateway/src/auth/issueToken';
import { loadOrCreateLocalKeys } from '@zsgk/gateway/src/auth/localKeys';
import { ensureAccounts, type OidcOptions, type SeedAccount } from '@zsgk/gateway/src/accounts';
import { createGateway, type GatewayOptions } from '@zsgk/gateway/src/createGateway';
import type { Identity } from '@zsgk/identity';
import { createServer as createSchools } from '@zsgk/schools/src/server';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';

type Listening = Awaited<ReturnType<typeof listenOnFreePort>>;

/**
 * The whole system in-process: four subgraphs, each on its own fresh database and free port, one
 * publication log (ledger database) for the run, and the gateway in front of them. `stopSubgraph` / `restartSubgraph` let tests take one down.
 * The gateway's embedded account directory is on (/auth): `seedAccounts` creates accounts to sign in with.
 */
export async function startSystem(options: Partial<Pick<GatewayOptions, 'allowedOrigins' | 'consoleOrigins' | 'rate' | 'limits' | 'subgraphTimeoutMs' | 'importTimeoutMs'>> & { oidc?: OidcOptions } = {}) {
  const databases = await Promise.all(['schools', 'catchments', 'admissions', 'gateway', 'ledger'].map((name) => openTestDatabase(name)));
  const [schoolsDb, catchmentsDb, admissionsDb, gatewayDb, ledgerDb] = databases as [typeof databases[0], typeof databases[0], typeof databases[0], typeof databases[0], typeof databases[0]];
  // Every service appends to this run's own publication log.
  const ledgerDbName = ledgerDb.name;
  const schools = await createSchools({ connection: schoolsDb.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: ledgerDbName });
  // Admissions and catchments check the district of every school a bureau write names in the register (SCHOOLS_URL, as `npm start` wires them), so schools listens first.
  const schoolsListening = await listenOnFreePort(schools.app);
  const catchments = await createCatchments({
    connection: catchmentsDb.connection, identitySecret: TEST_IDENTITY_SECRET, indexPollMs: 200, ledgerDb: ledgerDbName,
    schoolRegister: new HttpSchoolRegister(`${schoolsListening.baseUrl}/graphql`),
  });
  const admissions = await createAdmissions({
    connection: admissionsDb.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: ledgerDbName, schoolsUrl: `${schoolsListening.baseUrl}/graphql`,
  });
  const ledgerKeyDir = mkdtempSync(path.join(os.tmpdir(), 'ledger-keys-'));
  const ledger = await createLedger({ connection: ledgerDb.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: ledgerDbName, keyDir: ledgerKeyDir });
  const listening: Record<'schools' | 'catchments' | 'admissions' | 'ledger', Listening> = {
    schools: schoolsListening,
    catchments: await listenOnFreePort(catchments.app),
    admissions: await listenOnFreePort(admissions.app),
    ledger: await listenOnFreePort(ledger.app),
  };
  const urls = {
    schools: `${listening.schools.baseUrl}/graphql`,
    catchments: `${listening.catchments.baseUrl}/graphql`,
    admissions: `${listening.admissions.baseUrl}/graphql`,
    ledger: `${listening.ledger.baseUrl}/graphql`,
  };
  const { oidc, ...gatewayOptions } = options;
  const keys = await loadOrCreateLocalKeys(mkdtempSync(path.join(os.tmpdir(), 'gateway-keys-')));
  const issuer = { issuer: 'zsgk-test', audience: 'zsgk-gateway' };
  const gateway = await createGateway({
    subgraphUrls: urls,
    identitySecret: TEST_IDENTITY_SECRET,
    connection: gatewayDb.connection,
    verifyToken: createTokenVerifier({ localPublicJwk: keys.publicJwk, ...issuer }),
    rate: { perSecond: 1000, burst: 1000 },
    ...gatewayOptions,
    accounts: { keys, ...issuer, oidc },
  });
  const gatewayListening = await listenOnFreePort(gateway.app);
  return {
    urls,
    gatewayUrl: `${gatewayListening.baseUrl}/graphql`,
    gatewayBaseUrl: gatewayListening.baseUrl,
    gateway: new GraphqlClient(`${gatewayListening.baseUrl}/graphql`),
    keys,
    /** The databases behind each service (for tests that tamper with stored records), and the ledger's key folder. */
    databases: { schools: schoolsDb, catchments: catchmentsDb, admissions: admissionsDb, ledger: ledgerDb, gateway: gatewayDb },
    /** Creates accounts in the gateway's directory (those that exist are left as they are); sign in with POST /auth/sign-in. */
    seedAccounts: (accounts: readonly SeedAccount[]) => ensureAccounts(gatewayDb.connection, accounts),
    ledgerKeyDir,
    /** A bearer token from the test issuer, as the bureau's identity provider would sign it. */
    token: (identity: Exclude<Identity, { role: 'PUBLIC' }>, ttl = '10m') => issueToken(keys, identity, { ...issuer, ttl }),
    /** Stops one subgraph listening (as if it crashed); restartSubgraph brings it back on the same port. */
    stopSubgraph: (name: keyof typeof listening) => listening[name].close(),
    restartSubgraph: async (name: keyof typeof listening) => {
      const port = Number(new URL(listening[name].baseUrl).port);
      const app = { schools, catchments, admissions, ledger }[name].app;
      await new Promise<void>((resolve) => {
        const server = app.listen(port, '127.0.0.1', () => resolve());
        listening[name] = { ...listening[name], server, close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }) };
      });
    },
    async stop() {
      await gatewayListening.close();
      await gateway.stop();
      for (const l of Object.values(listening)) await l.close();
      await Promise.all([schools.stop(), catchments.stop(), admissions.stop(), ledger.stop()]);
      await Promise.all(databases.map((d) => d.drop()));
    },
  };
}
