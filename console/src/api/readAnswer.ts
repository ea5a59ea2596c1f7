import { ApiError, type GatewayErrorBody } from './ApiError';

/**
 * Reads a gateway answer: the JSON body when the status is 2xx (undefined for 204), or throws the
 * ApiError its `errors` describe. A body that is not the project's error shape still becomes an
 * ApiError naming the status, so a proxy's HTML error page never reaches a page as text.
 */
export async function readAnswer<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const errors = (body as { errors?: GatewayErrorBody[] } | undefined)?.errors;
  if (!response.ok) {
    throw new ApiError(response.status, errors?.length ? errors : [{ message: `服务器返回 ${response.status}`, extensions: { code: statusCode(response.status) } }]);
  }
  return body as T;
}

function statusCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL_SERVER_ERROR';
}
