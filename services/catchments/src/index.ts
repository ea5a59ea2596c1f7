// The package entry: what other workspaces may use of the catchments service without reaching into
// its src/ folders. The gateway's read replica (gateway/src/replica) builds the subgraph's own
// executable schema and public read path from these, read-only, on the same database.
export { SCHEMA_FILE } from './server';
export { resolvers } from './resolvers/resolvers';
export { withCatchmentJobResolvers } from './resolvers/catchmentJobResolvers';
export { withGazetteerResolvers, type GazetteerContext } from './resolvers/gazetteerResolvers';
export { createCatchmentLoader, pinSnapshot, type CatchmentsContext } from './resolvers/CatchmentsContext';
export { createCatchmentModels } from './data/CatchmentModels';
export { CatchmentRepository } from './data/CatchmentRepository';
export { createGazetteerModels } from './data/GazetteerModels';
export { GazetteerRepository } from './data/GazetteerRepository';
export { GazetteerCatalog } from './gazetteer/GazetteerCatalog';
export { PublishedCatalog, type CatalogSnapshot } from './zones/PublishedCatalog';
