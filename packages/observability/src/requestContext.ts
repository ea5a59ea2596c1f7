import { AsyncLocalStorage } from 'node:async_hooks';
import type { Observability } from './Observability';

/** The header that carries a request's id from the gateway to every subgraph and side call. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What one request being served knows about itself; mutable, filled in as the request proceeds. */
export interface RequestState {
  requestId: string;
  /** The GraphQL operation name once known (by the plugin, or from the parsed body). */
  operation?: string;
  observability: Observability;
}

const requests = new AsyncLocalStorage<RequestState>();

/** Runs `fn` (the rest of the request's middleware) with `state` as the current request. */
export function runInRequest<T>(state: RequestState, fn: () => T): T {
  return requests.run(state, fn);
}

/** The request being served by the calling code, if any (undefined in start-up code and timers). */
export function currentRequest(): RequestState | undefined {
  return requests.getStore();
}

/** The id of the request being served, for headers of outgoing calls and error messages. */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}

// Ids are written into every log line: accept only what a UUID or a proxy's hex id looks like.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** An incoming id worth keeping (from a trusted hop), or undefined when absent or malformed. */
export function acceptableRequestId(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && ACCEPTABLE_ID.test(value) ? value : undefined;
}
