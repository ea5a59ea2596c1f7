import { PageError } from '../PageError';

const TIMEOUT_MS = 15_000;

export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/**
 * POSTs one GraphQL operation to the gateway as JSON. Every failure is a PageError naming the gateway,
 * in Chinese. With `partial`, data that came with errors (one subgraph down) is returned, not thrown.
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
    const what = error instanceof DOMException && error.name === 'TimeoutError' ? `${TIMEOUT_MS / 1000} 秒内没有响应` : '无法连接';
    throw new PageError(`数据服务 ${gatewayUrl} ${what}。请稍后刷新；如仍无法使用，请联系区教育局。`);
  }

  // GraphQL servers answer bad requests with a 4xx and an errors list, so read the body before the status.
  const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer<T>;
  if (answer.errors?.length && !(options.partial && answer.data)) {
    throw new PageError(`数据服务 ${gatewayUrl} 返回错误：${answer.errors.map((e) => e.message).join('；')}`);
  }
  if (!answer.data) throw new PageError(`数据服务 ${gatewayUrl} 返回 HTTP ${response.status}，没有数据。请稍后刷新。`);
  return answer.data;
}
