import { AppError } from '@zsgk/errors';
import { currentRequestId, REQUEST_ID_HEADER } from '@zsgk/observability';
import type { ServiceQuery } from './ServiceQuery';
import { DEFAULT_SERVICE_TIMEOUT_MS } from './serviceClientEnv';

export interface ServiceClientOptions {
  /** The callee as logs, metrics and `details.service` name it: 'schools', 'catchments'. */
  service: string;
  /** The callee's GraphQL URL. */
  url: string;
  /** Give up after this long (ms); default 5000 (see serviceClientEnv). */
  timeoutMs?: number;
  /** Code of the AppError when the callee cannot answer; default SERVICE_UNAVAILABLE. */
  unavailableCode?: string;
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/**
 * Calls another service's public GraphQL API, the one way services talk to each other outside
 * federation. One error policy for every call:
 * - no answer (refused, timeout, not JSON, no data): AppError `unavailableCode` (SERVICE_UNAVAILABLE)
 *   saying which service and why, with `details.service` (the URL only in the logged cause);
 * - the callee refused with a code (NOT_FOUND, BAD_USER_INPUT, …): AppError with that code, the
 *   callee's message and `details.service`, so the caller's client sees what the callee said.
 * The current request's id goes along in `x-request-id`, so one id follows the request across hops.
 *
 * @example
 * const schools = new ServiceClient({ service: 'schools', url: config.SCHOOLS_URL, timeoutMs: config.SERVICE_TIMEOUT_MS });
 * const { school } = await schools.query(SCHOOL_DISTRICT, { id: '3708120001' });
 */
export class ServiceClient {
  readonly service: string;
  readonly url: string;
  private readonly timeoutMs: number;
  private readonly unavailableCode: string;

  constructor(options: ServiceClientOptions) {
    this.service = options.service;
    this.url = options.url;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SERVICE_TIMEOUT_MS;
    this.unavailableCode = options.unavailableCode ?? 'SERVICE_UNAVAILABLE';
  }

  async query<TData, TVariables extends Record<string, unknown>>(query: ServiceQuery<TData, TVariables>, variables: TVariables): Promise<TData> {
    const requestId = currentRequestId();
    let status: number;
    let body: GraphqlBody<TData> | null;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}) },
        body: JSON.stringify({ query: query.text, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      body = (await response.json().catch(() => null)) as GraphqlBody<TData> | null;
    } catch (error) {
      throw this.unavailable(reasonOf(error, this.timeoutMs), error);
    }
    const refusal = body?.errors?.[0];
    if (refusal) {
      const code = typeof refusal.extensions?.code === 'string' ? refusal.extensions.code : null;
      // The callee's own refusal is passed on as is; its internal failure is this call failing.
      if (code && code !== 'INTERNAL_SERVER_ERROR') throw new AppError(code, refusal.message, { details: { service: this.service }, cause: body?.errors });
      throw this.unavailable(`答复了错误：${refusal.message}`, body?.errors);
    }
    if (!body?.data) throw this.unavailable(`答复 HTTP ${status}，没有数据`, body);
    return body.data;
  }

  private unavailable(reason: string, cause: unknown): AppError {
    // The URL goes to the log (cause), not to the caller: it names an internal address.
    return new AppError(this.unavailableCode, `${this.service} 服务${reason}`, {
      details: { service: this.service, reason },
      cause: { url: this.url, error: cause },
    });
  }
}

/** Why a call got no answer, in a few words: 超时 (timeout), or the socket's error code. */
function reasonOf(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = error as Error & { cause?: { code?: string } };
  if (name === 'TimeoutError') return `${timeoutMs} 毫秒内无答复（超时）`;
  return `无法连接（${cause?.code ?? message}）`;
}
