import { getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
import { currentRequestId, REQUEST_ID_HEADER } from './requestContext';

/**
 * Makes every `fetch` of this process to one of `urls`' origins carry the current request's id in
 * `x-request-id` (the side calls between services: register checks, school lookups, boundaries),
 * by composing an interceptor into undici's global dispatcher, which Node's `fetch` uses. Other
 * origins (an external geocoder) never see the id. Call once, in main.ts.
 */
export function forwardRequestIdTo(urls: ReadonlyArray<string | undefined>): void {
  const origins = new Set(urls.flatMap((url) => (url ? [new URL(url).origin] : [])));
  if (origins.size === 0) return;
  const interceptor: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => {
    const requestId = currentRequestId();
    if (!requestId || !origins.has(originOf(options.origin))) return dispatch(options, handler);
    return dispatch({ ...options, headers: withHeader(options.headers, REQUEST_ID_HEADER, requestId) }, handler);
  };
  setGlobalDispatcher(getGlobalDispatcher().compose(interceptor));
}

function originOf(origin: string | URL | undefined): string {
  if (!origin) return '';
  try {
    return new URL(String(origin)).origin;
  } catch {
    return '';
  }
}

/**
 * Adds a header to undici's headers in any of the shapes it accepts (object, flat array, pairs,
 * iterable), unless the caller already set it (the gateway's ledger proxy sets it itself).
 */
export function withHeader(headers: Dispatcher.DispatchOptions['headers'], name: string, value: string): Dispatcher.DispatchOptions['headers'] {
  if (!headers) return { [name]: value };
  if (namesOf(headers).some((key) => key.toLowerCase() === name)) return headers;
  if (Array.isArray(headers)) return (Array.isArray(headers[0]) ? [...headers, [name, value]] : [...headers, name, value]) as never;
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') return [...(headers as Iterable<[string, string]>), [name, value]] as never;
  return { ...(headers as Record<string, string>), [name]: value };
}

function namesOf(headers: NonNullable<Dispatcher.DispatchOptions['headers']>): string[] {
  if (Array.isArray(headers)) return Array.isArray(headers[0]) ? (headers as unknown as [string, string][]).map(([key]) => key) : (headers as string[]).filter((_, i) => i % 2 === 0);
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') return [...(headers as Iterable<[string, string]>)].map(([key]) => key);
  return Object.keys(headers);
}
