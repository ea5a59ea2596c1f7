/** One error as the gateway reports it (`errors[i]` of a GraphQL answer or of an /auth, /upload answer). */
export interface GatewayErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; details?: Record<string, unknown>; requestId?: string };
}

/**
 * What every call in this layer throws: the gateway's error code, its message, the field it names (e.g.
 * `input.admitted`) and details (e.g. `retryAfterSeconds`). `status` is the HTTP status, 0 when the
 * gateway could not be reached. Pages show it with `errorText`.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly status: number;
  /** Every error of the answer, the first being this one. */
  readonly all: GatewayErrorBody[];

  constructor(status: number, errors: GatewayErrorBody[]) {
    const first = errors[0] ?? { message: '请求失败' };
    super(first.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    this.field = first.extensions?.field;
    this.details = { ...first.extensions?.details, ...(first.extensions?.requestId ? { requestId: first.extensions.requestId } : {}) };
    this.all = errors;
  }

  static unreachable(cause: unknown): ApiError {
    const error = new ApiError(0, [{ message: '无法连接服务器，请检查网络后重试', extensions: { code: 'NETWORK_ERROR' } }]);
    (error as { cause?: unknown }).cause = cause;
    return error;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
