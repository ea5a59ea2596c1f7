import { PageError } from '../PageError';
import { t } from '../i18n/t';

const TIMEOUT_MS = 15_000;

export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/**
 * POSTs one GraphQL operation to the gateway as JSON. Every failure is a PageError naming the gateway,
 * in the page's language. With `partial`, data that came with errors (one subgraph down) is returned, not thrown.
 */
export async function postGraphql<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  options: { partial?: boolean; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(TIMEOUT_MS)]) : AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new PageError(timedOut ? t('error.gatewayTimeout', { url: gatewayUrl, seconds: TIMEOUT_MS / 1000 }) : t('error.gatewayUnreachable', { url: gatewayUrl }));
  }

  // GraphQL servers answer bad requests with a 4xx and an errors list, so read the body before the status.
  const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer<T>;
  if (answer.errors?.length && !(options.partial && answer.data)) {
    throw new PageError(t('error.gatewayErrors', { url: gatewayUrl, errors: answer.errors.map((e) => e.message).join(t('sep.clause')) }));
  }
  if (!answer.data) throw new PageError(t('error.gatewayHttp', { url: gatewayUrl, status: response.status }));
  return answer.data;
}
