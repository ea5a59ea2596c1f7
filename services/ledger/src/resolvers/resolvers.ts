import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DistrictSettingsVersion, LogEntry } from '@zsgk/publication';
import type { LedgerContext } from './LedgerContext';

type Ctx = LedgerContext;
type District = { districtCode: string };

export const resolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    publicationLogDistricts: (_: unknown, __: unknown, ctx: Ctx) => ctx.ledger.log.districts(),
    publicationLogHead: (_: unknown, args: District, ctx: Ctx) => ctx.ledger.head(args.districtCode),
    publicationLogEntries: (_: unknown, args: District & { from: number; count: number }, ctx: Ctx) =>
      ctx.ledger.entries(args.districtCode, args.from, args.count),
    publicationLogEntry: (_: unknown, args: District & { index: number }, ctx: Ctx) => ctx.ledger.entry(args.districtCode, args.index),
    publicationLogInclusion: (_: unknown, args: District & { index: number; treeSize?: number | null }, ctx: Ctx) =>
      ctx.ledger.inclusion(args.districtCode, args.index, args.treeSize ?? null),
    publicationLogConsistency: (_: unknown, args: District & { first: number; second?: number | null }, ctx: Ctx) =>
      ctx.ledger.consistency(args.districtCode, args.first, args.second ?? null),
    publicationLogRecord: (_: unknown, args: { recordId: string }, ctx: Ctx) => ctx.ledger.record(args.recordId),
    districtPublicKey: (_: unknown, args: District, ctx: Ctx) => ctx.ledger.publicKey(args.districtCode),
    districtSettings: (_: unknown, args: District, ctx: Ctx) => ctx.ledger.currentSettings(args.districtCode),
    districtSettingsHistory: (_: unknown, args: District, ctx: Ctx) => ctx.ledger.settingsHistory(args.districtCode),
  },
  Mutation: {
    setSingleOfficerPublishing: (_: unknown, args: District & { allowed: boolean; reason: string }, ctx: Ctx) =>
      ctx.ledger.setSingleOfficerPublishing(ctx.identity, args.districtCode, args.allowed, args.reason),
  },
  PublicationLogEntry: {
    // Other subgraphs never return entries by reference; answer with the version's first entry.
    __resolveReference: async (reference: { kind: string; recordId: string; version: number }, ctx: Ctx) =>
      (await ctx.ledger.record(reference.recordId)).find((entry) => entry.kind === reference.kind && entry.version === reference.version) ?? null,
    ledgerContent: (entry: LogEntry, _: unknown, ctx: Ctx) => ctx.ledger.ledgerContent(entry),
  },
  DistrictSettings: {
    recordId: (settings: DistrictSettingsVersion) => settings.id,
  },
};
