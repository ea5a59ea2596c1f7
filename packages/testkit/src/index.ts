export { openTestDatabase } from './openTestDatabase';
export type { TestDatabase } from './openTestDatabase';
export { GraphqlClient, listenOnFreePort, TEST_IDENTITY_SECRET } from './GraphqlClient';
export type { GraphqlResponse } from './GraphqlClient';
export { readErrorTable } from './readErrorTable';
