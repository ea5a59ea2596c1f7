import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  CatchmentRepository,
  createCatchmentLoader,
  createCatchmentModels,
  createGazetteerModels,
  GazetteerCatalog,
  GazetteerRepository,
  pinSnapshot,
  PublishedCatalog,
  resolvers,
  SCHEMA_FILE,
  withCatchmentJobResolvers,
  withGazetteerResolvers,
} from '@zsgk/catchments';
import { PUBLIC } from '@zsgk/identity';
import { loadSchema } from '@zsgk/subgraph-host';
import { execute, getOperationAST, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Connection } from 'mongoose';

export interface CatchmentsReplicaOptions {
  /** A connection to the server holding the catchments service's database (e.g. the gateway's own). */
  connection: Connection;
  /** That database (CATCHMENTS_DB); read only: no index or collection is created from here. */
  dbName: string;
  /** How often the published version is checked, as the subgraph does (CATCHMENTS_INDEX_POLL_MS). */
  pollMs: number;
  /** Must equal the subgraph's CATCHMENTS_NEAR_BOUNDARY_METERS, or `nearBoundary` answers differ. */
  nearBoundaryMeters: number;
  /** Root fields answered here; a query selecting anything else at its root is forwarded. */
  fields: readonly string[];
}

/** A query as prepared once for in-process execution, or null when the replica does not answer it. */
type Prepared = { document: DocumentNode; operationName: string | undefined } | null;

/** Thrown by the context when a resolver reaches for something only the subgraph has (the answer is then forwarded). */
class NotInReplica extends Error {}

/**
 * A read replica of the catchments subgraph's public read path inside the gateway process: the
 * subgraph's own executable schema (its SDL and resolvers from `@zsgk/catchments`, built with
 * `buildSubgraphSchema` as the subgraph builds it) over the same published zones, loaded from the
 * same database by the same `PublishedCatalog`, which checks the published version every `pollMs`.
 * It answers PUBLIC queries whose root fields are all in `fields`, with the bytes the subgraph would
 * send (`JSON.stringify({ data }) + '\n'`, as Apollo Server writes it), and answers nothing (the
 * caller forwards) when a query is not valid here, when execution reports any error, or when a
 * resolver needs what only the subgraph has (writes, the publisher, jobs, the school register, an
 * external geocoder): the context throws for those, which is an error, which forwards.
 * Staleness: after a publication the subgraph answers from the new set at once; this replica within
 * `pollMs` plus the time to read and index the new set.
 */
export class CatchmentsReplica {
  private readonly prepared = new Map<string, Prepared>();
  private served = 0;

  private constructor(
    private readonly schema: GraphQLSchema,
    private readonly catalog: PublishedCatalog,
    private readonly repository: CatchmentRepository,
    private readonly gazetteer: { repository: GazetteerRepository; catalog: GazetteerCatalog; external: null },
    private readonly options: CatchmentsReplicaOptions,
  ) {}

  /** Loads the published zones once (failing if the database cannot be read), then polls. */
  static async open(options: CatchmentsReplicaOptions): Promise<CatchmentsReplica> {
    const connection = options.connection.useDb(options.dbName, { useCache: false });
    connection.set('autoIndex', false);
    connection.set('autoCreate', false);
    const repository = new CatchmentRepository(createCatchmentModels(connection));
    const gazetteerRepository = new GazetteerRepository(createGazetteerModels(connection));
    const catalog = new PublishedCatalog(repository, options.pollMs);
    await catalog.refresh(true);
    catalog.start();
    if (catalog.current().version < 1) console.warn(`[gateway] the catchments read replica found nothing published in database "${options.dbName}"; forwarding until it does (is CATCHMENTS_DB the service's?)`);
    const schema = buildSubgraphSchema([{ typeDefs: loadSchema(SCHEMA_FILE), resolvers: withGazetteerResolvers(withCatchmentJobResolvers(resolvers)) }]);
    return new CatchmentsReplica(schema, catalog, repository, { repository: gazetteerRepository, catalog: new GazetteerCatalog(gazetteerRepository), external: null }, options);
  }

  /** The published version the replica answers from (-1 before the first load, 0 when nothing is published there). */
  version(): number {
    return this.catalog.current().version;
  }

  /** Requests answered here. */
  answered(): number {
    return this.served;
  }

  /**
   * The subgraph's answer to a PUBLIC query, as the bytes it would send, or undefined when the
   * replica does not answer it (the caller forwards it to the subgraph).
   */
  async answer(source: string, operationName: string | undefined, variables: Record<string, unknown> | undefined): Promise<string | undefined> {
    // Version 0: nothing published in that database (a fresh install, or CATCHMENTS_DB naming the wrong
    // database): forwarded, so a misconfigured replica never answers "no zone here" for a real point.
    if (this.version() < 1) return undefined;
    const prepared = this.prepare(source, operationName);
    if (!prepared) return undefined;
    const result = await execute({
      schema: this.schema,
      document: prepared.document,
      operationName: prepared.operationName,
      variableValues: variables,
      contextValue: this.context(),
    });
    if (result.errors?.length || result.extensions || !result.data) return undefined;
    this.served++;
    return JSON.stringify({ data: result.data }) + '\n';
  }

  stop(): void {
    this.catalog.stop();
  }

  /** Parsed and validated against the subgraph's schema once per query text and operation name. */
  private prepare(source: string, operationName: string | undefined): Prepared {
    const key = `${operationName ?? ''}\n${source}`;
    if (this.prepared.has(key)) return this.prepared.get(key)!;
    let prepared: Prepared = null;
    try {
      const document = parse(source);
      const operation = getOperationAST(document, operationName);
      const rootFieldsHere =
        operation?.operation === 'query' &&
        operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || this.options.fields.includes(s.name.value)));
      if (rootFieldsHere && validate(this.schema, document).length === 0) prepared = { document, operationName };
    } catch {
      prepared = null;
    }
    this.prepared.set(key, prepared);
    if (this.prepared.size > 2000) this.prepared.delete(this.prepared.keys().next().value!);
    return prepared;
  }

  /** A PUBLIC request's context: what the public read path uses; anything else throws (and the query is forwarded). */
  private context(): object {
    const known: Record<string, unknown> = {
      identity: PUBLIC,
      repository: this.repository,
      catalog: this.catalog,
      published: pinSnapshot(this.catalog),
      nearBoundaryMeters: this.options.nearBoundaryMeters,
      catchmentLoader: createCatchmentLoader(this.repository),
      gazetteer: this.gazetteer,
    };
    return new Proxy(known, {
      get(target, key) {
        if (typeof key !== 'string' || key in target) return target[key as string];
        throw new NotInReplica(`${key} is only in the catchments subgraph`);
      },
    });
  }
}
