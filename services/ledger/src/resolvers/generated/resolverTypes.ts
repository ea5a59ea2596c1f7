// GENERATED FILE: do not edit. Run `npm run codegen -w services/ledger` after changing schema.graphql;
// `npm run codegen:check -w services/ledger` fails when stale.
/* eslint-disable */
import type { GraphQLResolveInfo } from 'graphql';
import type { LogEntry as LogEntryModel, SignedTreeHead as SignedTreeHeadModel, DistrictSettingsVersion as DistrictSettingsVersionModel } from '@zsgk/publication';
import type { InclusionProofView as InclusionProofViewModel, ConsistencyProofView as ConsistencyProofViewModel } from '../../ledger/TreeHeads';
import type { PublicKeyView as PublicKeyViewModel } from '../../api/LedgerQueries';
import type { LedgerContext } from '../LedgerContext';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What happened to a published record: each event is one entry of the district's publication log. */
export type PublicationEvent =
  /** A version went public. */
  | 'PUBLISHED'
  /** A later version replaced it; it stays readable, marked. */
  | 'SUPERSEDED'
  /** Its period of validity ended. */
  | 'EXPIRED'
  /** A correction replaced it (with a reason). */
  | 'CORRECTED'
  /** It was withdrawn from publication. */
  | 'WITHDRAWN';

/** An entry of a district's publication log (owned by the ledger subgraph); this subgraph adds the content of its own kinds. */
export type PublicationLogEntry = {
  __typename?: 'PublicationLogEntry';
  /** Position in the district's log, from 0. */
  index: Scalars['Int']['output'];
  /** 6-digit division code of the district whose log holds the entry. */
  districtCode: Scalars['String']['output'];
  /** Kind of record, e.g. SCHOOL, ZONE_SET, ENROLMENT_RULES, POLICY_DOCUMENT, DISTRICT_SETTINGS. */
  kind: Scalars['String']['output'];
  /** Id of the published version document. */
  recordId: Scalars['ID']['output'];
  /** Version number of the record (1, 2, …). */
  version: Scalars['Int']['output'];
  event: PublicationEvent;
  /** Lowercase hex SHA-256 of the canonical JSON (RFC 8785) of the version's published content. */
  contentHash: Scalars['String']['output'];
  /** When the event happened (ISO 8601). */
  at: Scalars['String']['output'];
  /** Lowercase hex RFC 9162 leaf hash: SHA-256(0x00 || canonicalJson({districtCode, index, kind, recordId, version, event, contentHash, at})). */
  leafHash: Scalars['String']['output'];
  /** Canonical JSON of a DISTRICT_SETTINGS version as the ledger serves it now; null for other kinds. */
  ledgerContent: Maybe<Scalars['String']['output']>;
};

/** A district log's size and root, signed with the district's Ed25519 key over canonicalJson({districtCode, treeSize, rootHash, timestamp}). */
export type SignedTreeHead = {
  __typename?: 'SignedTreeHead';
  districtCode: Scalars['String']['output'];
  /** Number of entries the head covers. */
  treeSize: Scalars['Int']['output'];
  /** Lowercase hex RFC 9162 root hash (SHA-256 of nothing for an empty log). */
  rootHash: Scalars['String']['output'];
  /** When the head was signed (ISO 8601). */
  timestamp: Scalars['String']['output'];
  /** Base64 Ed25519 signature. */
  signature: Scalars['String']['output'];
};

/** An audit path proving one entry is in the tree of `treeSize` entries (RFC 9162 §2.1.3). */
export type InclusionProof = {
  __typename?: 'InclusionProof';
  districtCode: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  treeSize: Scalars['Int']['output'];
  leafHash: Scalars['String']['output'];
  /** Sibling hashes from the leaf up, lowercase hex. */
  path: Array<Scalars['String']['output']>;
  /** Root of the tree of `treeSize` entries. */
  rootHash: Scalars['String']['output'];
};

/** Proof that the log of `first` entries is a prefix of the log of `second` entries (RFC 9162 §2.1.4). */
export type ConsistencyProof = {
  __typename?: 'ConsistencyProof';
  districtCode: Scalars['String']['output'];
  first: Scalars['Int']['output'];
  second: Scalars['Int']['output'];
  path: Array<Scalars['String']['output']>;
  firstRootHash: Scalars['String']['output'];
  secondRootHash: Scalars['String']['output'];
};

/** The district's tree-head signing key. Check it against the one the bureau publishes elsewhere (its website, a notice) before trusting it. */
export type DistrictPublicKey = {
  __typename?: 'DistrictPublicKey';
  districtCode: Scalars['String']['output'];
  /** Always Ed25519. */
  algorithm: Scalars['String']['output'];
  /** SPKI public key in PEM. */
  publicKeyPem: Scalars['String']['output'];
  /** Lowercase hex SHA-256 of the DER public key, for comparing by eye. */
  fingerprint: Scalars['String']['output'];
};

/** A published version of a district's settings (itself logged as kind DISTRICT_SETTINGS). */
export type DistrictSettings = {
  __typename?: 'DistrictSettings';
  /** Id of this version, e.g. DISTRICT_SETTINGS:370812@v2. */
  recordId: Scalars['ID']['output'];
  districtCode: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** 本区发布未经双人复核: an officer may approve a change they submitted themselves. */
  singleOfficerAllowed: Scalars['Boolean']['output'];
  /** Why the bureau chose this (published with it). */
  reason: Scalars['String']['output'];
  publishedBy: Scalars['String']['output'];
  publishedAt: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Districts that have a publication log. */
  publicationLogDistricts: Maybe<Array<Scalars['String']['output']>>;
  /** The signed head of the district's log at its current size; null when the district has no log. */
  publicationLogHead: Maybe<SignedTreeHead>;
  /** Entries from..from+count-1 (count at most 500), in index order. */
  publicationLogEntries: Maybe<Array<PublicationLogEntry>>;
  publicationLogEntry: Maybe<PublicationLogEntry>;
  /** Inclusion proof of entry `index` in the tree of `treeSize` entries (default: the current size). */
  publicationLogInclusion: Maybe<InclusionProof>;
  /** Consistency proof between two sizes of the district's log (`second` defaults to the current size). */
  publicationLogConsistency: Maybe<ConsistencyProof>;
  /** Every log entry about one published version (its PUBLISHED, SUPERSEDED … events). */
  publicationLogRecord: Maybe<Array<PublicationLogEntry>>;
  /** The key that signs the district's tree heads; null when the district has no log yet. */
  districtPublicKey: Maybe<DistrictPublicKey>;
  /** The district's settings in force (null: never published, so the defaults apply: two-person review). */
  districtSettings: Maybe<DistrictSettings>;
  /** Every published version of the district's settings, oldest first. */
  districtSettingsHistory: Maybe<Array<DistrictSettings>>;
};


export type QueryPublicationLogHeadArgs = {
  districtCode: Scalars['String']['input'];
};


export type QueryPublicationLogEntriesArgs = {
  districtCode: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Int']['input']>;
  count?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicationLogEntryArgs = {
  districtCode: Scalars['String']['input'];
  index: Scalars['Int']['input'];
};


export type QueryPublicationLogInclusionArgs = {
  districtCode: Scalars['String']['input'];
  index: Scalars['Int']['input'];
  treeSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicationLogConsistencyArgs = {
  districtCode: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  second?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicationLogRecordArgs = {
  recordId: Scalars['ID']['input'];
};


export type QueryDistrictPublicKeyArgs = {
  districtCode: Scalars['String']['input'];
};


export type QueryDistrictSettingsArgs = {
  districtCode: Scalars['String']['input'];
};


export type QueryDistrictSettingsHistoryArgs = {
  districtCode: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Publishes (and logs) whether the district's officers may approve their own changes (本区发布未经双人复核).
   * Bureau of that district only; the reason is published with the setting.
   */
  setSingleOfficerPublishing: Maybe<DistrictSettings>;
};


export type MutationSetSingleOfficerPublishingArgs = {
  districtCode: Scalars['String']['input'];
  allowed: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  PublicationLogEntry: PublicationLogEntry;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  PublicationLogEntry:
    ( { __typename: 'PublicationLogEntry' }
    & GraphQLRecursivePick<FederationTypes['PublicationLogEntry'], {"kind":true,"recordId":true,"version":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  PublicationEvent: PublicationEvent;
  PublicationLogEntry: ResolverTypeWrapper<LogEntryModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  SignedTreeHead: ResolverTypeWrapper<SignedTreeHeadModel>;
  InclusionProof: ResolverTypeWrapper<InclusionProofViewModel>;
  ConsistencyProof: ResolverTypeWrapper<ConsistencyProofViewModel>;
  DistrictPublicKey: ResolverTypeWrapper<PublicKeyViewModel>;
  DistrictSettings: ResolverTypeWrapper<DistrictSettingsVersionModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  PublicationLogEntry: LogEntryModel;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  SignedTreeHead: SignedTreeHeadModel;
  InclusionProof: InclusionProofViewModel;
  ConsistencyProof: ConsistencyProofViewModel;
  DistrictPublicKey: PublicKeyViewModel;
  DistrictSettings: DistrictSettingsVersionModel;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type LinkDirectiveArgs = {
  url: Scalars['String']['input'];
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = LedgerContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicationLogEntryResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['PublicationLogEntry'] = ResolversParentTypes['PublicationLogEntry'], FederationReferenceType extends FederationReferenceTypes['PublicationLogEntry'] = FederationReferenceTypes['PublicationLogEntry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PublicationLogEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['PublicationEvent'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leafHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ledgerContent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SignedTreeHeadResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['SignedTreeHead'] = ResolversParentTypes['SignedTreeHead']> = {
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treeSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InclusionProofResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['InclusionProof'] = ResolversParentTypes['InclusionProof']> = {
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  treeSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leafHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsistencyProofResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['ConsistencyProof'] = ResolversParentTypes['ConsistencyProof']> = {
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  first?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  second?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstRootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secondRootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictPublicKeyResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['DistrictPublicKey'] = ResolversParentTypes['DistrictPublicKey']> = {
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKeyPem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictSettingsResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['DistrictSettings'] = ResolversParentTypes['DistrictSettings']> = {
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singleOfficerAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  publicationLogDistricts?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  publicationLogHead?: Resolver<Maybe<ResolversTypes['SignedTreeHead']>, ParentType, ContextType, RequireFields<QueryPublicationLogHeadArgs, 'districtCode'>>;
  publicationLogEntries?: Resolver<Maybe<Array<ResolversTypes['PublicationLogEntry']>>, ParentType, ContextType, RequireFields<QueryPublicationLogEntriesArgs, 'districtCode' | 'from' | 'count'>>;
  publicationLogEntry?: Resolver<Maybe<ResolversTypes['PublicationLogEntry']>, ParentType, ContextType, RequireFields<QueryPublicationLogEntryArgs, 'districtCode' | 'index'>>;
  publicationLogInclusion?: Resolver<Maybe<ResolversTypes['InclusionProof']>, ParentType, ContextType, RequireFields<QueryPublicationLogInclusionArgs, 'districtCode' | 'index'>>;
  publicationLogConsistency?: Resolver<Maybe<ResolversTypes['ConsistencyProof']>, ParentType, ContextType, RequireFields<QueryPublicationLogConsistencyArgs, 'districtCode' | 'first'>>;
  publicationLogRecord?: Resolver<Maybe<Array<ResolversTypes['PublicationLogEntry']>>, ParentType, ContextType, RequireFields<QueryPublicationLogRecordArgs, 'recordId'>>;
  districtPublicKey?: Resolver<Maybe<ResolversTypes['DistrictPublicKey']>, ParentType, ContextType, RequireFields<QueryDistrictPublicKeyArgs, 'districtCode'>>;
  districtSettings?: Resolver<Maybe<ResolversTypes['DistrictSettings']>, ParentType, ContextType, RequireFields<QueryDistrictSettingsArgs, 'districtCode'>>;
  districtSettingsHistory?: Resolver<Maybe<Array<ResolversTypes['DistrictSettings']>>, ParentType, ContextType, RequireFields<QueryDistrictSettingsHistoryArgs, 'districtCode'>>;
};

export type MutationResolvers<ContextType = LedgerContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  setSingleOfficerPublishing?: Resolver<Maybe<ResolversTypes['DistrictSettings']>, ParentType, ContextType, RequireFields<MutationSetSingleOfficerPublishingArgs, 'districtCode' | 'allowed' | 'reason'>>;
};

export type Resolvers<ContextType = LedgerContext> = {
  PublicationLogEntry?: PublicationLogEntryResolvers<ContextType>;
  SignedTreeHead?: SignedTreeHeadResolvers<ContextType>;
  InclusionProof?: InclusionProofResolvers<ContextType>;
  ConsistencyProof?: ConsistencyProofResolvers<ContextType>;
  DistrictPublicKey?: DistrictPublicKeyResolvers<ContextType>;
  DistrictSettings?: DistrictSettingsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = LedgerContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
};
