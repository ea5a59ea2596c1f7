import { createHash } from 'node:crypto';
import type { Identity } from '@zsgk/identity';
import { currentRequest, REQUEST_ID_HEADER } from '@zsgk/observability';
import type { NextFunction, RequestHandler, Response } from 'express';
import { getVariableValues } from 'graphql';
import { Agent, request } from 'undici';
import { jsonDepth } from '../limits/jsonDepth';
import type { SingleFetchPlan, SingleFetchPlans } from './SingleFetchPlans';

export interface FastPathOptions {
  plans: SingleFetchPlans;
  subgraphUrls: Record<string, string | undefined>;
  timeoutMs: number;
  /** As `cachePolicyPlugin`: the max-age of a successful anonymous read; 0 is `no-store`. */
  publicMaxAgeSeconds: number;
  maxVariablesDepth: number;
  /** After a subgraph failed on the fast path, its requests take the full path for this long. */
  tripMs?: number;
  /**
   * A subgraph's public read path in this process (src/replica): its queries are answered here when
   * it can (the same bytes the subgraph would send); otherwise they are forwarded as before.
   */
  replica?: InProcessReplica;
}

/** Answers a subgraph's query in process: its answer as the subgraph would send it, or undefined to forward it. */
export interface InProcessReplica {
  serviceName: string;
  answer(source: string, operationName: string | undefined, variables: Record<string, unknown> | undefined): Promise<string | undefined>;
}

export interface FastPath {
  /** GET by persisted-query hash: mount after CORS, the rate limit and authentication, before the body parser. */
  get: RequestHandler;
  /** POST with the query text (as the web map sends it): mount after the body parser and the token limit, before Apollo. */
  post: RequestHandler;
  /** Requests answered here (for tests and the bench), forwarded or in process. */
  served(): number;
  /** Of those, answered by the in-process replica. */
  answeredInProcess(): number;
  close(): Promise<void>;
}

/** Apollo's CSRF prevention: a GET without a content type must carry one of these. */
const CSRF_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * The public hot path without the gateway's second GraphQL pipeline: an anonymous query — a GET
 * persisted query by hash alone, or a JSON POST with the query text — whose plan the gateway found to
 * be one fetch to one subgraph (`SingleFetchPlans`) is sent straight to that subgraph over a
 * keep-alive pool and its answer is passed back byte for byte. Every request that is not plainly
 * such a success goes to the full path (`next()`), which then answers exactly as it always has:
 * unknown hashes, signed-in callers, variables that fail the API schema or the nesting limit,
 * subgraph answers with errors or extensions, and transport failures (the subgraph is then skipped
 * for `tripMs`, so while it is down every request fails fast through the full path, naming the
 * service). CORS, the rate limit and authentication ran before this handler; the operation limits
 * were applied by Apollo when the query was first planned. PUBLIC calls carry no identity header, as
 * on the full path; the request id goes along (x-request-id) and the request's log line and metrics
 * are named after the operation. With a `replica` (src/replica), that subgraph's queries are first
 * offered to it and answered in process when it can; otherwise forwarded as above.
 */
export function singleFetchFastPath(options: FastPathOptions): FastPath {
  const pool = new Agent({ connections: 128, keepAliveTimeout: 30_000, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  const trippedUntil = new Map<string, number>();
  const tripMs = options.tripMs ?? 1000;
  const cacheControl = options.publicMaxAgeSeconds > 0 ? `public, max-age=${options.publicMaxAgeSeconds}` : 'no-store';
  let served = 0;
  let answeredHere = 0;

  const get: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || !isPublic(res)) return next();
    if (req.headers['content-type'] !== undefined || !CSRF_HEADERS.some((name) => req.headers[name] !== undefined)) return next();
    if (!acceptsPlainJson(req.headers.accept)) return next();
    const params = req.query as Record<string, unknown>;
    if (params.query !== undefined) return next();
    const hash = persistedHash(params.extensions);
    const operationName = optionalName(params.operationName);
    const plan = hash && operationName !== false ? options.plans.lookup(hash, operationName, true) : undefined;
    if (!plan) return next();
    return forward(plan, parseObject(params.variables), res, next);
  };

  const post: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST' || !isPublic(res) || !req.is('application/json')) return next();
    if (!acceptsPlainJson(req.headers.accept)) return next();
    const body: unknown = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return next();
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || extensions !== undefined) return next();
    const name = optionalName(operationName ?? undefined);
    const plan = name !== false ? options.plans.lookup(createHash('sha256').update(query).digest('hex'), name, false) : undefined;
    if (!plan) return next();
    const parsedVariables = variables === undefined || variables === null ? undefined : isObject(variables) ? variables : false;
    return forward(plan, parsedVariables, res, next);
  };

  async function forward(plan: SingleFetchPlan, variables: Record<string, unknown> | undefined | false, res: Response, next: NextFunction): Promise<void> {
    const url = options.subgraphUrls[plan.serviceName];
    if (variables === false || jsonDepth(variables ?? {}, options.maxVariablesDepth) > options.maxVariablesDepth) return next();
    if (getVariableValues(plan.schema, plan.operation.variableDefinitions ?? [], variables ?? {}).errors) return next();
    const observed = currentRequest();
    if (observed) observed.operation = plan.operation.name?.value ?? ''; // as the observation plugin names it on the full path
    const replica = options.replica?.serviceName === plan.serviceName ? options.replica : undefined;
    const local = replica && (await replica.answer(plan.source, plan.operationName, variables).catch(() => undefined));
    if (local !== undefined) {
      answeredHere++;
      return send(res, local);
    }
    if (!url || (trippedUntil.get(plan.serviceName) ?? 0) > Date.now()) return next();
    let text: string;
    try {
      const response = await request(url, {
        method: 'POST',
        headers: observed ? { 'content-type': 'application/json', [REQUEST_ID_HEADER]: observed.requestId } : { 'content-type': 'application/json' },
        body: JSON.stringify({ query: plan.source, variables, operationName: plan.operationName }),
        dispatcher: pool,
      });
      text = await response.body.text();
      if (response.statusCode !== 200 || !isPlainData(text)) return next();
    } catch {
      trippedUntil.set(plan.serviceName, Date.now() + tripMs);
      return next();
    }
    send(res, text);
  }

  function send(res: Response, text: string): void {
    served++;
    res.status(200);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', cacheControl);
    res.send(text);
  }
  return { get, post, served: () => served, answeredInProcess: () => answeredHere, close: () => pool.close() };
}

function isPublic(res: Response): boolean {
  return (res.locals.identity as Identity | undefined)?.role === 'PUBLIC';
}

/** An operation name as sent: undefined when absent or empty, false when not a string. */
function optionalName(value: unknown): string | undefined | false {
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' ? value : false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function persistedHash(extensions: unknown): string | undefined {
  const parsed = parseObject(extensions) as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | false | undefined;
  if (!parsed || Object.keys(parsed).length !== 1) return undefined;
  const persisted = parsed.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/** A JSON object from a query parameter; undefined when absent, false when it is anything else. */
function parseObject(value: unknown): Record<string, unknown> | undefined | false {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return false;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : false;
  } catch {
    return false;
  }
}

/** Apollo answers `application/json` to these; anything naming another GraphQL media type goes to Apollo. */
function acceptsPlainJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return !/graphql|callback/i.test(accept) && /application\/json|\*\/\*/i.test(accept);
}

/** The subgraph's answer as Apollo would pass it on unchanged: only `data`, an object. */
function isPlainData(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const keys = Object.keys(parsed);
    return keys.length === 1 && keys[0] === 'data' && parsed.data !== null && typeof parsed.data === 'object';
  } catch {
    return false;
  }
}
