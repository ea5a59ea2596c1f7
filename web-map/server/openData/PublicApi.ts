import { AppError } from '@zsgk/errors';

/** Sends one anonymous (PUBLIC) GraphQL query to the gateway and returns its `data`. */
export type PublicApi = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/**
 * The gateway's public API as this server reaches it: POST, JSON, no credentials, so every answer
 * holds published records only, exactly what anyone on the internet can read. Any `errors`, an HTTP
 * failure or the timeout is a SERVICE_UNAVAILABLE naming the gateway: a file built from part of the
 * data would look complete and is never produced.
 */
export function createPublicApi(url: string, timeoutMs: number): PublicApi {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw unavailable(`网关 ${url} 无法访问（${(cause as Error).name === 'TimeoutError' ? `${timeoutMs} 毫秒内无应答` : (cause as Error).message}）`, cause);
    }
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
    if (!response.ok || !body?.data || body.errors?.length) {
      const why = body?.errors?.map((e) => e.message).join('；') ?? `HTTP ${response.status}`;
      throw unavailable(`网关 ${url} 未能给出完整数据：${why}`);
    }
    return body.data;
  };
}

function unavailable(message: string, cause?: unknown): AppError {
  return new AppError('SERVICE_UNAVAILABLE', message, { cause, details: { service: 'gateway' } });
}
