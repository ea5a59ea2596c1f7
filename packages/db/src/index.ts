export { connectMongo, pingMongo } from './connectMongo';
export { ensureFerretDb, FERRETDB_VERSION } from './ensureFerretDb';
export { startEmbeddedDatabase, findFreePort } from './startEmbeddedDatabase';
export type { EmbeddedDatabase, EmbeddedDatabaseOptions } from './startEmbeddedDatabase';
export { findRepoRoot } from './findRepoRoot';
