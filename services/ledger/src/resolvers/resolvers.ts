import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { LedgerContext } from './LedgerContext';
import type { Resolvers } from './generated/resolverTypes';

/**
 * Typed by the resolver types generated from schema.graphql (`npm run codegen -w services/ledger`):
 * arguments, parents (the domain's LogEntry, DistrictSettingsVersion, …) and results are checked
 * against the schema, so a renamed field or argument fails the typecheck instead of a query.
 */
const typed: Resolvers = {
  Query: {
    publicationLogDistricts: (_, __, ctx) => ctx.ledger.log.districts(),
    publicationLogHead: (_, args, ctx) => ctx.ledger.head(args.districtCode),
    publicationLogEntries: (_, args, ctx) => ctx.ledger.entries(args.districtCode, args.from ?? 0, args.count ?? 100),
    publicationLogEntry: (_, args, ctx) => ctx.ledger.entry(args.districtCode, args.index),
    publicationLogInclusion: (_, args, ctx) => ctx.ledger.inclusion(args.districtCode, args.index, args.treeSize ?? null),
    publicationLogConsistency: (_, args, ctx) => ctx.ledger.consistency(args.districtCode, args.first, args.second ?? null),
    publicationLogRecord: (_, args, ctx) => ctx.ledger.record(args.recordId),
    districtPublicKey: (_, args, ctx) => ctx.ledger.publicKey(args.districtCode),
    districtSettings: (_, args, ctx) => ctx.ledger.currentSettings(args.districtCode),
    districtSettingsHistory: (_, args, ctx) => ctx.ledger.settingsHistory(args.districtCode),
  },
  Mutation: {
    setSingleOfficerPublishing: (_, args, ctx) => ctx.ledger.setSingleOfficerPublishing(ctx.identity, args.districtCode, args.allowed, args.reason),
  },
  PublicationLogEntry: {
    // Other subgraphs never return entries by reference; answer with the version's first entry.
    __resolveReference: async (reference, ctx) =>
      (await ctx.ledger.record(reference.recordId)).find((entry) => entry.kind === reference.kind && entry.version === reference.version) ?? null,
    ledgerContent: (entry, _, ctx) => ctx.ledger.ledgerContent(entry),
  },
  DistrictSettings: {
    recordId: (settings) => settings.id,
  },
};

/** What @apollo/subgraph's buildSubgraphSchema takes: the same object, under its looser type. */
export const resolvers = typed as GraphQLResolverMap<LedgerContext>;
