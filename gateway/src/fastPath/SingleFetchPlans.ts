import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import { Kind, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** A persisted public query that the gateway's planner answers with one fetch to one subgraph. */
export interface SingleFetchPlan {
  serviceName: string;
  /** The query text registered under the hash (what the client sent when it registered it). */
  source: string;
  operationName: string | undefined;
  /** The selected operation, for checking each request's variables against the API schema. */
  operation: OperationDefinitionNode;
  /** The API schema (of the supergraph version) the decision was made under. */
  schema: GraphQLSchema;
}

type PlanEvent = Parameters<Experimental_DidResolveQueryPlanCallback>[0];

interface Decision {
  plan: SingleFetchPlan | null;
  /** Registered in Apollo's automatic persisted queries (so a GET may name it by hash alone). */
  persisted: boolean;
}

/**
 * Which queries may take the fast path, decided from the gateway's own query plan the first time the
 * full path plans each query (`observe` is the gateway's `experimental_didResolveQueryPlan`), so the
 * decision follows the supergraph rather than a hand-kept list. Keyed by the SHA-256 of the query text
 * (Apollo's query hash, which is also the persisted-query hash). Apollo validated the query, Armor's
 * limits included, before planning. A new supergraph version (a new API schema object) forgets every
 * decision. Bounded (lru-cache): beyond `maxEntries` the least recently used decision is dropped and
 * made again on next sight.
 */
export class SingleFetchPlans {
  private readonly decisions: LRUCache<string, Decision>;
  private schema: GraphQLSchema | undefined;

  constructor(maxEntries = 2000) {
    this.decisions = new LRUCache<string, Decision>({ max: maxEntries });
  }

  readonly observe = ({ queryPlan, requestContext }: PlanEvent): void => {
    const persisted = typeof (requestContext.request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash === 'string';
    const hash = requestContext.queryHash;
    if (requestContext.schema !== this.schema) {
      this.decisions.clear();
      this.schema = requestContext.schema;
    }
    const operationName = requestContext.request.operationName ?? undefined;
    const key = planKey(hash, operationName);
    const known = this.decisions.get(key);
    if (known) {
      known.persisted ||= persisted;
      return;
    }
    const node = queryPlan.node;
    const single =
      node?.kind === 'Fetch' &&
      node.operationKind === 'query' &&
      requestContext.operation.operation === 'query' &&
      !node.requires?.length &&
      !node.hasDefers &&
      !node.inputRewrites?.length &&
      !node.outputRewrites?.length &&
      !node.contextRewrites?.length &&
      !asksForIntrospection(requestContext.document);
    const plan = single ? { serviceName: node.serviceName, source: requestContext.source, operationName, operation: requestContext.operation, schema: requestContext.schema } : null;
    this.decisions.set(key, { plan, persisted });
  };

  /**
   * The single-fetch plan for a query hash, or undefined (not eligible, or not planned yet under this
   * supergraph). `persistedOnly`: only a query registered as a persisted query (a GET by hash alone).
   */
  lookup(hash: string, operationName: string | undefined, persistedOnly: boolean): SingleFetchPlan | undefined {
    const decision = this.decisions.get(planKey(hash, operationName));
    return decision && (decision.persisted || !persistedOnly) ? decision.plan ?? undefined : undefined;
  }
}

function planKey(hash: string, operationName: string | undefined): string {
  return operationName ? `${hash}:${operationName}` : hash;
}

/** `__schema` / `__type` are answered by the gateway itself, never by a subgraph. */
function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](field) {
      if (field.name.value === '__schema' || field.name.value === '__type') found = true;
    },
  });
  return found;
}
